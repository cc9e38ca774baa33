package io.pkgguard.api;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One dependency a release declares that applies to a target environment.
 *
 * @param request the package to evaluate next: name, version constraint, extras and the target
 *     environment
 * @param requirement the dependency as the release declares it (for reports and paths)
 * @param directUrl the URL of a direct reference ({@code name @ URL}), which no index vouches
 *     for; empty for a dependency on an index package
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Dependency(PackageRequest request, String requirement, Optional<String> directUrl) {

  /**
   * Creates the value, checking its components.
   *
   * @param request the package to evaluate next: name, version constraint, extras and the target
   *     environment
   * @param requirement the dependency as the release declares it (for reports and paths)
   * @param directUrl the URL of a direct reference ({@code name @ URL}), which no index vouches
   *     for; empty for a dependency on an index package
   */
  public Dependency {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(directUrl, "directUrl");
  }
}
