package io.pkgguard.api;

import org.apiguardian.api.API;

/** A package specification could not be parsed; the message says what, where and how to fix it. */
@API(status = API.Status.STABLE, since = "0.1")
public final class RequestSyntaxException extends Exception {

  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, where, and what would be valid */
  public RequestSyntaxException(String message) {
    super(message);
  }
}
