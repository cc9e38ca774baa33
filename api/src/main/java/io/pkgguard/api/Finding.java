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

  /**
   * Relative times in messages ("first release 3 days ago"): left out of a finding's key, so that
   * the same finding reported tomorrow keeps its key.
   */
  private static final java.util.regex.Pattern RELATIVE_TIME =
      java.util.regex.Pattern.compile(
          "(less than (an|a|one) |about |over )?\\b\\d+ (second|minute|hour|day|week|month|year)s?"
              + "( ago)?|less than an? (second|minute|hour|day|week|month|year)( ago)?");

  /**
   * {@return a stable key for this finding: its rule, category and message, with relative times
   * ("3 days ago") left out, digested} The same finding reported again (the same advisory, the
   * same file, the same look-alike) has the same key; any other finding has another. Approvals
   * record the keys of the findings they cover.
   */
  public String key() {
    String stable = RELATIVE_TIME.matcher(message).replaceAll("#time");
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  (ruleId + "\n" + category + "\n" + stable)
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return ruleId + ":" + java.util.HexFormat.of().formatHex(digest, 0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
