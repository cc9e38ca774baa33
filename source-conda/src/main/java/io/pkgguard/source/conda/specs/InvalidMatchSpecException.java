package io.pkgguard.source.conda.specs;

/** A conda match spec that cannot be read; the message names the spec and the problem. */
public final class InvalidMatchSpecException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * @param spec the spec as written
   * @param problem what is wrong with it
   */
  public InvalidMatchSpecException(String spec, String problem) {
    super("'" + shorten(spec) + "' is not a valid conda match spec: " + problem);
  }

  static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "... (" + text.length() + " chars)";
  }
}
