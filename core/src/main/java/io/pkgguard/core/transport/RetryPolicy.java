package io.pkgguard.core.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a GET is retried.
 *
 * @param maxAttempts attempts in all, at least 1 (1 means no retry)
 * @param baseDelay the first back-off; each retry doubles it
 * @param maxDelay the longest single back-off, and the longest {@code Retry-After} honoured
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

  public RetryPolicy {
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** Three attempts, 250 ms doubling, at most 10 s apart. */
  public static RetryPolicy standard() {
    return new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(10));
  }

  /** No retries. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
  }
}
