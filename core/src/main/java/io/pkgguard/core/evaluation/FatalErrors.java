package io.pkgguard.core.evaluation;

/**
 * Which throwables pkgguard contains and which it lets pass. Plugin code (rules, sources, advisory
 * databases, ecosystems) and the core's own parsing can fail in any way: an exception, an {@link
 * AssertionError}, a {@link LinkageError} from a missing class, a {@link StackOverflowError} on
 * deeply nested input. Each of those becomes a rejecting finding. Only a {@link
 * VirtualMachineError} other than a stack overflow — the JVM itself failing, such as running out
 * of memory — is passed on, since nothing can be judged reliably after it.
 */
public final class FatalErrors {

  private FatalErrors() {}

  /** Rethrows {@code failure} if it means the JVM itself is failing; returns otherwise. */
  public static void rethrowIfFatal(Throwable failure) {
    if (failure instanceof VirtualMachineError error && !(failure instanceof StackOverflowError)) {
      throw error;
    }
  }
}
