package io.pkgguard.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

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
 * @param effectiveDecision what the host may do now: the {@code decision}, or {@link
 *     Decision#ALLOW} when the approvals below satisfy it
 * @param approvals the approvals that satisfy this very verdict (its files, findings and policy);
 *     empty when none does
 * @param policyFingerprint identifies the policy that decided (a digest of its content)
 * @param startedAt when the evaluation started
 * @param finishedAt when it finished
 */
@API(status = API.Status.STABLE, since = "0.1")
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
    Decision effectiveDecision,
    List<Approval> approvals,
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

  /**
   * Not for hosts: verdicts gain components (approvals, relaxations) as pkgguard learns more, and
   * every new one changes this constructor. Hosts read verdicts; a host or test that needs to make
   * one uses {@link #builder(PackageId, Decision)}.
   *
   * @param id see the record's description
   * @param version see the record's description
   * @param artifacts see the record's description
   * @param decision see the record's description
   * @param risk see the record's description
   * @param findings see the record's description
   * @param dependencies see the record's description
   * @param complete see the record's description
   * @param rulesRun see the record's description
   * @param relaxations see the record's description
   * @param effectiveDecision see the record's description
   * @param approvals see the record's description
   * @param policyFingerprint see the record's description
   * @param startedAt see the record's description
   * @param finishedAt see the record's description
   */
  @API(status = API.Status.INTERNAL, since = "0.1")
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
    Objects.requireNonNull(effectiveDecision, "effectiveDecision");
    approvals = List.copyOf(Objects.requireNonNull(approvals, "approvals"));
    if (approvals.isEmpty()
        ? effectiveDecision != decision
        : effectiveDecision != Decision.ALLOW
            || (decision != Decision.REVIEW && decision != Decision.SPECIAL_APPROVAL)) {
      throw new IllegalArgumentException(
          "the effective decision is the decision, or ALLOW when"
              + " approvals satisfy a REVIEW or SPECIAL_APPROVAL; found "
              + decision
              + " -> "
              + effectiveDecision
              + " with "
              + approvals.size()
              + " approvals");
    }
    Objects.requireNonNull(policyFingerprint, "policyFingerprint");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    if (!complete && decision != Decision.REJECT) {
      throw new IllegalArgumentException("an incomplete evaluation must be REJECT");
    }
  }

  /** {@return whether the host may install without asking anybody: allowed, or approved} */
  public boolean isAllowed() {
    return effectiveDecision == Decision.ALLOW;
  }

  /**
   * {@return this verdict satisfied by {@code satisfying}: effectively allowed}
   *
   * @param satisfying approvals that cover this verdict's files, findings and policy
   */
  public Verdict approvedBy(List<Approval> satisfying) {
    return new Verdict(
        id,
        version,
        artifacts,
        decision,
        risk,
        findings,
        dependencies,
        complete,
        rulesRun,
        relaxations,
        Decision.ALLOW,
        satisfying,
        policyFingerprint,
        startedAt,
        finishedAt);
  }

  /**
   * {@return the findings of one rule, possibly none}
   *
   * @param ruleId a rule id
   */
  public List<Finding> findingsOf(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * A builder for a verdict, for hosts' tests and tools that need one without evaluating (a user
   * interface shown a REVIEW, say). Unset parts: no version, artifacts, findings, dependencies,
   * relaxations or rules run; complete; risk NONE; policy fingerprint {@code "none"}; both times
   * the epoch.
   *
   * @param id the id
   * @param decision the decision
   * @return this builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static Builder builder(PackageId id, Decision decision) {
    return new Builder(id, decision);
  }

  /** Builds a {@link Verdict}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final PackageId id;
    private final Decision decision;
    private Optional<String> version = Optional.empty();
    private List<Artifact> artifacts = List.of();
    private RiskLevel risk = RiskLevel.NONE;
    private List<Finding> findings = List.of();
    private List<Verdict> dependencies = List.of();
    private boolean complete = true;
    private List<String> rulesRun = List.of();
    private List<Relaxation> relaxations = List.of();
    private String policyFingerprint = "none";
    private Instant startedAt = Instant.EPOCH;
    private Instant finishedAt = Instant.EPOCH;

    private Builder(PackageId id, Decision decision) {
      this.id = Objects.requireNonNull(id, "id");
      this.decision = Objects.requireNonNull(decision, "decision");
    }

    /**
     * Sets the version.
     *
     * @param value the value
     * @return this builder
     */
    public Builder version(String value) {
      version = Optional.of(value);
      return this;
    }

    /**
     * Sets the artifacts.
     *
     * @param value the value
     * @return this builder
     */
    public Builder artifacts(List<Artifact> value) {
      artifacts = List.copyOf(value);
      return this;
    }

    /**
     * Sets the findings; the risk becomes their highest level.
     *
     * @param value the findings
     * @return this builder
     */
    public Builder findings(List<Finding> value) {
      findings = List.copyOf(value);
      risk = value.stream().map(Finding::level).reduce(RiskLevel.NONE, RiskLevel::max);
      return this;
    }

    /**
     * Sets the dependencies.
     *
     * @param value the value
     * @return this builder
     */
    public Builder dependencies(List<Verdict> value) {
      dependencies = List.copyOf(value);
      return this;
    }

    /**
     * Sets whether the evaluation was complete; an incomplete verdict must be {@link
     * Decision#REJECT}, which {@link #build} checks.
     *
     * @param value whether every step and rule ran
     * @return this builder
     */
    public Builder complete(boolean value) {
      complete = value;
      return this;
    }

    /**
     * Sets the rules run.
     *
     * @param value the value
     * @return this builder
     */
    public Builder rulesRun(List<String> value) {
      rulesRun = List.copyOf(value);
      return this;
    }

    /**
     * Sets the relaxations.
     *
     * @param value the value
     * @return this builder
     */
    public Builder relaxations(List<Relaxation> value) {
      relaxations = List.copyOf(value);
      return this;
    }

    /**
     * Sets the policy fingerprint.
     *
     * @param value the value
     * @return this builder
     */
    public Builder policyFingerprint(String value) {
      policyFingerprint = Objects.requireNonNull(value, "policyFingerprint");
      return this;
    }

    /**
     * Sets the times.
     *
     * @param started the started
     * @param finished the finished
     * @return this builder
     */
    public Builder times(Instant started, Instant finished) {
      startedAt = Objects.requireNonNull(started, "started");
      finishedAt = Objects.requireNonNull(finished, "finished");
      return this;
    }

    /**
     * The verdict.
     *
     * @throws IllegalArgumentException if it is incomplete but not REJECT
     * @return the verdict
     */
    public Verdict build() {
      return new Verdict(
          id,
          version,
          artifacts,
          decision,
          risk,
          findings,
          dependencies,
          complete,
          rulesRun,
          relaxations,
          decision,
          List.of(),
          policyFingerprint,
          startedAt,
          finishedAt);
    }
  }
}
