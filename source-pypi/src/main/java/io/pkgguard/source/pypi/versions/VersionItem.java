package io.pkgguard.source.pypi.versions;

import java.util.Optional;

/**
 * Something to match against a specifier: a raw string (which may not be a valid version) or a
 * parsed version. The difference matters for {@code ===}, which compares raw text.
 *
 * @param text the text compared by {@code ===}: the raw string, or a parsed version's normal form
 * @param version the parsed version, if valid
 * @param parsedObject whether the caller passed a parsed version rather than a string
 */
record VersionItem(String text, Optional<Pep440Version> version, boolean parsedObject) {

  static VersionItem of(String raw) {
    return new VersionItem(raw, Pep440Version.tryParse(raw), false);
  }

  static VersionItem of(Pep440Version version) {
    return new VersionItem(version.toString(), Optional.of(version), true);
  }
}
