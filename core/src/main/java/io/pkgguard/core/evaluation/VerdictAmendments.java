package io.pkgguard.core.evaluation;

import io.pkgguard.api.Finding;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.policy.Policy;
import java.util.List;

/**
 * Findings added to a finished verdict (by what comes after the rules: approvals, the audit log):
 * the decision is decided again, never more permissively than before.
 */
public final class VerdictAmendments {

  private VerdictAmendments() {}

  /**
   * {@return {@code verdict} with {@code more} findings, decided again under {@code policy}}
   *
   * @param verdict a finished verdict
   * @param more the findings to add
   * @param policy the policy that decided it
   */
  public static Verdict adding(Verdict verdict, List<Finding> more, Policy policy) {
    if (more.isEmpty()) {
      return verdict;
    }
    return VerdictAssembler.extend(
        verdict, more, verdict.dependencies(), verdict.decision(), verdict.complete(), policy);
  }
}
