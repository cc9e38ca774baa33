package io.pkgguard.core;

import io.pkgguard.api.Decision;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.Relaxation;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.core.evaluation.RegisteredRule;
import io.pkgguard.core.policy.ParameterDefaults;
import io.pkgguard.core.policy.Policy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a policy weakens compared with the built-in one, beyond disabled rules: levels mapped to
 * more permissive decisions, rules' level parameters set lower, entries added to a list that
 * exempts from a check, default entries left out of a list of what a rule looks for, and numbers
 * moved past their default in the direction that checks less. Lowering is allowed — a site may
 * accept what the guidelines would review — but never silent: each weakening is listed in every
 * verdict and by {@code pkgguard policy check}.
 */
final class PolicyWeakenings {

  private PolicyWeakenings() {}

  /** How many entries a relaxation's reason names before it counts the rest. */
  private static final int ENTRIES_NAMED = 5;

  /**
   * The weakenings of {@code policy}: decisions first, then each rule's parameters in the order
   * the rule declares them.
   */
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
        Object configured = policy.rule(rule.id()).values().get(parameter.name());
        if (configured == null) {
          continue;
        }
        String subject = "rules." + rule.id() + "." + parameter.name();
        if (parameter.type() == ParameterDefinition.Type.LEVEL) {
          levelLowered(configured, builtIn.rule(rule.id()).values().get(parameter.name()))
              .ifPresent(
                  reason ->
                      found.add(
                          new Relaxation(
                              Relaxation.Kind.LEVEL_LOWERED,
                              subject,
                              reason + " (" + policy.origin() + ")")));
        }
        switch (parameter.listRole()) {
          case EXEMPTS -> {
            List<String> added =
                missingFrom(entries(Optional.of(configured)), defaults(rule, parameter));
            if (!added.isEmpty()) {
              found.add(
                  new Relaxation(
                      Relaxation.Kind.EXEMPTION_ADDED,
                      subject,
                      "adds " + named(added) + " (" + policy.origin() + ")"));
            }
          }
          case CHECKS -> {
            List<String> removed =
                missingFrom(defaults(rule, parameter), entries(Optional.of(configured)));
            if (!removed.isEmpty()) {
              found.add(
                  new Relaxation(
                      Relaxation.Kind.CHECK_REMOVED,
                      subject,
                      "leaves out "
                          + named(removed)
                          + " of the rule's default ("
                          + policy.origin()
                          + ")"));
            }
          }
          case NEUTRAL -> {}
          default -> throw new IllegalStateException("unhandled list role " + parameter.listRole());
        }
        limitRelaxed(configured, rule, parameter)
            .ifPresent(
                reason ->
                    found.add(
                        new Relaxation(
                            Relaxation.Kind.LIMIT_RELAXED,
                            subject,
                            reason + " (" + policy.origin() + ")")));
      }
    }
    return found;
  }

  private static Optional<String> levelLowered(Object configured, Object guidelines) {
    if (guidelines == null) {
      return Optional.empty();
    }
    RiskLevel set = level(configured);
    RiskLevel built = level(guidelines);
    if (set == null || built == null || set.compareTo(built) >= 0) {
      return Optional.empty();
    }
    return Optional.of(name(set) + " instead of " + name(built));
  }

  /**
   * {@return "7 instead of 30" if {@code configured} moves past the rule's declared default the way
   * the parameter says checks less; empty for a parameter with no number role}
   */
  private static Optional<String> limitRelaxed(
      Object configured, RegisteredRule rule, RuleDescriptor.Parameter parameter) {
    if (parameter.numberRole() == ParameterDefinition.NumberRole.NEUTRAL) {
      return Optional.empty();
    }
    Optional<Long> set = number(Optional.of(configured));
    Optional<Long> declared = number(ParameterDefaults.of(rule.descriptor(), parameter));
    if (set.isEmpty() || declared.isEmpty()) {
      return Optional.empty();
    }
    long value = set.get();
    long builtIn = declared.get();
    boolean weaker =
        switch (parameter.numberRole()) {
          case LOWER_WEAKENS -> value < builtIn;
          case HIGHER_WEAKENS -> value > builtIn;
          default ->
              throw new IllegalStateException("unhandled number role " + parameter.numberRole());
        };
    return weaker ? Optional.of(value + " instead of " + builtIn) : Optional.empty();
  }

  private static Optional<Long> number(Optional<Object> value) {
    return value.filter(Number.class::isInstance).map(v -> ((Number) v).longValue());
  }

  /** The entries of the rule's declared default for a list parameter. */
  private static List<String> defaults(RegisteredRule rule, RuleDescriptor.Parameter parameter) {
    return entries(ParameterDefaults.of(rule.descriptor(), parameter));
  }

  /**
   * A list value's entries exactly as written; nothing for a value that is no list. Not stripped
   * or lower-cased: a rule may read {@code "malware "} or {@code "Malware"} as another word than
   * {@code "malware"}, so only an identical entry keeps a default one.
   */
  private static List<String> entries(Optional<Object> value) {
    if (value.isEmpty() || !(value.get() instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(String::valueOf).toList();
  }

  /** The entries of {@code these} that {@code those} lacks, each once, in their order. */
  private static List<String> missingFrom(List<String> these, List<String> those) {
    Set<String> known = new HashSet<>(those);
    return new LinkedHashSet<>(these).stream().filter(e -> !known.contains(e)).toList();
  }

  private static String named(List<String> entries) {
    String shown =
        entries.stream()
            .limit(ENTRIES_NAMED)
            .map(e -> '"' + e + '"')
            .collect(Collectors.joining(", "));
    return entries.size() <= ENTRIES_NAMED
        ? shown
        : shown + " and " + (entries.size() - ENTRIES_NAMED) + " more";
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
