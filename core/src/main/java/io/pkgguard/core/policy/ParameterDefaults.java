package io.pkgguard.core.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.RuleParameterException;
import io.pkgguard.api.RuleParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The defaults rules declare on their parameters ({@code @ParameterDefinition(defaultValue =
 * ...)}, TOML): read and type-checked, and filled into a policy that leaves a key out, so a rule
 * gets its declared default whatever policy the host loaded. The built-in policy file's rule
 * tables are generated from the same declarations ({@code RuleDocumentation.policyTables}).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ParameterDefaults {

  private static final TomlMapper TOML = new TomlMapper();

  private ParameterDefaults() {}

  /**
   * A parameter's declared default as the policy holds values: a {@code Long}, {@code Boolean},
   * {@code String} or list of strings.
   *
   * @param rule the rule that declares it
   * @param parameter the parameter
   * @return the value; empty if it declares none
   * @throws ConfigurationException if the default is not TOML or not of the parameter's type
   */
  public static Optional<Object> of(RuleDescriptor rule, RuleDescriptor.Parameter parameter) {
    if (parameter.defaultValue().isEmpty()) {
      return Optional.empty();
    }
    String where =
        "rule "
            + rule.id()
            + ", parameter "
            + parameter.name()
            + ": the default "
            + parameter.defaultValue().get();
    JsonNode node;
    try {
      node = TOML.readTree("v = " + parameter.defaultValue().get()).get("v");
    } catch (JacksonException e) {
      throw new ConfigurationException(
          where
              + " is not a TOML value (write it as in a policy"
              + " file: 7, \"medium\", [\"a\", \"b\"]): "
              + e.getOriginalMessage(),
          e);
    }
    if (node == null || node.isObject() || (node.isArray() && !allText(node))) {
      throw new ConfigurationException(
          where + " must be a number, a flag, a string or a list" + " of strings");
    }
    Object value = PolicyAssembler.plain(node);
    if (parameter.type() == io.pkgguard.api.ParameterDefinition.Type.FILES) {
      if (!node.isArray()) {
        throw new ConfigurationException(where + " must be a list of paths");
      }
      return Optional.of(value);
    }
    try {
      parameter
          .type()
          .check(RuleParameters.of(rule.id(), Map.of(parameter.name(), value)), parameter.name());
    } catch (RuleParameterException e) {
      throw new ConfigurationException(
          where
              + " is not a "
              + parameter.type().name().toLowerCase(java.util.Locale.ROOT)
              + ": "
              + e.getMessage(),
          e);
    }
    return Optional.of(value);
  }

  /**
   * The policy with every installed rule's declared defaults for the keys it leaves out.
   *
   * @param policy the policy
   * @param rules the installed rules
   * @return the policy, unchanged (and with the same fingerprint) if it sets every key
   */
  public static Policy fillIn(Policy policy, List<RuleDescriptor> rules) {
    Policy filled = policy;
    for (RuleDescriptor rule : rules) {
      RuleSettings settings = filled.rule(rule.id());
      Map<String, Object> values = new TreeMap<>(settings.values());
      List<String> added = new ArrayList<>();
      for (RuleDescriptor.Parameter parameter : rule.parameters()) {
        Optional<Object> value = of(rule, parameter);
        if (value.isPresent() && !values.containsKey(parameter.name())) {
          values.put(parameter.name(), value.get());
          added.add(parameter.name());
        }
      }
      if (!added.isEmpty()) {
        filled = filled.withRule(rule.id(), new RuleSettings(settings.enabled(), values));
      }
    }
    return filled;
  }

  private static boolean allText(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isValueNode()) {
        return false;
      }
    }
    return true;
  }
}
