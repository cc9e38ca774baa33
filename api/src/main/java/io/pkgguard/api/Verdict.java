package io.pkgguard.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of evaluating one package: what to do, and why.
 *
 * <p>A host may rely on these invariants: {@code decision} is never more permissive than the
 * policy's mapping of {@code risk}; an incomplete evaluation ({@code complete == false}) is
 * always {@link Decision#REJECT}; the decision is never more permissive than that of any
 * dependency. Verdicts have a stable JSON form (see the core's {@code VerdictJson}) whose schema
 * version is {@link #SCHEMA_VERSION}.
 *
 * @param id the package evaluated
 * @param version the version the verdict applies to; empty if it could not be resolved
 * @param artifacts the exact files the verdict applies to; empty if none were identified
 * @param decision what to do
 * @param risk the highest level among the findings ({@link RiskLevel#NONE} if none)
 * @param findings every finding, most severe first
 * @param dependencies verdicts of the dependencies that were evaluated, possibly empty
 * @param complete whether every step and every enabled rule ran to completion
 * @param rulesRun ids of the rules that ran to completion, in order
 * @param relaxations what this guard checks less than its policy's rules would (rules disabled
 *     or removed), possibly empty; never empty for a verdict reached without a rule the policy
 *     names
 * @param policyFingerprint identifies the policy that decided (a digest of its content)
 * @param startedAt when the evaluation started
 * @param finishedAt when it finished
 */
public record Verdict(
    PackageId id,
    Optional<String> version,
    List<Artifact> artifacts,
    Decision decision,
    RiskLevel risk,
    List<Finding> findings,
    List<Verdict> dependencies,
    boolean complete,
    List<String> rulesRun,
    List<Relaxation> relaxations,
    String policyFingerprint,
    Instant startedAt,
    Instant finishedAt) {

  /** The version of the verdict's JSON form. Fields are only ever added, never renamed. */
  public static final int SCHEMA_VERSION = 1;

  /** Orders findings most severe first, then by rule id, then by message. */
  public static final Comparator<Finding> SEVERITY_ORDER =
      Comparator.comparing(Finding::level)
          .reversed()
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  public Verdict {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    artifacts = List.copyOf(Objects.requireNonNull(artifacts, "artifacts"));
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(risk, "risk");
    findings =
        Objects.requireNonNull(findings, "findings").stream().sorted(SEVERITY_ORDER).toList();
    dependencies = List.copyOf(Objects.requireNonNull(dependencies, "dependencies"));
    rulesRun = List.copyOf(Objects.requireNonNull(rulesRun, "rulesRun"));
    relaxations = List.copyOf(Objects.requireNonNull(relaxations, "relaxations"));
    Objects.requireNonNull(policyFingerprint, "policyFingerprint");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    if (!complete && decision != Decision.REJECT) {
      throw new IllegalArgumentException("an incomplete evaluation must be REJECT");
    }
  }

  /** Whether the host may install without asking anybody. */
  public boolean isAllowed() {
    return decision == Decision.ALLOW;
  }

  /** The findings of one rule, possibly none. */
  public List<Finding> findingsOf(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
