package io.pkgguard.core.evaluation;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.RuleContext;
import java.time.Duration;

/**
 * How long one rule call may run: a base budget, plus an allowance per MiB of distribution text
 * the call's context holds. A content rule reads every text file of the archives it is given, so
 * its work grows with them; a fixed budget that suits a small wheel rejects the largest
 * legitimate ones (torch's wheel holds 97 MiB of text), while one that suits them would let a
 * runaway rule over a small package run for a long time. The budget is never longer than {@link
 * #CEILING}, so a call is still bounded whatever its context holds.
 *
 * @param base the budget of a call whose context holds no distribution text
 * @param perTextMib added per MiB (2<sup>20</sup> characters) of distribution text
 */
record RuleBudget(Duration base, Duration perTextMib) {

  /** The longest any call may run, whatever its context holds. */
  static final Duration CEILING = Duration.ofMinutes(10);

  private static final double CHARS_PER_MIB = 1 << 20;

  RuleBudget {
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("base budget must be positive");
    }
    if (perTextMib.isNegative()) {
      throw new IllegalArgumentException("budget per text MiB must not be negative");
    }
  }

  /** A budget that does not grow with the context. */
  static RuleBudget fixed(Duration base) {
    return new RuleBudget(base, Duration.ZERO);
  }

  /** {@return the budget of one call with this context} */
  Duration of(RuleContext context) {
    if (perTextMib.isZero()) {
      return base;
    }
    long chars = 0;
    for (InspectedDistribution distribution : context.distributions()) {
      for (ArchiveEntry entry : distribution.entries()) {
        chars += entry.text().map(String::length).orElse(0);
      }
    }
    double extraNanos = perTextMib.toNanos() * (chars / CHARS_PER_MIB);
    double ceilingNanos = CEILING.toNanos();
    double total = Math.min(ceilingNanos, base.toNanos() + extraNanos);
    return total <= base.toNanos() ? base : Duration.ofNanos((long) total);
  }
}
