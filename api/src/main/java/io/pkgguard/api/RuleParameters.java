package io.pkgguard.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A read-only view of one rule's parameters from the policy ({@code [rules.<id>]}). Every
 * accessor takes the default the rule uses when the policy says nothing, so a rule documents its
 * defaults where it reads them. A configured value of the wrong type throws {@link
 * RuleParameterException} (which the core reports); it is never silently replaced by the default.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface RuleParameters {

  /** A boolean parameter. */
  boolean flag(String key, boolean defaultValue);

  /** A whole-number parameter. */
  long number(String key, long defaultValue);

  /** A text parameter. */
  String text(String key, String defaultValue);

  /** A list-of-text parameter; unmodifiable. */
  List<String> texts(String key, List<String> defaultValue);

  /**
   * A files parameter ({@link ParameterDefinition.Type#FILES}): the files the policy names, as
   * the core read them; empty if unset. Configured as a list of paths; the core replaces the
   * paths by the files, so a rule never touches the file system.
   */
  List<TextFile> files(String key);

  /** A risk-level parameter, written as the level's name in any case ({@code "high"}). */
  RiskLevel level(String key, RiskLevel defaultValue);

  /** The keys that are set, for validation and documentation. */
  Set<String> keys();

  /** No parameters: every accessor returns its default. */
  static RuleParameters empty() {
    return MapRuleParameters.EMPTY;
  }

  /**
   * Parameters from plain values: {@link Boolean}, {@link Number}, {@link String}, or a {@link
   * List} of strings or of {@link TextFile}s.
   *
   * @param ruleId the rule they belong to, named in error messages
   * @param values key to value
   */
  static RuleParameters of(String ruleId, Map<String, ?> values) {
    return new MapRuleParameters(ruleId, values);
  }
}
