package io.pkgguard.core.transport;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportException.Reason;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A circuit breaker per host, for hosts that hang. The rule: when a request to a host times out
 * (its deadline, or the stall timeout), the host is <em>cooling down</em> for the policy's {@code
 * host-cooldown-ms}: every request to it fails at once with the reason, instead of waiting out its
 * own deadline. When the cooldown has passed, one request is let through as a trial (the others
 * keep failing fast): an answer ends the cooldown, another timeout starts it again. Failures other
 * than timeouts (refused connections, HTTP errors) are fast already and change nothing; {@code
 * file:} mirrors are never cooled down. Thread-safe.
 *
 * <p>So a run of 200 packages against one hanging host ends within about one deadline, every
 * package rejected with the host's failure, rather than one deadline per batch.
 */
public final class HostCooldown implements HttpTransport {

  private final HttpTransport delegate;
  private final Duration cooldown;
  private final LongSupplier nanoTime;
  private final Map<String, Cooling> cooling = new ConcurrentHashMap<>();

  /** A host cooling down: until when ({@link System#nanoTime()}), and the failure that began it. */
  private record Cooling(long until, String failure) {}

  /**
   * @param delegate does the exchanges
   * @param cooldown how long a host that timed out is not asked; zero turns cooling down off
   */
  public HostCooldown(HttpTransport delegate, Duration cooldown) {
    this(delegate, cooldown, System::nanoTime);
  }

  HostCooldown(HttpTransport delegate, Duration cooldown, LongSupplier nanoTime) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cooldown = Objects.requireNonNull(cooldown, "cooldown");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  @Override
  public TransportResponse get(TransportRequest request) throws TransportException {
    URI uri = request.uri();
    if (cooldown.isZero() || uri.getHost() == null) {
      return delegate.get(request);
    }
    String host = hostKey(uri);
    refuseWhileCooling(host, uri);
    try {
      TransportResponse response = delegate.get(request);
      cooling.remove(host);
      return response;
    } catch (TransportException e) {
      if (e.reason() == Reason.TIMEOUT) {
        cooling.put(host, new Cooling(nanoTime.getAsLong() + cooldown.toNanos(), e.getMessage()));
      }
      throw e;
    }
  }

  /** Fails if the host is cooling down; past the cooldown, lets exactly one trial through. */
  private void refuseWhileCooling(String host, URI uri) throws TransportException {
    while (true) {
      Cooling current = cooling.get(host);
      if (current == null) {
        return;
      }
      long now = nanoTime.getAsLong();
      if (now - current.until() < 0) {
        throw new TransportException(
            Reason.TIMEOUT,
            uri,
            host
                + " is not asked for "
                + Math.max(1, (current.until() - now) / 1_000_000_000L)
                + " s more: an earlier"
                + " request to it timed out ("
                + current.failure()
                + "); see [limits]"
                + " host-cooldown-ms");
      }
      // The trial: cooling stays in force for everyone else while this request tries.
      if (cooling.replace(
          host, current, new Cooling(now + cooldown.toNanos(), current.failure()))) {
        return;
      }
    }
  }

  private static String hostKey(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return uri.getScheme().toLowerCase(Locale.ROOT)
        + "://"
        + host
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }
}
