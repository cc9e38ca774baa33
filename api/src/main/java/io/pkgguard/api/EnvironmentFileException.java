package io.pkgguard.api;

import org.apiguardian.api.API;

/**
 * A requirements or lock file that cannot be read: what is wrong and where, so the user can fix
 * it. Nothing in such a file is judged.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EnvironmentFileException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, starting with the file (and line) it is in
   */
  public EnvironmentFileException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong, starting with the file (and line) it is in
   * @param cause what was thrown
   */
  public EnvironmentFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
