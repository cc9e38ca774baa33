package io.pkgguard.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The facts behind a finding, as ordered key-value pairs (for example {@code first-release} →
 * {@code 2026-11-25T10:00:00Z}). Keys are stable kebab-case identifiers that hosts may read.
 *
 * @param values key to value, in insertion order; unmodifiable
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Evidence(Map<String, String> values) {

  private static final Evidence NONE = new Evidence(Map.of());

  /**
   * Creates the value, checking its components.
   *
   * @param values key to value, in insertion order; unmodifiable
   */
  public Evidence {
    Objects.requireNonNull(values, "values");
    var copy = new LinkedHashMap<String, String>();
    values.forEach(
        (k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, k)));
    values = java.util.Collections.unmodifiableMap(copy);
  }

  /** {@return no evidence} */
  public static Evidence none() {
    return NONE;
  }

  /**
   * {@return evidence from alternating keys and values: {@code of("key", "value", "key2",
   * "value2")}}
   *
   * @param keysAndValues keys and values, alternately
   */
  public static Evidence of(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must come in pairs");
    }
    var map = new LinkedHashMap<String, String>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new Evidence(map);
  }

  /**
   * {@return this evidence with one more entry (replacing an entry of the same key)}
   *
   * @param key the name of the setting
   * @param value the new value
   */
  public Evidence with(String key, String value) {
    var map = new LinkedHashMap<>(values);
    map.put(key, value);
    return new Evidence(map);
  }
}
