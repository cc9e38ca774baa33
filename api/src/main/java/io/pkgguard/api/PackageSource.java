package io.pkgguard.api;

import org.apiguardian.api.API;

/**
 * Reports facts about packages from one configured index. A source never decides: it answers or
 * throws {@link SourceException}, and the core judges. It does not open connections itself; it
 * uses the {@link HttpTransport} it was created with, which enforces the trusted hosts, limits and
 * deadlines of the policy.
 *
 * <p>Implementations must be thread-safe: the core calls them concurrently.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface PackageSource {

  /**
   * The metadata of the requested release (the exact version if the request names one, otherwise
   * the version the index considers current), including every release of the project.
   *
   * @throws SourceException if the index does not know the package or version, cannot be reached,
   *     or answers with something unusable
   * @param request what is asked for
   * @return the metadata of the requested release
   */
  PackageMetadata fetch(PackageRequest request) throws SourceException;
}
