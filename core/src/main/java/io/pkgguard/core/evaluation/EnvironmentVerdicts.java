package io.pkgguard.core.evaluation;

import io.pkgguard.api.Approval;
import io.pkgguard.api.Decision;
import io.pkgguard.api.Evidence;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One verdict for a whole environment (a requirements file, a lock file): its packages' verdicts
 * as dependencies, a finding for each package that is not simply allowed, and the findings about
 * the environment's own description. Its decision is the strictest of all: an environment is never
 * better than its worst package; if any package was not fully checked, it is not either. Its
 * effective decision is ALLOW when approvals satisfy every package that needs one and its own
 * findings need none: the approvals of its packages are then its own.
 */
public final class EnvironmentVerdicts {

  private EnvironmentVerdicts() {}

  /** The environment's verdict. */
  public static Verdict combine(
      PackageId id,
      List<Verdict> packages,
      List<Finding> findings,
      EvaluationTerms terms,
      Instant startedAt,
      Instant finishedAt) {
    VerdictAssembler verdict = new VerdictAssembler(id, terms, startedAt);
    findings.forEach(verdict::add);
    List<Approval> approvals = new ArrayList<>();
    for (Verdict p : packages) {
      verdict.dependency(p);
      if (p.decision() != Decision.ALLOW) {
        String why =
            p.findings().stream()
                .filter(f -> f.level() == p.risk())
                .map(Finding::message)
                .limit(2)
                .collect(Collectors.joining("; "));
        String approved =
            p.approvals().isEmpty()
                ? ""
                : ", approved by "
                    + p.approvals().stream()
                        .map(Approval::approvedBy)
                        .distinct()
                        .collect(Collectors.joining(", "));
        verdict.add(
            Finding.of(
                    CoreFindings.ENVIRONMENT,
                    p.risk(),
                    RiskCategory.DEPENDENCY,
                    p.id().name()
                        + p.version().map(v -> " " + v).orElse("")
                        + ": "
                        + p.decision()
                        + approved
                        + (why.isEmpty() ? "" : " (" + why + ")"))
                .withEvidence(
                    Evidence.of(
                        "package",
                        p.id().name(),
                        "decision",
                        p.decision().name(),
                        "effective-decision",
                        p.effectiveDecision().name()))
                .withRemediation("see that package's findings"));
      }
      approvals.addAll(p.approvals());
    }
    Verdict combined = verdict.finish(finishedAt);
    RiskLevel own = findings.stream().map(Finding::level).reduce(RiskLevel.NONE, RiskLevel::max);
    boolean approvable =
        combined.decision() == Decision.REVIEW || combined.decision() == Decision.SPECIAL_APPROVAL;
    if (approvable
        && !approvals.isEmpty()
        && packages.stream().allMatch(p -> p.effectiveDecision() == Decision.ALLOW)
        && terms.policy().decisions().decide(own) == Decision.ALLOW) {
      return combined.approvedBy(approvals);
    }
    return combined;
  }
}
