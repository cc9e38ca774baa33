package io.pkgguard.core.administration;

import io.pkgguard.api.Approval;
import io.pkgguard.api.Artifact;
import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.policy.DecisionMapping;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether an approval satisfies a verdict: the same version, the same files (every SHA-256), the
 * same policy, a decision it covers (an administrator's special approval covers a review too),
 * every finding that needs approval among those it approved, not revoked, not expired. Anything
 * else does not carry over — and the reason is said.
 */
final class ApprovalMatcher {

  private ApprovalMatcher() {}

  /**
   * What the kept approvals of a verdict's package version do for it.
   *
   * @param satisfying the approvals that satisfy it
   * @param notes why each of the others does not
   */
  record Outcome(List<Approval> satisfying, List<String> notes) {}

  static Outcome match(
      Verdict verdict, List<Approval> approvals, Instant now, DecisionMapping mapping) {
    List<Approval> satisfying = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Approval approval : approvals) {
      Optional<String> why = whyNot(approval, verdict, now, mapping);
      if (why.isEmpty()) {
        satisfying.add(approval);
      } else {
        notes.add(
            "the approval "
                + approval.id().substring(0, Math.min(8, approval.id().length()))
                + " by "
                + approval.approvedBy()
                + " does not apply: "
                + why.get());
      }
    }
    return new Outcome(satisfying, notes);
  }

  /** The findings whose level leads to anything but ALLOW: what an approval must cover. */
  static List<Finding> needingApproval(Verdict verdict, DecisionMapping mapping) {
    return verdict.findings().stream()
        .filter(f -> mapping.decide(f.level()) != Decision.ALLOW)
        .toList();
  }

  /** The digests of the files a verdict judged; empty if any of them has none. */
  static Optional<List<String>> digests(Verdict verdict) {
    List<String> digests = new ArrayList<>();
    for (Artifact artifact : verdict.artifacts()) {
      if (artifact.sha256().isEmpty()) {
        return Optional.empty();
      }
      digests.add(artifact.sha256().get());
    }
    return digests.isEmpty() ? Optional.empty() : Optional.of(digests.stream().sorted().toList());
  }

  private static Optional<String> whyNot(
      Approval approval, Verdict verdict, Instant now, DecisionMapping mapping) {
    if (approval.revocation().isPresent()) {
      Approval.Revocation r = approval.revocation().get();
      return Optional.of("revoked by " + r.by() + " on " + r.at() + " (" + r.reason() + ")");
    }
    if (approval.expiresAt().isPresent() && !now.isBefore(approval.expiresAt().get())) {
      return Optional.of("it expired on " + approval.expiresAt().get());
    }
    if (verdict.version().isEmpty() || !verdict.version().get().equals(approval.version())) {
      return Optional.of("it was given for version " + approval.version());
    }
    if (!approval.policyFingerprint().equals(verdict.policyFingerprint())) {
      return Optional.of(
          "it was given under another policy ("
              + approval.policyFingerprint()
              + "; now "
              + verdict.policyFingerprint()
              + ")");
    }
    Optional<List<String>> digests = digests(verdict);
    if (digests.isEmpty() || !digests.get().equals(approval.artifacts())) {
      return Optional.of(
          "it was given for other files ("
              + String.join(
                  ", ",
                  approval.artifacts().stream()
                      .map(d -> d.substring(0, Math.min(12, d.length())))
                      .toList())
              + "), not the files judged now");
    }
    if (verdict.decision() == Decision.SPECIAL_APPROVAL
        && approval.decision() != Decision.SPECIAL_APPROVAL) {
      return Optional.of(
          "it approved a review; this verdict needs an administrator's special" + " approval");
    }
    java.util.Map<String, io.pkgguard.api.RiskLevel> approved = new java.util.HashMap<>();
    approval
        .findings()
        .forEach(f -> approved.merge(f.key(), f.level(), io.pkgguard.api.RiskLevel::max));
    for (Finding finding : needingApproval(verdict, mapping)) {
      io.pkgguard.api.RiskLevel level = approved.get(finding.key());
      if (level == null || finding.level().compareTo(level) > 0) {
        return Optional.of(
            "it does not cover a finding reported since: "
                + finding.ruleId()
                + " "
                + finding.level()
                + " "
                + finding.message());
      }
    }
    return Optional.empty();
  }
}
