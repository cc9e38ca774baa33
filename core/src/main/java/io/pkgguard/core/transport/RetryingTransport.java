package io.pkgguard.core.transport;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportException.Reason;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries GETs (which are idempotent) that failed for a reason that may pass: 429 (after the
 * server's {@code Retry-After}, when it says), 502, 503, 504 and broken connections. Back-off
 * doubles from the policy's base delay with full jitter; no attempt starts that could not finish
 * within the request's deadline, so retries never stretch a request past it. When the attempts
 * run out, the last answer (or failure) is returned as it was.
 *
 * <p>Attempts count requests sent: when the HTTP client itself sent a request twice (the JDK's
 * client does so when a connection closes before any answer, see {@link
 * TransportException#requestsSent()}), both count, and a retry that would send more requests than
 * the policy allows is not made.
 */
public final class RetryingTransport implements HttpTransport {

  private static final Logger LOG = LoggerFactory.getLogger(RetryingTransport.class);
  private static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);

  /** Waits; replaced in tests. */
  @FunctionalInterface
  public interface Sleeper {
    /** Sleeps for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
  }

  private final HttpTransport delegate;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final LongUnaryOperator jitter;

  /** Retries with real sleeps and random jitter. */
  public RetryingTransport(HttpTransport delegate, RetryPolicy policy) {
    this(
        delegate,
        policy,
        d -> Thread.sleep(d.toMillis()),
        bound -> bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1));
  }

  /**
   * @param jitter given the back-off bound in milliseconds, the delay to use (0..bound)
   */
  RetryingTransport(
      HttpTransport delegate, RetryPolicy policy, Sleeper sleeper, LongUnaryOperator jitter) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.jitter = Objects.requireNonNull(jitter, "jitter");
  }

  @Override
  public TransportResponse get(TransportRequest request) throws TransportException {
    Instant deadline = Instant.now().plus(request.deadline());
    int sent = 0;
    for (int attempt = 1; ; attempt++) {
      Duration remaining = Duration.between(Instant.now(), deadline);
      TransportResponse response;
      try {
        response = delegate.get(request.withLimits(request.maxBytes(), positive(remaining)));
      } catch (TransportException e) {
        sent += e.requestsSent();
        if (e.reason() != Reason.CONNECTION
            || !mayRetry(sent + e.requestsSent(), backoff(attempt), deadline)) {
          throw e;
        }
        LOG.debug("retrying {} after: {}", request.uri(), e.getMessage());
        pause(backoff(attempt), request);
        continue;
      }
      sent++;
      if (!TRANSIENT.contains(response.status())) {
        return response;
      }
      Optional<Duration> retryAfter = retryAfter(response);
      if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxDelay()) > 0) {
        return response; // The server asks for longer than we will wait: report it as it is.
      }
      Duration wait = retryAfter.orElse(backoff(attempt));
      if (!mayRetry(sent + 1, wait, deadline)) {
        return response;
      }
      LOG.debug("retrying {} after HTTP {}", request.uri(), response.status());
      pause(wait, request);
    }
  }

  /** Whether a retry may be made that brings the requests sent to {@code requestsAfter}. */
  private boolean mayRetry(int requestsAfter, Duration wait, Instant deadline) {
    return requestsAfter <= policy.maxAttempts() && Instant.now().plus(wait).isBefore(deadline);
  }

  private Duration backoff(int attempt) {
    long bound =
        Math.min(
            policy.maxDelay().toMillis(),
            policy.baseDelay().toMillis() << Math.min(attempt - 1, 20));
    return Duration.ofMillis(jitter.applyAsLong(bound));
  }

  private void pause(Duration wait, TransportRequest request) throws TransportException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          Reason.INTERRUPTED,
          request.uri(),
          "interrupted while waiting to retry " + JdkHttpTransport.describe(request.uri()));
    }
  }

  /** {@code Retry-After} as seconds or as an HTTP date, if present and readable. */
  static Optional<Duration> retryAfter(TransportResponse response) {
    Optional<String> header = response.header("Retry-After").map(String::strip);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String value = header.get();
    if (value.matches("[0-9]{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }
    try {
      Duration until =
          Duration.between(
              Instant.now(),
              ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      return Optional.of(until.isNegative() ? Duration.ZERO : until);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Duration positive(Duration d) {
    return d.isNegative() || d.isZero() ? Duration.ofMillis(1) : d;
  }
}
