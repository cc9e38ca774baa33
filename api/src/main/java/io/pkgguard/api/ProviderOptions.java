package io.pkgguard.api;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The string options a policy table gives a plugin ({@code [sources.<id>.options]}, {@code
 * [advisories.<id>.options]}), with checked readers so that every plugin reports a bad value the
 * same way.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ProviderOptions {

  /**
   * {@return an option, if set}
   *
   * @param key the name of the setting
   */
  Optional<String> option(String key);

  /**
   * A positive whole-number option, or {@code fallback} when it is not set.
   *
   * @throws IllegalArgumentException naming the option, if it is set to anything else
   * @param fallback the value when it is not set
   * @param key the name of the setting
   * @return a positive whole-number option, or fallback when it is not set
   */
  default long positiveOption(String key, long fallback) {
    Optional<String> value = option(key);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      long parsed = Long.parseLong(value.get().strip());
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "option " + key + " must be a positive whole number, not '" + value.get() + "'");
  }
}
