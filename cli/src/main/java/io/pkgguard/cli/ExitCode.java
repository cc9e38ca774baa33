package io.pkgguard.cli;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Verdict;
import java.util.List;

/** The exit codes of the CLI contract. */
final class ExitCode {

  /** Everything is ALLOW. */
  static final int ALLOW = 0;

  /** Something needs REVIEW or SPECIAL_APPROVAL; nothing is rejected. */
  static final int NEEDS_APPROVAL = 1;

  /** The command line or a configuration file is wrong. */
  static final int USAGE = 2;

  /** Something is REJECT (including incomplete evaluations). */
  static final int REJECT = 3;

  private ExitCode() {}

  /** The status for verdicts: by their effective decisions (an approved package is allowed). */
  static int of(List<Verdict> verdicts) {
    return of(verdicts, Decision.REVIEW);
  }

  /**
   * The status for verdicts when only decisions at or above {@code failOn} fail the run: below it
   * 0, else the status of the worst decision.
   */
  static int of(List<Verdict> verdicts, Decision failOn) {
    Decision worst =
        verdicts.stream()
            .map(Verdict::effectiveDecision)
            .reduce(Decision.ALLOW, Decision::strictest);
    if (worst.strictest(failOn) != worst) {
      return ALLOW;
    }
    return switch (worst) {
      case ALLOW -> ALLOW;
      case REVIEW, SPECIAL_APPROVAL -> NEEDS_APPROVAL;
      case REJECT -> REJECT;
    };
  }

  /** {@return the decision {@code --fail-on} names: review, special-approval or reject} */
  static java.util.Optional<Decision> threshold(String text) {
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "review" -> java.util.Optional.of(Decision.REVIEW);
      case "special-approval", "special_approval" ->
          java.util.Optional.of(Decision.SPECIAL_APPROVAL);
      case "reject" -> java.util.Optional.of(Decision.REJECT);
      default -> java.util.Optional.empty();
    };
  }
}
