package io.pkgguard.fuzz;

import java.time.Duration;

/**
 * The property every parser of untrusted bytes must have: for any input it returns a value or
 * throws its own typed error, within a time budget — never another exception, never an {@link
 * Error}, never a hang. (The memory budget is the fork's heap, {@code -Xmx512m}.)
 */
final class ParserContract {

  /** The longest one input may take; the largest fuzz inputs are a few kilobytes. */
  static final Duration BUDGET = Duration.ofSeconds(2);

  /** What a parser does with one input. */
  @FunctionalInterface
  interface Parse {
    void run() throws Exception;
  }

  private ParserContract() {}

  /**
   * Runs {@code parse}; passes if it returns or throws one of {@code typed}.
   *
   * @throws AssertionError naming what broke the contract
   */
  @SafeVarargs
  static void holds(Parse parse, Class<? extends Exception>... typed) {
    long start = System.nanoTime();
    try {
      parse.run();
    } catch (Exception e) {
      boolean expected = false;
      for (Class<? extends Exception> type : typed) {
        expected |= type.isInstance(e);
      }
      if (!expected) {
        throw new AssertionError("untyped failure: " + e, e);
      }
    }
    long elapsed = System.nanoTime() - start;
    if (elapsed > BUDGET.toNanos()) {
      throw new AssertionError(
          "one input took "
              + elapsed / 1_000_000
              + " ms, more than the "
              + BUDGET.toMillis()
              + " ms budget");
    }
  }
}
