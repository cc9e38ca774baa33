package io.pkgguard.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The environment a package would be installed into, as PEP 508 marker variables
 * ({@code python_version}, {@code sys_platform}, {@code platform_machine}, ...). Used to choose
 * files and to evaluate dependency markers. An empty environment means "unknown": code that needs a
 * value must say that it is missing rather than assume one.
 *
 * @param markers marker variable name to value; never null, unmodifiable
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TargetEnvironment(Map<String, String> markers) {

  private static final TargetEnvironment UNKNOWN = new TargetEnvironment(Map.of());

  /**
   * Creates the value, checking its components.
   *
   * @param markers marker variable name to value; never null, unmodifiable
   */
  public TargetEnvironment {
    markers = Map.copyOf(Objects.requireNonNull(markers, "markers"));
  }

  /** {@return an environment about which nothing is known} */
  public static TargetEnvironment unknown() {
    return UNKNOWN;
  }

  /**
   * {@return an environment with the given marker values}
   *
   * @param markers PEP 508 marker values by name
   */
  public static TargetEnvironment of(Map<String, String> markers) {
    return new TargetEnvironment(markers);
  }

  /**
   * {@return the value of a marker variable, if known}
   *
   * @param name the name
   */
  public Optional<String> marker(String name) {
    return Optional.ofNullable(markers.get(name));
  }
}
