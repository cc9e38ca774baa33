package io.pkgguard.api;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One package version whose advisories are wanted.
 *
 * @param id the package
 * @param version the exact version
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AdvisoryQuery(PackageId id, String version) {

  /**
   * Creates the value, checking its components.
   *
   * @param id the package
   * @param version the exact version
   */
  public AdvisoryQuery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
  }
}
