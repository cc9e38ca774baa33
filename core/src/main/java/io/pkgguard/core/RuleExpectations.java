package io.pkgguard.core;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Relaxation;
import io.pkgguard.core.evaluation.EvaluationTerms;
import io.pkgguard.core.evaluation.PluginArtifacts;
import io.pkgguard.core.evaluation.RegisteredRule;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.PolicyLoader;
import io.pkgguard.core.policy.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes a guard know which rules it is supposed to run. The policy expects every rule it has a
 * table for ({@code [rules.<id>]}), and the built-in policy has one for every built-in rule, so a
 * guard whose rules jar is missing — or whose services file a shaded jar overwrote — does not
 * build, and the error names the artifact to add. A host that wants to run without a rule says so:
 * the policy disables it ({@code enabled = false}) or the host removes it ({@link
 * Guard.Builder#removeRule}, {@link Guard.Builder#withoutBuiltInRules}); every verdict then lists
 * it under {@link io.pkgguard.api.Verdict#relaxations()}, and the policy fingerprint changes with
 * a removal, so nothing decided with the rule is taken for a decision without it. A guard with no
 * rule to run never builds.
 */
final class RuleExpectations {

  private RuleExpectations() {}

  /**
   * Checks the installed rules against what the policy expects.
   *
   * @param policy the policy as configured
   * @param installed the rules the guard will hold, after the host's removals
   * @param removed the ids the host removed
   * @return the effective policy (rules the host removed switched off) and its relaxations
   * @throws ConfigurationException if the policy expects a rule that is not installed and was not
   *     removed, or if no rule would run
   */
  static EvaluationTerms check(Policy policy, List<RegisteredRule> installed, Set<String> removed) {
    Set<String> present = new TreeSet<>();
    installed.forEach(r -> present.add(r.id()));
    Map<String, List<String>> missingByArtifact = new TreeMap<>();
    List<String> unknown = new ArrayList<>();
    Map<String, Relaxation> relaxations = new TreeMap<>();
    Policy effective = policy;
    for (Map.Entry<String, RuleSettings> entry : new TreeMap<>(policy.rules()).entrySet()) {
      String id = entry.getKey();
      RuleSettings settings = entry.getValue();
      if (!settings.enabled()) {
        relaxations.put(
            id, Relaxation.ruleDisabled(id, "disabled by the policy (" + policy.origin() + ")"));
        continue;
      }
      if (removed.contains(id) && !present.contains(id)) {
        // Removed and not replaced by a rule of the host's with the same id.
        relaxations.put(id, Relaxation.ruleRemoved(id, "removed by the host"));
        effective = effective.withRule(id, new RuleSettings(false, settings.values()));
        continue;
      }
      if (!present.contains(id)) {
        PluginArtifacts.ofRule(id)
            .ifPresentOrElse(
                artifact ->
                    missingByArtifact.computeIfAbsent(artifact, a -> new ArrayList<>()).add(id),
                () -> unknown.add(id));
      }
    }
    if (!unknown.isEmpty()) {
      String id = unknown.get(0);
      throw new ConfigurationException(
          PolicyLoader.location(policy, List.of("rules", id))
              + ": [rules."
              + id
              + "] names no installed rule; installed: "
              + (present.isEmpty() ? "none" : String.join(", ", present))
              + ". "
              + PluginArtifacts.advice(java.util.Optional.empty(), "the rule '" + id + "'")
              + ", correct the id, or disable the table (enabled = false)");
    }
    if (!missingByArtifact.isEmpty()) {
      throw new ConfigurationException(missingRules(missingByArtifact, present));
    }
    for (RegisteredRule rule : installed) {
      if (!policy.rule(rule.id()).enabled()) {
        relaxations.putIfAbsent(
            rule.id(),
            Relaxation.ruleDisabled(rule.id(), "disabled by the policy (" + policy.origin() + ")"));
      }
    }
    boolean anyRuns = installed.stream().anyMatch(r -> policy.rule(r.id()).enabled());
    if (!anyRuns) {
      throw new ConfigurationException(
          "a guard with no rules to run would allow every package:"
              + " "
              + (installed.isEmpty()
                  ? "no rule is installed"
                  : "the policy disables every"
                      + " installed rule ("
                      + String.join(", ", present)
                      + ")")
              + "; "
              + PluginArtifacts.advice(java.util.Optional.of(PluginArtifacts.RULES), "rules")
              + ", or add rules of your own with Guard.Builder.addRule");
    }
    return new EvaluationTerms(effective, List.copyOf(relaxations.values()));
  }

  private static String missingRules(
      Map<String, List<String>> missingByArtifact, Set<String> present) {
    StringBuilder message = new StringBuilder("the policy expects rules that are not installed");
    missingByArtifact.forEach(
        (artifact, ids) ->
            message
                .append(": ")
                .append(String.join(", ", ids))
                .append(" (from ")
                .append(artifact)
                .append(')'));
    message
        .append("; ")
        .append(
            PluginArtifacts.advice(
                java.util.Optional.of(missingByArtifact.keySet().iterator().next()), "them"));
    if (!present.isEmpty()) {
      // Some rules were found: the usual cause is a shaded jar whose services file kept only
      // another jar's list.
      message
          .append(". Found only: ")
          .append(String.join(", ", present))
          .append(
              "; if pkgguard"
                  + " runs from a shaded (uber) jar, merge the META-INF/services files (maven-shade-plugin's"
                  + " ServicesResourceTransformer)");
    }
    message.append(
        ". To run without a rule on purpose, disable it in the policy ([rules.<id>]"
            + " enabled = false) or remove it (Guard.Builder.removeRule, withoutBuiltInRules); verdicts"
            + " then list it under relaxations");
    return message.toString();
  }
}
