package io.pkgguard.core.transport;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.core.connection.Credentials;
import io.pkgguard.core.connection.LoopbackAddresses;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds the {@code Authorization} header that {@link Credentials} give for each request's own
 * host, over {@code https} (or plain http to loopback) only. Placed below {@link
 * TrustedTransport}, it is consulted for every hop of a redirect chain, so credentials follow a
 * redirect only to a host that has credentials of its own; a caller's header is never passed on
 * (sources do not set credentials). Nothing here logs.
 */
public final class AuthenticatingTransport implements HttpTransport {

  private final HttpTransport delegate;
  private final Credentials credentials;

  /**
   * @param delegate performs the requests
   * @param credentials where credentials come from
   */
  public AuthenticatingTransport(HttpTransport delegate, Credentials credentials) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  @Override
  public TransportResponse get(TransportRequest request) throws TransportException {
    Map<String, String> headers = new HashMap<>(request.headers());
    headers.keySet().removeIf(k -> k.equalsIgnoreCase("Authorization"));
    String scheme =
        request.uri().getScheme() == null ? "" : request.uri().getScheme().toLowerCase(Locale.ROOT);
    boolean secure =
        scheme.equals("https")
            || (scheme.equals("http") && LoopbackAddresses.isLoopback(request.uri().getHost()));
    Optional<String> authorization =
        secure ? credentials.authorizationFor(request.uri()) : Optional.empty();
    authorization.ifPresent(value -> headers.put("Authorization", value));
    return delegate.get(request.withHeaders(headers));
  }
}
