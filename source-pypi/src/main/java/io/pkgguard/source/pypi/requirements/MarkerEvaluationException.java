package io.pkgguard.source.pypi.requirements;

/** A marker cannot be evaluated in an environment; the message says which name or comparison. */
public final class MarkerEvaluationException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why evaluation failed. */
  public enum Kind {
    /** The marker names a variable the environment does not define. */
    UNDEFINED_NAME,
    /** The comparison has no meaning for these values (such as {@code ~=} on os_name). */
    UNDEFINED_COMPARISON
  }

  private final Kind kind;

  MarkerEvaluationException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** Why evaluation failed. */
  public Kind kind() {
    return kind;
  }
}
