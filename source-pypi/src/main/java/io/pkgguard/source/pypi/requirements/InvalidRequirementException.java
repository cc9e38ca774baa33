package io.pkgguard.source.pypi.requirements;

/** A requirement string is not valid PEP 508; the message says what was expected and where. */
public final class InvalidRequirementException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int column;

  InvalidRequirementException(String message, int column) {
    super(message + " (at column " + column + ")");
    this.column = column;
  }

  /** The 1-based column where parsing failed. */
  public int column() {
    return column;
  }
}
