package io.pkgguard.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
    return read(
        key,
        defaultValue,
        "true or false",
        value -> value instanceof Boolean b ? Optional.of(b) : Optional.empty());
  }

  @Override
  public long number(String key, long defaultValue) {
    return read(
        key,
        defaultValue,
        "a whole number",
        value ->
            value instanceof Integer || value instanceof Long || value instanceof Short
                ? Optional.of(((Number) value).longValue())
                : Optional.empty());
  }

  @Override
  public String text(String key, String defaultValue) {
    return read(
        key,
        defaultValue,
        "a string",
        value -> value instanceof String s ? Optional.of(s) : Optional.empty());
  }

  @Override
  public List<String> texts(String key, List<String> defaultValue) {
    return read(
        key,
        List.copyOf(defaultValue),
        "a list of strings",
        value ->
            value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)
                ? Optional.of(list.stream().map(String.class::cast).toList())
                : Optional.empty());
  }

  @Override
  public List<TextFile> files(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list && list.stream().allMatch(TextFile.class::isInstance)) {
      return list.stream().map(TextFile.class::cast).toList();
    }
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      throw new RuleParameterException(
          "rules."
              + ruleId
              + "."
              + key
              + ": the files "
              + value
              + " were not read; a guard reads them when it is built");
    }
    throw wrongType(key, "a list of file paths", value);
  }

  @Override
  public RiskLevel level(String key, RiskLevel defaultValue) {
    return read(
        key,
        defaultValue,
        "one of none, low, medium, high, critical",
        value ->
            value instanceof String s
                ? Arrays.stream(RiskLevel.values())
                    .filter(level -> level.name().equals(s.toUpperCase(Locale.ROOT)))
                    .findFirst()
                : Optional.empty());
  }

  /** The value of {@code key} converted, the default if unset, or an error naming the key. */
  private <T> T read(
      String key, T defaultValue, String expected, Function<Object, Optional<T>> convert) {
    Object value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    return convert.apply(value).orElseThrow(() -> wrongType(key, expected, value));
  }

  @Override
  public Set<String> keys() {
    return values.keySet();
  }

  private RuleParameterException wrongType(String key, String expected, Object value) {
    return new RuleParameterException(
        "rules." + ruleId + "." + key + ": expected " + expected + ", found " + describe(value));
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
