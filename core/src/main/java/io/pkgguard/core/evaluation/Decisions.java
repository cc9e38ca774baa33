package io.pkgguard.core.evaluation;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.core.policy.DecisionMapping;
import java.util.Collection;
import java.util.List;

/**
 * The one place a verdict's decision is made from its findings: the risk is the highest finding
 * level; the decision is the policy's mapping of that risk, never more permissive than any floor
 * (a dependency's decision, an earlier decision of the same package), and REJECT whenever the
 * evaluation is incomplete — deny by default.
 */
final class Decisions {

  /** A risk and the decision it leads to. */
  record Decided(RiskLevel risk, Decision decision) {}

  private Decisions() {}

  /**
   * Decides.
   *
   * @param mapping the policy's mapping from risk to decision
   * @param findings every finding of the verdict
   * @param complete whether every step and every enabled rule ran to completion
   * @param floors decisions the result may not be more permissive than
   * @return the risk and the decision
   */
  static Decided decide(
      DecisionMapping mapping,
      Collection<Finding> findings,
      boolean complete,
      List<Decision> floors) {
    RiskLevel risk = findings.stream().map(Finding::level).reduce(RiskLevel.NONE, RiskLevel::max);
    if (!complete) {
      return new Decided(risk, Decision.REJECT);
    }
    Decision decision = mapping.decide(risk);
    for (Decision floor : floors) {
      decision = decision.strictest(floor);
    }
    return new Decided(risk, decision);
  }
}
