package io.pkgguard.core.transport;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportException.Reason;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A view of a transport that only reaches trusted URIs and follows redirects itself: every hop is
 * checked against the {@link HostTrust}, loops and chains longer than {@value #MAX_REDIRECTS} are
 * refused, the {@code Authorization} header is dropped when a redirect leaves the original host,
 * and the request's deadline covers all hops together. This is the transport sources receive.
 */
public final class TrustedTransport implements HttpTransport {

  static final int MAX_REDIRECTS = 5;

  private final HttpTransport delegate;
  private final HostTrust trust;
  private final long maxBytes;
  private final Duration maxDeadline;

  /**
   * @param delegate performs single exchanges without following redirects
   * @param trust what may be reached
   * @param maxBytes the largest body any request may ask for
   * @param maxDeadline the longest deadline any request may ask for
   */
  public TrustedTransport(
      HttpTransport delegate, HostTrust trust, long maxBytes, Duration maxDeadline) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.trust = Objects.requireNonNull(trust, "trust");
    this.maxBytes = maxBytes;
    this.maxDeadline = Objects.requireNonNull(maxDeadline, "maxDeadline");
  }

  @Override
  public TransportResponse get(TransportRequest request) throws TransportException {
    Duration allowed =
        request.deadline().compareTo(maxDeadline) < 0 ? request.deadline() : maxDeadline;
    long cap = Math.min(maxBytes, request.maxBytes());
    Instant deadline = Instant.now().plus(allowed);
    URI uri = request.uri();
    Map<String, String> headers = new HashMap<>(request.headers());
    Set<URI> visited = new HashSet<>();
    TransportRequest current = request;
    String originalHost = uri.getHost();
    for (int hop = 0; ; hop++) {
      Optional<String> refusal = trust.refusal(uri);
      if (refusal.isPresent()) {
        String how = hop == 0 ? "refused to fetch " : "refused a redirect to ";
        throw new TransportException(
            Reason.UNTRUSTED, uri, how + JdkHttpTransport.describe(uri) + ": " + refusal.get());
      }
      if (!visited.add(uri)) {
        throw new TransportException(
            Reason.REDIRECT, uri, "redirect loop at " + JdkHttpTransport.describe(uri));
      }
      Duration remaining = Duration.between(Instant.now(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        throw new TransportException(
            Reason.TIMEOUT,
            uri,
            "deadline passed while following redirects to " + JdkHttpTransport.describe(uri));
      }
      TransportResponse response =
          delegate.get(current.withUri(uri).withHeaders(headers).withLimits(cap, remaining));
      if (!isRedirect(response.status())) {
        return response;
      }
      if (hop >= MAX_REDIRECTS) {
        throw new TransportException(
            Reason.REDIRECT,
            uri,
            "more than "
                + MAX_REDIRECTS
                + " redirects starting at "
                + JdkHttpTransport.describe(request.uri()));
      }
      uri = nextLocation(uri, response);
      if (response.status() != 307 && response.status() != 308) {
        current = current.asGet();
      }
      if (!Objects.equals(uri.getHost(), originalHost)) {
        headers.keySet().removeIf(k -> k.equalsIgnoreCase("Authorization"));
      }
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI nextLocation(URI from, TransportResponse response) throws TransportException {
    String location =
        response
            .header("Location")
            .orElseThrow(
                () ->
                    new TransportException(
                        Reason.PROTOCOL,
                        from,
                        JdkHttpTransport.describe(from)
                            + " answered "
                            + response.status()
                            + " without a Location header"));
    try {
      return from.resolve(new URI(location.strip()));
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      throw new TransportException(
          Reason.PROTOCOL,
          from,
          JdkHttpTransport.describe(from) + " redirected to an invalid location",
          e);
    }
  }
}
