package io.pkgguard.core.policy;

import io.pkgguard.api.Decision;
import io.pkgguard.api.RiskLevel;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Maps the highest finding level to a decision. Always total and monotonic: a more severe level
 * never maps to a more permissive decision; CRITICAL always maps to REJECT.
 *
 * @param byLevel a decision for every level
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DecisionMapping(Map<RiskLevel, Decision> byLevel) {

  public DecisionMapping {
    Objects.requireNonNull(byLevel, "byLevel");
    var copy = new EnumMap<RiskLevel, Decision>(RiskLevel.class);
    copy.putAll(byLevel);
    Decision previous = Decision.ALLOW;
    for (RiskLevel level : RiskLevel.values()) {
      Decision decision = copy.get(level);
      if (decision == null) {
        throw new IllegalArgumentException("no decision for level " + level);
      }
      if (!decision.isAtLeast(previous)) {
        throw new IllegalArgumentException(
            "level "
                + level
                + " maps to "
                + decision
                + ", more permissive than "
                + previous
                + " of a lower level; a more severe level must never be treated more leniently");
      }
      previous = decision;
    }
    if (copy.get(RiskLevel.CRITICAL) != Decision.REJECT) {
      throw new IllegalArgumentException(
          "CRITICAL must map to REJECT: critical findings are" + " always rejected");
    }
    byLevel = java.util.Collections.unmodifiableMap(copy);
  }

  /** The guidelines' mapping: LOW or NONE allow, MEDIUM review, HIGH special approval, CRITICAL reject. */
  public static DecisionMapping guidelines() {
    return new DecisionMapping(
        Map.of(
            RiskLevel.NONE, Decision.ALLOW,
            RiskLevel.LOW, Decision.ALLOW,
            RiskLevel.MEDIUM, Decision.REVIEW,
            RiskLevel.HIGH, Decision.SPECIAL_APPROVAL,
            RiskLevel.CRITICAL, Decision.REJECT));
  }

  /** The decision for a level. */
  public Decision decide(RiskLevel level) {
    return byLevel.get(level);
  }
}
