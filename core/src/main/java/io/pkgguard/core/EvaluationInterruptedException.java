package io.pkgguard.core;

import org.apiguardian.api.API;

/**
 * Thrown by a {@link Guard}'s evaluation methods when the calling thread is interrupted while it
 * waits for an evaluation. The evaluation is cancelled and no verdict is returned, so nothing is
 * allowed; the thread's interrupt status is set again, so the host sees the interruption it asked
 * for.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class EvaluationInterruptedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  EvaluationInterruptedException() {
    super("the evaluation was interrupted; nothing was allowed");
  }
}
