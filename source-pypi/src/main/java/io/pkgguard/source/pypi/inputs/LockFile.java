package io.pkgguard.source.pypi.inputs;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A lock file: exact versions and hashes, no resolution needed.
 *
 * @param format which format it was ({@code pylock.toml}, {@code uv.lock}, {@code poetry.lock},
 *     {@code Pipfile.lock})
 * @param packages the locked packages, in file order; unmodifiable
 * @param indexes the package indexes the file names as its sources; unmodifiable
 * @param extras the extras the file can install ({@code pylock.toml}'s {@code extras}), for
 *     markers that test {@code extras}; unmodifiable
 * @param dependencyGroups the dependency groups it can install ({@code pylock.toml}'s {@code
 *     dependency-groups}), for markers that test {@code dependency_groups}; unmodifiable
 */
public record LockFile(
    String format,
    List<LockedPackage> packages,
    List<IndexOption> indexes,
    Set<String> extras,
    Set<String> dependencyGroups) {

  public LockFile {
    Objects.requireNonNull(format, "format");
    packages = List.copyOf(Objects.requireNonNull(packages, "packages"));
    indexes = List.copyOf(Objects.requireNonNull(indexes, "indexes"));
    extras = Set.copyOf(Objects.requireNonNull(extras, "extras"));
    dependencyGroups = Set.copyOf(Objects.requireNonNull(dependencyGroups, "dependencyGroups"));
  }

  /** A lock file of a format without extras or dependency groups. */
  public LockFile(String format, List<LockedPackage> packages, List<IndexOption> indexes) {
    this(format, packages, indexes, Set.of(), Set.of());
  }
}
