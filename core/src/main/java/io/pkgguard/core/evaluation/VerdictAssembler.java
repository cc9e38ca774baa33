package io.pkgguard.core.evaluation;

import io.pkgguard.api.Artifact;
import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.policy.Policy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects what an evaluation found and turns it into a {@link Verdict}, its decision made by
 * {@link Decisions}. Not thread-safe; one per evaluation.
 */
final class VerdictAssembler {

  private final PackageId id;
  private final Policy policy;
  private final List<io.pkgguard.api.Relaxation> relaxations;
  private final Instant startedAt;
  private final List<Finding> findings = new ArrayList<>();
  private final List<String> rulesRun = new ArrayList<>();
  private final List<Verdict> dependencies = new ArrayList<>();
  private Optional<String> version = Optional.empty();
  private List<Artifact> artifacts = List.of();
  private boolean complete = true;

  VerdictAssembler(PackageId id, EvaluationTerms terms, Instant startedAt) {
    this.id = id;
    this.policy = terms.policy();
    this.relaxations = terms.relaxations();
    this.startedAt = startedAt;
  }

  VerdictAssembler version(String value) {
    version = Optional.of(value);
    return this;
  }

  VerdictAssembler artifacts(List<Artifact> value) {
    artifacts = List.copyOf(value);
    return this;
  }

  /** A finding that ends the evaluation: what was not checked makes the verdict incomplete. */
  VerdictAssembler stop(Finding finding) {
    findings.add(finding);
    complete = false;
    return this;
  }

  VerdictAssembler add(RuleOutcome outcome) {
    findings.addAll(outcome.findings());
    if (outcome.completed()) {
      rulesRun.add(outcome.ruleId());
    } else {
      complete = false;
    }
    return this;
  }

  /** A dependency's verdict: the decision is never more permissive than it. */
  VerdictAssembler dependency(Verdict verdict) {
    dependencies.add(verdict);
    if (!verdict.complete()) {
      complete = false;
    }
    return this;
  }

  /** A finding that does not stop anything. */
  VerdictAssembler add(Finding finding) {
    findings.add(finding);
    return this;
  }

  /** Marks the evaluation incomplete without a finding of its own (rules were skipped). */
  VerdictAssembler incomplete() {
    complete = false;
    return this;
  }

  boolean hasFindingAtLeast(RiskLevel level) {
    return findings.stream().anyMatch(f -> f.level().isAtLeast(level));
  }

  /**
   * A finished verdict with what its dependencies add: more findings, its tree of dependency
   * verdicts, and the strictest decision and completeness of every package it pulls in.
   */
  static Verdict extend(
      Verdict own,
      List<Finding> more,
      List<Verdict> dependencies,
      Decision dependenciesDecision,
      boolean dependenciesComplete,
      Policy policy) {
    List<Finding> findings = new ArrayList<>(own.findings());
    findings.addAll(more);
    boolean complete = own.complete() && dependenciesComplete;
    List<Decision> floors = new ArrayList<>(List.of(own.decision(), dependenciesDecision));
    dependencies.forEach(d -> floors.add(d.decision()));
    Decisions.Decided decided = Decisions.decide(policy.decisions(), findings, complete, floors);
    RiskLevel risk = decided.risk();
    Decision decision = decided.decision();
    return new Verdict(
        own.id(),
        own.version(),
        own.artifacts(),
        decision,
        risk,
        findings,
        dependencies,
        complete,
        own.rulesRun(),
        own.relaxations(),
        decision,
        List.of(),
        own.policyFingerprint(),
        own.startedAt(),
        own.finishedAt());
  }

  Verdict finish(Instant finishedAt) {
    Decisions.Decided decided =
        Decisions.decide(
            policy.decisions(),
            findings,
            complete,
            dependencies.stream().map(Verdict::decision).toList());
    return new Verdict(
        id,
        version,
        artifacts,
        decided.decision(),
        decided.risk(),
        findings,
        dependencies,
        complete,
        rulesRun,
        relaxations,
        decided.decision(),
        List.of(),
        policy.fingerprint(),
        startedAt,
        finishedAt);
  }
}
