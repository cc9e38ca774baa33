package io.pkgguard.source.pypi.inputs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One package of a lock file: an exact version, and the hashes of the files the lock allows.
 *
 * @param name the project name as written
 * @param version the exact version; empty for sources that have none (a VCS checkout)
 * @param kind where the package comes from
 * @param origin the index URL for {@link Kind#INDEX}, else the URL or path, if the file says
 * @param hashes the allowed files' hashes as {@code algorithm:hex}, lower case; unmodifiable
 * @param marker the PEP 508 environment marker under which the lock installs the package
 *     (checked syntax); empty if it is installed everywhere
 * @param location where the package is written
 */
public record LockedPackage(
    String name,
    Optional<String> version,
    Kind kind,
    Optional<String> origin,
    List<String> hashes,
    Optional<String> marker,
    SourceLocation location) {

  /** Where a locked package comes from. */
  public enum Kind {
    /** A package index (PyPI or a mirror). */
    INDEX,
    /** A URL of an archive. */
    URL,
    /** A version-control repository. */
    VCS,
    /** A local directory or file. */
    LOCAL_PATH,
    /** An editable install of a local directory. */
    EDITABLE
  }

  public LockedPackage {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(origin, "origin");
    hashes = List.copyOf(Objects.requireNonNull(hashes, "hashes"));
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(location, "location");
  }
}
