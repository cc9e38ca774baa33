package io.pkgguard.core.administration;

import io.pkgguard.api.Approval;
import io.pkgguard.api.AuditEntry;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.Evidence;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.StoreException;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.evaluation.VerdictAmendments;
import io.pkgguard.core.policy.Policy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * What happens to verdicts after the rules: approvals that satisfy a verdict make it effectively
 * allowed (and those that no longer apply are named), and every evaluation is one record of the
 * audit log. The store is part of the check: if it cannot be read or written, the verdict is
 * rejected — approvals cannot be checked and the evaluation cannot be recorded — never allowed.
 * Thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Settlement {

  private static final String STORE = io.pkgguard.core.evaluation.CoreFindings.STORE;
  private static final String APPROVAL = io.pkgguard.core.evaluation.CoreFindings.APPROVAL;

  private final SharedState state;
  private final Policy policy;
  private final String actor;
  private final String host;
  private final Clock clock;
  private final UnaryOperator<PackageId> normalize;

  /**
   * @param state the store
   * @param policy the policy that decided the verdicts
   * @param actor who evaluates (the guard's identity)
   * @param host which machine
   * @param clock the clock
   * @param normalize a package id with its name in its ecosystem's normal form
   */
  public Settlement(
      SharedState state,
      Policy policy,
      String actor,
      String host,
      Clock clock,
      UnaryOperator<PackageId> normalize) {
    this.state = state;
    this.policy = policy;
    this.actor = actor;
    this.host = host;
    this.clock = clock;
    this.normalize = normalize;
  }

  /**
   * Applies approvals and records the evaluations.
   *
   * @param verdicts the verdicts of one evaluation call, in order
   * @return the verdicts as the host gets them, in the same order
   */
  public List<Verdict> settle(List<Verdict> verdicts) {
    List<Verdict> settled = new ArrayList<>(verdicts.size());
    for (Verdict verdict : verdicts) {
      settled.add(approve(verdict));
    }
    if (!state.enabled()) {
      return settled;
    }
    List<AuditEntry> entries = settled.stream().map(this::entry).toList();
    try {
      state.append(entries);
      return settled;
    } catch (StoreException e) {
      Finding finding = storeFailed("the evaluation cannot be recorded in the audit log", e);
      // A CRITICAL finding: the verdict is decided again as REJECT, its approvals dropped.
      return settled.stream()
          .map(v -> VerdictAmendments.adding(v, List.of(finding), policy))
          .toList();
    }
  }

  private Verdict approve(Verdict verdict) {
    if (!state.enabled()
        || !verdict.complete()
        || (verdict.decision() != io.pkgguard.api.Decision.REVIEW
            && verdict.decision() != io.pkgguard.api.Decision.SPECIAL_APPROVAL)
        || verdict.version().isEmpty()) {
      return verdict;
    }
    List<Approval> kept;
    try {
      kept = state.approvals(normalize.apply(verdict.id()), verdict.version().get());
    } catch (StoreException e) {
      return VerdictAmendments.adding(
          verdict, List.of(storeFailed("approvals cannot be checked", e)), policy);
    }
    ApprovalMatcher.Outcome outcome =
        ApprovalMatcher.match(verdict, kept, clock.instant(), policy.decisions());
    List<Finding> notes =
        outcome.notes().stream()
            .map(
                note ->
                    Finding.of(APPROVAL, RiskLevel.LOW, RiskCategory.POLICY, note)
                        .withRemediation(
                            "ask for a new approval of what was judged now (pkgguard approve)"))
            .toList();
    Verdict noted = VerdictAmendments.adding(verdict, notes, policy);
    return outcome.satisfying().isEmpty() ? noted : noted.approvedBy(outcome.satisfying());
  }

  private static Finding storeFailed(String what, StoreException e) {
    return Finding.of(
            STORE, RiskLevel.CRITICAL, RiskCategory.EVALUATION, what + ": " + e.getMessage())
        .withEvidence(Evidence.of("store", String.valueOf(e.getMessage())))
        .withRemediation(
            "nothing is allowed while the store cannot be reached; check the"
                + " policy's [store] and that the database is up");
  }

  /** The audit record of one evaluation. */
  AuditEntry entry(Verdict verdict) {
    Map<String, String> details = new TreeMap<>();
    details.put("decision", verdict.decision().name());
    details.put("effective-decision", verdict.effectiveDecision().name());
    details.put("risk", verdict.risk().name());
    details.put("complete", Boolean.toString(verdict.complete()));
    TreeSet<String> findings = new TreeSet<>();
    for (Finding f : verdict.findings()) {
      if (f.level().compareTo(RiskLevel.LOW) >= 0) {
        findings.add(f.ruleId() + ":" + f.level() + ":" + f.category());
      }
      if (f.ruleId().equals("vulnerabilities") && f.evidence().values().containsKey("advisory")) {
        boolean malicious =
            f.evidence().values().get("advisory").startsWith("MAL-")
                || f.message().startsWith("known malicious package");
        details.merge(
            malicious ? "malicious" : "vulnerable",
            f.evidence().values().get("advisory"),
            (a, b) -> a + "," + b);
      }
      if (f.evidence().values().containsKey("downloads-day-week-month")) {
        details.put("downloads", f.evidence().values().get("downloads-day-week-month"));
      }
    }
    details.put("findings", String.join(",", findings));
    details.put(
        "artifacts",
        String.join(
            ",",
            verdict.artifacts().stream()
                .map(a -> a.filename() + "=" + a.sha256().orElse(""))
                .toList()));
    if (!verdict.approvals().isEmpty()) {
      details.put(
          "approvals", String.join(",", verdict.approvals().stream().map(Approval::id).toList()));
    }
    String top =
        verdict.findings().stream()
            .filter(f -> f.level() == verdict.risk())
            .map(Finding::message)
            .findFirst()
            .orElse("");
    String summary =
        verdict.decision()
            + (verdict.effectiveDecision() != verdict.decision() ? " (approved)" : "")
            + (top.isEmpty()
                ? ""
                : ": " + (top.length() > 200 ? top.substring(0, 200) + "…" : top));
    return new AuditEntry(
        clock.instant(),
        actor,
        host,
        AuditRecord.Kind.EVALUATION,
        subject(verdict.id(), verdict.version().orElse("")),
        summary,
        verdict.policyFingerprint(),
        details);
  }

  /**
   * {@return how an audit record names a package}
   *
   * @param id the package
   * @param version its version; possibly empty
   */
  public static String subject(PackageId id, String version) {
    return id.ecosystem() + ":" + id.name() + (version.isEmpty() ? "" : " " + version);
  }
}
