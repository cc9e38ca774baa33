package io.pkgguard.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.core.policy.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How findings become a decision, in the one place it happens. */
class DecisionsTest {

  static Finding at(RiskLevel level) {
    return Finding.of("rule", level, RiskCategory.METADATA, "a finding");
  }

  static Decisions.Decided decide(List<Finding> findings, boolean complete, Decision... floors) {
    return Decisions.decide(Policy.defaults().decisions(), findings, complete, List.of(floors));
  }

  @Test
  void theRiskIsTheHighestLevelAndThePolicyMapsIt() {
    assertThat(decide(List.of(), true))
        .isEqualTo(new Decisions.Decided(RiskLevel.NONE, Decision.ALLOW));
    assertThat(decide(List.of(at(RiskLevel.LOW), at(RiskLevel.MEDIUM)), true))
        .isEqualTo(new Decisions.Decided(RiskLevel.MEDIUM, Decision.REVIEW));
    assertThat(decide(List.of(at(RiskLevel.CRITICAL), at(RiskLevel.LOW)), true).decision())
        .isEqualTo(Decision.REJECT);
  }

  @Test
  void neverMorePermissiveThanAFloor() {
    assertThat(decide(List.of(), true, Decision.SPECIAL_APPROVAL, Decision.REVIEW).decision())
        .isEqualTo(Decision.SPECIAL_APPROVAL);
    assertThat(decide(List.of(at(RiskLevel.HIGH)), true, Decision.ALLOW).decision())
        .isEqualTo(Decision.SPECIAL_APPROVAL);
  }

  @Test
  void anIncompleteEvaluationIsRejectedWhateverItFound() {
    assertThat(decide(List.of(), false))
        .isEqualTo(new Decisions.Decided(RiskLevel.NONE, Decision.REJECT));
  }
}
