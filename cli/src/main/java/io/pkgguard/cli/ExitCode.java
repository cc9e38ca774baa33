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
    Decision worst =
        verdicts.stream()
            .map(Verdict::effectiveDecision)
            .reduce(Decision.ALLOW, Decision::strictest);
    return switch (worst) {
      case ALLOW -> ALLOW;
      case REVIEW, SPECIAL_APPROVAL -> NEEDS_APPROVAL;
      case REJECT -> REJECT;
    };
  }
}
