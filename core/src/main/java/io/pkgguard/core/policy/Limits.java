package io.pkgguard.core.policy;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Resource limits of an evaluation.
 *
 * @param ruleTimeout the longest one rule may run; a rule that overruns rejects the package
 * @param ruleTimeoutPerTextMib how much longer a rule may run per MiB (2<sup>20</sup> characters)
 *     of distribution text in its context, so that a content rule's budget grows with what it has
 *     to read; zero keeps every budget at {@code ruleTimeout}
 * @param fetchTimeout the longest one request to an index may take, connect to last byte
 * @param maxResponseBytes the largest index response accepted
 * @param concurrency how many packages {@code evaluateAll} checks at once
 * @param maxAttempts how many times a failed index request is tried in all (429, 502-504,
 *     broken connections), within its fetch timeout
 * @param perHostConcurrency the most requests in flight to one host
 * @param cacheBytes the most index response bytes kept in memory for reuse; 0 disables the cache
 * @param stallTimeout the longest a response (an index document or a download) may go without
 *     delivering a byte, however long its overall deadline
 * @param hostCooldown how long a host that let a request time out is not asked again: requests to
 *     it fail at once, so that one hanging host costs one deadline, not one per request
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Limits(
    Duration ruleTimeout,
    Duration ruleTimeoutPerTextMib,
    Duration fetchTimeout,
    long maxResponseBytes,
    int concurrency,
    int maxAttempts,
    int perHostConcurrency,
    long cacheBytes,
    Duration stallTimeout,
    Duration hostCooldown) {

  public Limits {
    Objects.requireNonNull(ruleTimeout, "ruleTimeout");
    Objects.requireNonNull(fetchTimeout, "fetchTimeout");
    if (ruleTimeout.isNegative() || ruleTimeout.isZero()) {
      throw new IllegalArgumentException("rule timeout must be positive");
    }
    Objects.requireNonNull(ruleTimeoutPerTextMib, "ruleTimeoutPerTextMib");
    if (ruleTimeoutPerTextMib.isNegative()) {
      throw new IllegalArgumentException("rule timeout per text MiB must not be negative");
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
    Objects.requireNonNull(stallTimeout, "stallTimeout");
    Objects.requireNonNull(hostCooldown, "hostCooldown");
    if (stallTimeout.isNegative() || stallTimeout.isZero()) {
      throw new IllegalArgumentException("stall timeout must be positive");
    }
    if (hostCooldown.isNegative()) {
      throw new IllegalArgumentException("host cooldown must not be negative");
    }
  }

  /**
   * These limits with another rule budget.
   *
   * @param budget the longest one rule may run
   * @return the changed limits
   */
  public Limits withRuleTimeout(Duration budget) {
    return new Limits(
        budget,
        ruleTimeoutPerTextMib,
        fetchTimeout,
        maxResponseBytes,
        concurrency,
        maxAttempts,
        perHostConcurrency,
        cacheBytes,
        stallTimeout,
        hostCooldown);
  }
}
