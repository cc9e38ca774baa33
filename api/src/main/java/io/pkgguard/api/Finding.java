package io.pkgguard.api;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One concern a rule (or the core) found about a package.
 *
 * @param ruleId the id of the rule that found it, such as {@code package-age}; the core uses
 *     reserved ids for its own findings ({@code evaluation}, {@code policy})
 * @param level how severe it is
 * @param category what kind of concern it is
 * @param message one line, for people; plain text, no markup
 * @param evidence the facts behind it
 * @param remediation what the user can do about it, possibly empty
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Finding(
    String ruleId,
    RiskLevel level,
    RiskCategory category,
    String message,
    Evidence evidence,
    String remediation) {

  /**
   * Creates the value, checking its components.
   *
   * @param ruleId the id of the rule that found it, such as {@code package-age}; the core uses
   *     reserved ids for its own findings ({@code evaluation}, {@code policy})
   * @param level how severe it is
   * @param category what kind of concern it is
   * @param message one line, for people; plain text, no markup
   * @param evidence the facts behind it
   * @param remediation what the user can do about it, possibly empty
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(remediation, "remediation");
  }

  /**
   * {@return a finding without evidence or remediation; add them with the withers}
   *
   * @param ruleId a rule id
   * @param message one line, for people
   * @param category what kind of concern it is
   * @param level how severe it is
   */
  public static Finding of(String ruleId, RiskLevel level, RiskCategory category, String message) {
    return new Finding(ruleId, level, category, message, Evidence.none(), "");
  }

  /**
   * {@return this finding with the given evidence}
   *
   * @param newEvidence the evidence
   */
  public Finding withEvidence(Evidence newEvidence) {
    return new Finding(ruleId, level, category, message, newEvidence, remediation);
  }

  /**
   * {@return this finding with evidence built from alternating keys and values}
   *
   * @param keysAndValues keys and values, alternately
   */
  public Finding withEvidence(String... keysAndValues) {
    return withEvidence(Evidence.of(keysAndValues));
  }

  /**
   * {@return this finding with a remediation hint}
   *
   * @param hint what the user can do about it
   */
  public Finding withRemediation(String hint) {
    return new Finding(ruleId, level, category, message, evidence, hint);
  }

  /**
   * {@return this finding at another level (policies may raise or lower a rule's levels)}
   *
   * @param newLevel the level
   */
  public Finding withLevel(RiskLevel newLevel) {
    return new Finding(ruleId, newLevel, category, message, evidence, remediation);
  }
}
