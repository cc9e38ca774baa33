package io.pkgguard.api;

import org.apiguardian.api.API;

/**
 * A store could not do what was asked. The core never treats it as "no approvals" or "not
 * paused": every evaluation that needed the store is rejected with the message.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StoreException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * A failure, in words that say what and where (never credentials).
   *
   * @param message what failed
   */
  public StoreException(String message) {
    super(message);
  }

  /**
   * A failure with its cause.
   *
   * @param message what failed
   * @param cause the underlying failure
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
