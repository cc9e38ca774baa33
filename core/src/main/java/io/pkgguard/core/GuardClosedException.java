package io.pkgguard.core;

import org.apiguardian.api.API;

/**
 * Thrown by a {@link Guard}'s evaluation methods once the guard is closed, including an
 * evaluation that was running when {@link Guard#close()} was called. No verdict is returned, so
 * nothing is allowed. Build a new guard to evaluate again.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class GuardClosedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  GuardClosedException() {
    super("this guard is closed; build a new one with Guard.builder()");
  }
}
