package io.pkgguard.cli.installers;

import java.util.Objects;

/**
 * One setting of an installer's configuration and where it was made.
 *
 * @param value the value as written (an index URL may carry credentials: never print it, print
 *     {@link #shown()})
 * @param file the file that set it, or the environment variable's name
 * @param line its line in the file; 0 for a variable
 */
public record ConfiguredValue(String value, String file, int line) {

  /**
   * A URL's user information: up to the authority's last '@', as pip splits it (an unencoded '@'
   * in a password stays part of the password, never of what is shown).
   */
  private static final String USER_INFO = "(?<=://)[^/?#\\s]*@";

  /**
   * Creates the value, checking its components.
   *
   * @param value the value as written
   * @param file the file or variable that set it
   * @param line the line, or 0
   */
  public ConfiguredValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(file, "file");
  }

  /** {@return the value without a URL's user name, password or token} */
  public String withoutCredentials() {
    return value.replaceAll(USER_INFO, "");
  }

  /** {@return the value with any password or token of a URL replaced by ***} */
  public String shown() {
    return value.replaceAll(USER_INFO, "***@");
  }

  /** {@return "file:line", or the variable's name} */
  public String origin() {
    return line > 0 ? file + ":" + line : file;
  }
}
