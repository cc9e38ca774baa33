package io.pkgguard.source.conda.versions;

/** A conda version or version spec that cannot be read; the message says which and why. */
public final class InvalidCondaVersionException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * @param text the version or spec as written
   * @param problem what is wrong with it
   */
  public InvalidCondaVersionException(String text, String problem) {
    super("'" + CondaVersion.shorten(text) + "' is not a valid conda version: " + problem);
  }

  /**
   * @param message the whole message
   */
  InvalidCondaVersionException(String message) {
    super(message);
  }
}
