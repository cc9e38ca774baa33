package io.pkgguard.api;

import java.util.Objects;

/**
 * One package version whose advisories are wanted.
 *
 * @param id the package
 * @param version the exact version
 */
public record AdvisoryQuery(PackageId id, String version) {

  public AdvisoryQuery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
  }
}
