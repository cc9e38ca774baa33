package io.pkgguard.core.evaluation;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Evidence;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One verdict for a whole environment (a requirements file, a lock file): its packages' verdicts
 * as dependencies, a finding for each package that is not simply allowed, and the findings about
 * the environment's own description. Its decision is the strictest of all: an environment is never
 * better than its worst package; if any package was not fully checked, it is not either.
 */
public final class EnvironmentVerdicts {

  private EnvironmentVerdicts() {}

  /** The environment's verdict. */
  public static Verdict combine(PackageId id, List<Verdict> packages, List<Finding> findings,
      EvaluationTerms terms, Instant startedAt, Instant finishedAt) {
    VerdictAssembler verdict = new VerdictAssembler(id, terms, startedAt);
    findings.forEach(verdict::add);
    for (Verdict p : packages) {
      verdict.dependency(p);
      if (p.decision() != Decision.ALLOW) {
        String why = p.findings().stream().filter(f -> f.level() == p.risk())
            .map(Finding::message).limit(2).collect(Collectors.joining("; "));
        verdict.add(Finding.of(CoreFindings.ENVIRONMENT, p.risk(), RiskCategory.DEPENDENCY,
                p.id().name() + p.version().map(v -> " " + v).orElse("") + ": " + p.decision()
                    + (why.isEmpty() ? "" : " (" + why + ")"))
            .withEvidence(Evidence.of("package", p.id().name(), "decision",
                p.decision().name()))
            .withRemediation("see that package's findings"));
      }
    }
    return verdict.finish(finishedAt);
  }
}
