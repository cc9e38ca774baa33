package io.pkgguard.api;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something a guard checks less strictly than pkgguard's built-in policy (the security guidelines):
 * a rule the policy disables or the host removed, a level mapped to a more permissive decision, a
 * rule's level parameter set below the built-in one, an entry added to a list that exempts from a
 * check, an entry left out of a list of what a rule looks for, a threshold moved to check less.
 * Every verdict lists the relaxations in force, so a verdict can always be told apart from one
 * reached with every check; a host may show them, and approvals are never carried from a stricter
 * configuration to a relaxed one (the policy fingerprint differs).
 *
 * @param kind what was relaxed
 * @param subject what it applies to (a rule id)
 * @param reason who relaxed it and where: the policy file, or the host
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Relaxation(Kind kind, String subject, String reason) {

  /** The kinds of relaxation. */
  public enum Kind {
    /** The policy disables a rule ({@code [rules.<id>] enabled = false}). */
    RULE_DISABLED,
    /** The host removed a rule the policy expects ({@code Guard.Builder.removeRule}). */
    RULE_REMOVED,
    /** The policy maps a finding level to a more permissive decision than the built-in one. */
    DECISION_LOWERED,
    /** The policy sets a rule's level parameter below the built-in policy's value. */
    LEVEL_LOWERED,
    /**
     * The policy adds entries to a list that exempts from a rule's checks ({@link
     * ParameterDefinition.ListRole#EXEMPTS}): patterns switched off, files not read, advisories
     * ignored, names allowed.
     */
    EXEMPTION_ADDED,
    /**
     * The policy leaves out entries of the rule's default in a list of what the rule looks for
     * ({@link ParameterDefinition.ListRole#CHECKS}): words that reject a name, licences denied.
     */
    CHECK_REMOVED,
    /**
     * The policy moves a rule's number past its default in the direction that checks less ({@link
     * ParameterDefinition.NumberRole}): fewer names protected, younger projects passed.
     */
    LIMIT_RELAXED
  }

  /**
   * Creates the value, checking its components.
   *
   * @param kind what was relaxed
   * @param subject what it applies to (a rule id)
   * @param reason who relaxed it and where: the policy file, or the host
   */
  public Relaxation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * {@return a rule that does not run, and why}
   *
   * @param ruleId a rule id
   * @param reason why
   */
  public static Relaxation ruleDisabled(String ruleId, String reason) {
    return new Relaxation(Kind.RULE_DISABLED, ruleId, reason);
  }

  /**
   * {@return a rule the policy expects that the host removed}
   *
   * @param ruleId a rule id
   * @param reason why
   */
  public static Relaxation ruleRemoved(String ruleId, String reason) {
    return new Relaxation(Kind.RULE_REMOVED, ruleId, reason);
  }
}
