package io.pkgguard.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@link RuleParameters} over a map of plain values. */
final class MapRuleParameters implements RuleParameters {

  static final MapRuleParameters EMPTY = new MapRuleParameters("", Map.of());

  private final String ruleId;
  private final Map<String, Object> values;

  MapRuleParameters(String ruleId, Map<String, ?> values) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.values = Map.copyOf(Objects.requireNonNull(values, "values"));
  }

  @Override
  public boolean flag(String key, boolean defaultValue) {
    Object value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    throw wrongType(key, "true or false", value);
  }

  @Override
  public long number(String key, long defaultValue) {
    Object value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    throw wrongType(key, "a whole number", value);
  }

  @Override
  public String text(String key, String defaultValue) {
    Object value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof String s) {
      return s;
    }
    throw wrongType(key, "a string", value);
  }

  @Override
  public List<String> texts(String key, List<String> defaultValue) {
    Object value = values.get(key);
    if (value == null) {
      return List.copyOf(defaultValue);
    }
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).toList();
    }
    throw wrongType(key, "a list of strings", value);
  }

  @Override
  public RiskLevel level(String key, RiskLevel defaultValue) {
    Object value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof String s) {
      for (RiskLevel level : RiskLevel.values()) {
        if (level.name().equals(s.toUpperCase(Locale.ROOT))) {
          return level;
        }
      }
    }
    throw wrongType(key, "one of none, low, medium, high, critical", value);
  }

  @Override
  public Set<String> keys() {
    return values.keySet();
  }

  private RuleParameterException wrongType(String key, String expected, Object value) {
    return new RuleParameterException(
        "rules." + ruleId + "." + key + ": expected " + expected + ", found "
            + describe(value));
  }

  private static String describe(Object value) {
    if (value instanceof String s) {
      return "the string \"" + s + "\"";
    }
    if (value instanceof List<?>) {
      return "a list " + value;
    }
    return value.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " " + value;
  }

  @Override
  public String toString() {
    return "RuleParameters" + values;
  }
}
