package io.pkgguard.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A complete response from the {@link HttpTransport}: the body is fully read, decompressed and
 * within the request's size cap.
 *
 * @param status the HTTP status; {@code file:} requests answer 200 or 404
 * @param headers response headers, names in lower case; unmodifiable
 * @param body the body bytes (the array is a copy the caller owns)
 * @param uri the URI that finally answered, after any redirects
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
// The body is copied in and out, and responses are never compared: the record is a carrier.
@SuppressWarnings("ArrayRecordComponent")
public record TransportResponse(
    int status, Map<String, List<String>> headers, byte[] body, URI uri) {

  /**
   * Creates the value, checking its components.
   *
   * @param status the HTTP status; {@code file:} requests answer 200 or 404
   * @param headers response headers, names in lower case; unmodifiable
   * @param body the body bytes (the array is a copy the caller owns)
   * @param uri the URI that finally answered, after any redirects
   */
  public TransportResponse {
    Objects.requireNonNull(headers, "headers");
    var lower = new TreeMap<String, List<String>>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    headers = java.util.Collections.unmodifiableMap(lower);
    body = Objects.requireNonNull(body, "body").clone();
    Objects.requireNonNull(uri, "uri");
  }

  /**
   * {@return the first value of a header, if present}
   *
   * @param name the name
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** {@return the body; a copy (use {@link #bodyStream()} to read it without copying)} */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** {@return the body's length in bytes} */
  public int bodyLength() {
    return body.length;
  }

  /** {@return a stream over the body, without copying it} */
  public java.io.InputStream bodyStream() {
    return new java.io.ByteArrayInputStream(body);
  }

  /** {@return whether the status is 2xx} */
  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
