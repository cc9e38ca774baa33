package io.pkgguard.core.administration;

import org.apiguardian.api.API;

/** An approval, revocation, pause or resume that was refused or could not be recorded. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ApprovalException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** What was asked cannot be approved: a REJECT, an incomplete or an allowed verdict. */
    NOT_APPROVABLE,
    /** The person may not do it: special approval and the pause are administrators' only. */
    NOT_PERMITTED,
    /** Something asked is wrong: no reason given, an expiry in the past or too far ahead. */
    INVALID,
    /** The store could not record it; nothing was recorded. */
    STORE
  }

  /** Why it was refused. */
  private final Reason reason;

  /**
   * A refusal.
   *
   * @param reason why
   * @param message what was refused and what would be accepted
   */
  public ApprovalException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /**
   * A refusal with its cause.
   *
   * @param reason why
   * @param message what failed
   * @param cause the underlying failure
   */
  public ApprovalException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** {@return why it was refused} */
  public Reason reason() {
    return reason;
  }
}
