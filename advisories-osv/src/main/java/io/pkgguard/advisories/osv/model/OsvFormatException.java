package io.pkgguard.advisories.osv.model;

/** An OSV record that cannot be read: the message says which record, where in it and what. */
public final class OsvFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  /** An error about the record from {@code origin}. */
  public OsvFormatException(String message) {
    super(message);
  }

  /** An error with its cause. */
  public OsvFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
