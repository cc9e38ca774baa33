package io.pkgguard.api;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A GET request through the {@link HttpTransport}.
 *
 * @param uri an absolute {@code https:}, {@code http:} (loopback only) or {@code file:} URI
 * @param headers extra request headers; unmodifiable. Credentials are added by the transport, never
 *     by sources
 * @param maxBytes the largest body accepted, after decompression; the transport may enforce a
 *     smaller cap of its own
 * @param deadline the longest the whole exchange (connect, headers, body) may take
 */
public record TransportRequest(
    URI uri, Map<String, String> headers, long maxBytes, Duration deadline) {

  public TransportRequest {
    Objects.requireNonNull(uri, "uri");
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    Objects.requireNonNull(deadline, "deadline");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("deadline must be positive");
    }
  }

  /** A request with the given accepted media type, size cap and deadline. */
  public static TransportRequest get(URI uri, String accept, long maxBytes, Duration deadline) {
    return new TransportRequest(uri, Map.of("Accept", accept), maxBytes, deadline);
  }
}
