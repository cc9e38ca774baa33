package io.pkgguard.api;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A source could not report facts about a package. The core turns it into a rejecting finding:
 * what cannot be checked is not allowed. The message says what failed and where (URL, key), and
 * never contains credentials.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SourceException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the source failed. */
  public enum Reason {
    /** The package (or the requested version) does not exist on the source. */
    NOT_FOUND,
    /** The source could not be reached or answered with an error: network, timeout, 5xx. */
    UNAVAILABLE,
    /** The source answered with something that is not what its API promises. */
    MALFORMED,
    /** The source answered about a different package or version than was asked. */
    MISMATCH,
    /** The request would have gone to, or was redirected to, a host the source does not trust. */
    UNTRUSTED,
    /** The answer exceeded a size limit. */
    TOO_LARGE,
    /** The request itself cannot be asked of this source (for example, an invalid name). */
    INVALID_REQUEST
  }

  /** Why it failed. */
  private final Reason reason;

  /**
   * @param reason why it failed
   * @param message what failed and where
   */
  public SourceException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * @param reason why it failed
   * @param message what failed and where
   * @param cause the underlying failure (kept for logs, never shown to users)
   */
  public SourceException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** {@return why the source failed} */
  public Reason reason() {
    return reason;
  }
}
