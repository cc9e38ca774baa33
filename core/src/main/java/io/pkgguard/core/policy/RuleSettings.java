package io.pkgguard.core.policy;

import io.pkgguard.api.RuleParameters;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One rule's table in the policy ({@code [rules.<id>]}).
 *
 * @param enabled whether the rule runs
 * @param values the rule's parameters as plain values (boolean, long, string, list of strings)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleSettings(boolean enabled, Map<String, Object> values) {

  private static final RuleSettings DEFAULT = new RuleSettings(true, Map.of());

  public RuleSettings {
    values =
        java.util.Collections.unmodifiableMap(
            new java.util.TreeMap<>(Objects.requireNonNull(values, "values")));
  }

  /** Enabled, with no parameters set. */
  public static RuleSettings defaults() {
    return DEFAULT;
  }

  /** The parameters as the rule sees them. */
  public RuleParameters parameters(String ruleId) {
    return RuleParameters.of(ruleId, values);
  }
}
