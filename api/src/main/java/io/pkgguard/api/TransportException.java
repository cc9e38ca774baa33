package io.pkgguard.api;

import java.net.URI;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The transport could not complete a request. The message names the URI (without credentials) and
 * what went wrong.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TransportException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Reason {
    /** The deadline passed before the exchange completed. */
    TIMEOUT,
    /** The connection could not be made or broke. */
    CONNECTION,
    /** The body exceeded the size cap. */
    TOO_LARGE,
    /** The URI (or a redirect) points to a host or scheme that is not trusted. */
    UNTRUSTED,
    /** Too many redirects, or a redirect loop. */
    REDIRECT,
    /** The peer broke the protocol (malformed response, bad encoding). */
    PROTOCOL,
    /** The request was interrupted. */
    INTERRUPTED
  }

  /** Why it failed. */
  private final Reason reason;

  private final transient URI uri;

  /** How many times the request went out. */
  private final int requestsSent;

  /**
   * @param reason what went wrong
   * @param uri the URI concerned
   * @param message what went wrong, for people
   */
  public TransportException(Reason reason, URI uri, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.requestsSent = 1;
  }

  /**
   * @param reason what went wrong
   * @param uri the URI concerned
   * @param message what went wrong, for people
   * @param cause the underlying failure
   */
  public TransportException(Reason reason, URI uri, String message, Throwable cause) {
    this(reason, uri, message, cause, 1);
  }

  /**
   * A failure after which the request had been sent more than once (an HTTP client that retried
   * by itself), so that retrying layers can count every request against their limit.
   *
   * @param reason what went wrong
   * @param uri the URI concerned
   * @param message what went wrong, for people
   * @param cause the underlying failure
   * @param requestsSent how many times the request went out before it failed, at least 1
   */
  public TransportException(
      Reason reason, URI uri, String message, Throwable cause, int requestsSent) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.uri = Objects.requireNonNull(uri, "uri");
    if (requestsSent < 1) {
      throw new IllegalArgumentException("requestsSent must be at least 1");
    }
    this.requestsSent = requestsSent;
  }

  /** {@return how many times the request went out before this failure (usually 1)} */
  public int requestsSent() {
    return requestsSent;
  }

  /** {@return what went wrong} */
  public Reason reason() {
    return reason;
  }

  /** {@return the URI concerned} */
  public URI uri() {
    return uri;
  }
}
