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

  /**
   * {@return a boolean parameter}
   *
   * @param key the name of the setting
   * @param defaultValue the value when it is not set
   */
  boolean flag(String key, boolean defaultValue);

  /**
   * {@return a whole-number parameter}
   *
   * @param key the name of the setting
   * @param defaultValue the value when it is not set
   */
  long number(String key, long defaultValue);

  /**
   * {@return a text parameter}
   *
   * @param key the name of the setting
   * @param defaultValue the value when it is not set
   */
  String text(String key, String defaultValue);

  /**
   * {@return a list-of-text parameter; unmodifiable}
   *
   * @param key the name of the setting
   * @param defaultValue the value when it is not set
   */
  List<String> texts(String key, List<String> defaultValue);

  /**
   * A files parameter ({@link ParameterDefinition.Type#FILES}): the files the policy names, as
   * the core read them; empty if unset. Configured as a list of paths; the core replaces the
   * paths by the files, so a rule never touches the file system.
   *
   * @param key the name of the setting
   * @return the files the policy names, with their content; possibly empty
   */
  List<TextFile> files(String key);

  /**
   * {@return a risk-level parameter, written as the level's name in any case ({@code "high"})}
   *
   * @param defaultValue the value when it is not set
   * @param key the name of the setting
   */
  RiskLevel level(String key, RiskLevel defaultValue);

  /** {@return the keys that are set, for validation and documentation} */
  Set<String> keys();

  /** {@return no parameters: every accessor returns its default} */
  static RuleParameters empty() {
    return MapRuleParameters.EMPTY;
  }

  /**
   * Parameters from plain values: {@link Boolean}, {@link Number}, {@link String}, or a {@link
   * List} of strings or of {@link TextFile}s.
   *
   * @param ruleId the rule they belong to, named in error messages
   * @param values key to value
   * @return the parameters
   */
  static RuleParameters of(String ruleId, Map<String, ?> values) {
    return new MapRuleParameters(ruleId, values);
  }
}
