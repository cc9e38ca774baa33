package io.pkgguard.core.inspection;

/** A distribution file could not be fetched or verified, so the release cannot be judged. */
public final class InspectionException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The release has no file that installs on the target. */
    NO_FILE,
    /** The file (or all of them together) is larger than the policy allows. */
    TOO_LARGE,
    /** The file is not where the index says. */
    NOT_FOUND,
    /** The download failed: connection, timeout, status, untrusted redirect. */
    FETCH_FAILED,
    /** The bytes are not the ones the index's digest describes. */
    DIGEST_MISMATCH,
    /** pkgguard cannot read files of this kind here: a decompressor it needs is missing. */
    UNREADABLE
  }

  private final Reason reason;
  private final String filename;

  public InspectionException(Reason reason, String filename, String message) {
    super(message);
    this.reason = reason;
    this.filename = filename;
  }

  public Reason reason() {
    return reason;
  }

  /** The file concerned; empty when none is. */
  public String filename() {
    return filename;
  }
}
