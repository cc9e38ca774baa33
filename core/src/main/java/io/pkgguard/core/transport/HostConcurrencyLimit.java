package io.pkgguard.core.transport;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportException.Reason;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.core.connection.LoopbackAddresses;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most N requests in flight per host, so that evaluating many packages at once does not
 * hammer one index. A request that cannot get a place within its deadline fails with a timeout.
 *
 * <p>The limit protects an index other people share (and its CDN) from one client. An index on
 * this machine serves nobody else: {@code file:} requests and requests to a loopback host
 * ({@code localhost} or a loopback address literal — a local
 * mirror, devpi, a caching proxy) are not limited here; how many packages are evaluated at once bounds
 * them. Names are judged as written, never resolved: a name that merely resolves to a loopback
 * address is limited like any other host.
 */
public final class HostConcurrencyLimit implements HttpTransport {

  private final HttpTransport delegate;
  private final int perHost;
  private final ConcurrentHashMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

  /**
   * @param delegate performs the requests
   * @param perHost the most requests in flight to one host
   */
  public HostConcurrencyLimit(HttpTransport delegate, int perHost) {
    if (perHost < 1) {
      throw new IllegalArgumentException("perHost must be at least 1");
    }
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.perHost = perHost;
  }

  @Override
  public TransportResponse get(TransportRequest request) throws TransportException {
    String host = request.uri().getHost();
    if (host == null || LoopbackAddresses.isLoopback(host)) {
      return delegate.get(request);
    }
    String key = host.toLowerCase(Locale.ROOT) + ":" + request.uri().getPort();
    Semaphore places = hosts.computeIfAbsent(key, k -> new Semaphore(perHost, true));
    try {
      if (!places.tryAcquire(request.deadline().toMillis(), TimeUnit.MILLISECONDS)) {
        throw new TransportException(
            Reason.TIMEOUT,
            request.uri(),
            "no free connection to " + host + " within " + request.deadline().toMillis() + " ms");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          Reason.INTERRUPTED, request.uri(), "interrupted waiting for " + host);
    }
    try {
      return delegate.get(request);
    } finally {
      places.release();
    }
  }
}
