package io.pkgguard.core.policy;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Resource limits of an evaluation.
 *
 * @param ruleTimeout the longest one rule may run; a rule that overruns rejects the package
 * @param fetchTimeout the longest one request to an index may take, connect to last byte
 * @param maxResponseBytes the largest index response accepted
 * @param concurrency how many packages {@code evaluateAll} checks at once
 * @param maxAttempts how many times a failed index request is tried in all (429, 502-504,
 *     broken connections), within its fetch timeout
 * @param perHostConcurrency the most requests in flight to one host
 * @param cacheBytes the most index response bytes kept in memory for reuse; 0 disables the cache
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Limits(
    Duration ruleTimeout, Duration fetchTimeout, long maxResponseBytes, int concurrency,
    int maxAttempts, int perHostConcurrency, long cacheBytes) {

  public Limits {
    Objects.requireNonNull(ruleTimeout, "ruleTimeout");
    Objects.requireNonNull(fetchTimeout, "fetchTimeout");
    if (ruleTimeout.isNegative() || ruleTimeout.isZero()) {
      throw new IllegalArgumentException("rule timeout must be positive");
    }
    if (fetchTimeout.isNegative() || fetchTimeout.isZero()) {
      throw new IllegalArgumentException("fetch timeout must be positive");
    }
    if (maxResponseBytes <= 0) {
      throw new IllegalArgumentException("max response bytes must be positive");
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max attempts must be at least 1");
    }
    if (cacheBytes < 0) {
      throw new IllegalArgumentException("cache bytes must not be negative");
    }
    if (perHostConcurrency < 1) {
      throw new IllegalArgumentException("per-host concurrency must be at least 1");
    }
  }
}
