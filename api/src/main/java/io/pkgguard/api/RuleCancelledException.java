package io.pkgguard.api;

import org.apiguardian.api.API;

/**
 * Thrown by {@link #throwIfCancelled()} when the core no longer waits for the rule call running on
 * this thread: the call ran past its time budget (or the host is shutting the guard down) and was
 * interrupted. The core has already decided what the call means — a rejecting finding that says
 * the rule did not complete — so a rule lets this exception propagate.
 *
 * <p>The core interrupts a call that overruns its budget and gives it a short grace period to
 * stop; a rule that does not stop in time is <em>stuck</em> and is never called again by that
 * guard, so every later package it would have judged is rejected. A rule whose work grows with
 * its input (one pass per archive entry, per file, per name) therefore calls {@link
 * #throwIfCancelled()} once per unit of work. It reads the thread's interrupt status without
 * clearing it, so a rule needs no thread of its own to honour the budget.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RuleCancelledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private RuleCancelledException() {
    super("the rule call was cancelled: it ran past its budget or the guard is shutting down");
  }

  /**
   * Returns at once unless the rule call on this thread was cancelled.
   *
   * @throws RuleCancelledException if it was (the thread is interrupted; its status stays set)
   */
  public static void throwIfCancelled() {
    if (Thread.currentThread().isInterrupted()) {
      throw new RuleCancelledException();
    }
  }
}
