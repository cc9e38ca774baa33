package io.pkgguard.api;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A request through the {@link HttpTransport}: a GET, or a POST when it has a body (APIs such as
 * OSV's batch query take their question in the body; such requests are never cached).
 *
 * @param uri an absolute {@code https:}, {@code http:} (loopback only) or {@code file:} URI
 * @param headers extra request headers; unmodifiable. Credentials are added by the transport, never
 *     by sources
 * @param maxBytes the largest body accepted, after decompression; the transport may enforce a
 *     smaller cap of its own
 * @param deadline the longest the whole exchange (connect, headers, body) may take
 * @param body what to POST, if this is a POST
 * @param bodyFile where a successful (200) GET's body goes instead of memory, for downloads of
 *     distribution files: the transport creates or truncates the file, streams the body into it
 *     within the same cap and deadline, and answers with an empty {@link TransportResponse#body()}.
 *     Other statuses keep their (small) bodies in memory. Such requests are never cached
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TransportRequest(
    URI uri,
    Map<String, String> headers,
    long maxBytes,
    Duration deadline,
    Optional<Body> body,
    Optional<Path> bodyFile) {

  /**
   * Creates the value, checking its components.
   *
   * @param uri an absolute {@code https:}, {@code http:} (loopback only) or {@code file:} URI
   * @param headers extra request headers; unmodifiable. Credentials are added by the transport,
   *     never by sources
   * @param maxBytes the largest body accepted, after decompression; the transport may enforce a
   *     smaller cap of its own
   * @param deadline the longest the whole exchange (connect, headers, body) may take
   * @param body what to POST, if this is a POST
   * @param bodyFile where a successful (200) GET's body goes instead of memory, for downloads of
   *     distribution files: the transport creates or truncates the file, streams the body into it
   *     within the same cap and deadline, and answers with an empty {@link
   *     TransportResponse#body()}. Other statuses keep their (small) bodies in memory. Such
   *     requests are never cached
   */
  public TransportRequest {
    Objects.requireNonNull(uri, "uri");
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(bodyFile, "bodyFile");
    if (body.isPresent() && bodyFile.isPresent()) {
      throw new IllegalArgumentException("a POST cannot stream its answer to a file");
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("deadline must be positive");
    }
  }

  /**
   * A GET or POST whose answer is kept in memory.
   *
   * @param uri where to send it
   * @param body what to send
   * @param headers request headers
   * @param deadline how long the exchange may take in all
   * @param maxBytes the most body bytes accepted
   */
  public TransportRequest(
      URI uri, Map<String, String> headers, long maxBytes, Duration deadline, Optional<Body> body) {
    this(uri, headers, maxBytes, deadline, body, Optional.empty());
  }

  /**
   * A GET.
   *
   * @param headers request headers
   * @param deadline how long the exchange may take in all
   * @param maxBytes the most body bytes accepted
   * @param uri where to send it
   */
  public TransportRequest(URI uri, Map<String, String> headers, long maxBytes, Duration deadline) {
    this(uri, headers, maxBytes, deadline, Optional.empty());
  }

  /**
   * A GET of a file, streamed into {@code target}.
   *
   * @param uri the file's URI
   * @param target the file the body is written to (created or truncated)
   * @param maxBytes the largest file accepted
   * @param deadline the longest the whole download may take
   * @return the request
   */
  public static TransportRequest download(URI uri, Path target, long maxBytes, Duration deadline) {
    return new TransportRequest(
        uri, Map.of("Accept", "*/*"), maxBytes, deadline, Optional.empty(), Optional.of(target));
  }

  /**
   * {@return a GET with the given accepted media type, size cap and deadline}
   *
   * @param maxBytes the most body bytes accepted
   * @param accept the media type asked for
   * @param uri where to send it
   * @param deadline how long the exchange may take in all
   */
  public static TransportRequest get(URI uri, String accept, long maxBytes, Duration deadline) {
    return new TransportRequest(uri, Map.of("Accept", accept), maxBytes, deadline);
  }

  /**
   * {@return a POST of {@code body}, accepting {@code accept}}
   *
   * @param uri where to send it
   * @param body what to send
   * @param deadline how long the exchange may take in all
   * @param maxBytes the most body bytes accepted
   * @param accept the media type asked for
   */
  public static TransportRequest post(
      URI uri, String accept, Body body, long maxBytes, Duration deadline) {
    return new TransportRequest(
        uri, Map.of("Accept", accept), maxBytes, deadline, Optional.of(body));
  }

  /**
   * {@return this request to another URI (a redirect's target)}
   *
   * @param value the new value
   */
  public TransportRequest withUri(URI value) {
    return new TransportRequest(value, headers, maxBytes, deadline, body, bodyFile);
  }

  /**
   * {@return this request with other headers}
   *
   * @param value the new value
   */
  public TransportRequest withHeaders(Map<String, String> value) {
    return new TransportRequest(uri, value, maxBytes, deadline, body, bodyFile);
  }

  /**
   * {@return this request with another size cap and deadline}
   *
   * @param remaining the time left
   * @param cap the most body bytes accepted
   */
  public TransportRequest withLimits(long cap, Duration remaining) {
    return new TransportRequest(uri, headers, cap, remaining, body, bodyFile);
  }

  /** {@return this request as a GET (what a 301, 302 or 303 redirect of a POST becomes)} */
  public TransportRequest asGet() {
    return new TransportRequest(uri, headers, maxBytes, deadline, Optional.empty(), bodyFile);
  }

  /**
   * A request body.
   *
   * @param contentType its media type, such as {@code application/json}
   * @param bytes the bytes (copied in and out)
   */
  // The array is copied in and out, and a body is never compared: the record is a carrier.
  @SuppressWarnings("ArrayRecordComponent")
  public record Body(String contentType, byte[] bytes) {

    /**
     * Creates the value, checking its components.
     *
     * @param contentType its media type, such as {@code application/json}
     * @param bytes the bytes (copied in and out)
     */
    public Body {
      Objects.requireNonNull(contentType, "contentType");
      bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    /**
     * {@return the bytes to send; a copy}
     */
    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Body b
          && b.contentType.equals(contentType)
          && java.util.Arrays.equals(b.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return 31 * contentType.hashCode() + java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "Body[" + contentType + ", " + bytes.length + " bytes]";
    }
  }
}
