package io.pkgguard.source.pypi.inputs;

import java.util.List;
import java.util.Objects;

/**
 * A lock file: exact versions and hashes, no resolution needed.
 *
 * @param format which format it was ({@code pylock.toml}, {@code uv.lock}, {@code poetry.lock},
 *     {@code Pipfile.lock})
 * @param packages the locked packages, in file order; unmodifiable
 * @param indexes the package indexes the file names as its sources; unmodifiable
 */
public record LockFile(String format, List<LockedPackage> packages, List<IndexOption> indexes) {

  public LockFile {
    Objects.requireNonNull(format, "format");
    packages = List.copyOf(Objects.requireNonNull(packages, "packages"));
    indexes = List.copyOf(Objects.requireNonNull(indexes, "indexes"));
  }
}
