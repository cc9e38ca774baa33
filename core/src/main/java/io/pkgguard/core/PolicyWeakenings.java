package io.pkgguard.core;

import io.pkgguard.api.Decision;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.Relaxation;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.core.evaluation.RegisteredRule;
import io.pkgguard.core.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a policy weakens compared with the built-in one, beyond disabled rules: levels mapped to
 * more permissive decisions, and rules' level parameters set lower. Lowering is allowed — a site
 * may accept what the guidelines would review — but never silent: each weakening is listed in
 * every verdict and by {@code pkgguard policy check}.
 */
final class PolicyWeakenings {

  private PolicyWeakenings() {}

  /** The weakenings of {@code policy}, decisions first, then rule levels by rule id. */
  static List<Relaxation> of(Policy policy, List<RegisteredRule> rules) {
    List<Relaxation> found = new ArrayList<>();
    Policy builtIn = Policy.defaults();
    for (RiskLevel level : RiskLevel.values()) {
      Decision configured = policy.decisions().decide(level);
      Decision guidelines = builtIn.decisions().decide(level);
      if (!configured.isAtLeast(guidelines)) {
        found.add(
            new Relaxation(
                Relaxation.Kind.DECISION_LOWERED,
                "decisions." + name(level),
                name(level).toUpperCase(Locale.ROOT)
                    + " findings lead to "
                    + name(configured)
                    + " instead of "
                    + name(guidelines)
                    + " ("
                    + policy.origin()
                    + ")"));
      }
    }
    for (RegisteredRule rule : rules) {
      if (!policy.rule(rule.id()).enabled()) {
        continue;
      }
      for (RuleDescriptor.Parameter parameter : rule.descriptor().parameters()) {
        if (parameter.type() != ParameterDefinition.Type.LEVEL) {
          continue;
        }
        Object configured = policy.rule(rule.id()).values().get(parameter.name());
        Object guidelines = builtIn.rule(rule.id()).values().get(parameter.name());
        if (configured == null || guidelines == null) {
          continue;
        }
        RiskLevel set = level(configured);
        RiskLevel built = level(guidelines);
        if (set != null && built != null && set.compareTo(built) < 0) {
          found.add(
              new Relaxation(
                  Relaxation.Kind.LEVEL_LOWERED,
                  "rules." + rule.id() + "." + parameter.name(),
                  name(set) + " instead of " + name(built) + " (" + policy.origin() + ")"));
        }
      }
    }
    return found;
  }

  private static RiskLevel level(Object value) {
    try {
      return RiskLevel.valueOf(value.toString().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
