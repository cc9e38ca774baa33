package io.pkgguard.core.evaluation;

import io.pkgguard.core.policy.Policy;
import java.util.Map;
import java.util.Optional;

/**
 * Which published artifact provides each of pkgguard's own plugins, so that a missing plugin is an
 * error that says what to add, not a list of what happens to be installed.
 */
public final class PluginArtifacts {

  public static final String GROUP = "io.pkgguard:";

  /** Core, the built-in rules, the PyPI and OSV plugins: the common case in one dependency. */
  public static final String STARTER = GROUP + "pkgguard-starter";

  public static final String RULES = GROUP + "pkgguard-rules-builtin";
  public static final String PYPI = GROUP + "pkgguard-source-pypi";
  public static final String CONDA = GROUP + "pkgguard-source-conda";
  public static final String OSV = GROUP + "pkgguard-advisories-osv";
  public static final String SQLITE = GROUP + "pkgguard-store-sqlite";
  public static final String POSTGRESQL = GROUP + "pkgguard-store-postgresql";

  private static final Map<String, String> SOURCE_TYPES =
      Map.of("pypi-json", PYPI, "pypi-simple", PYPI);
  private static final Map<String, String> ADVISORY_TYPES =
      Map.of("osv-api", OSV, "osv-offline", OSV);
  private static final Map<String, String> ECOSYSTEMS = Map.of("pypi", PYPI, "conda", CONDA);

  private PluginArtifacts() {}

  /** The artifact of a built-in rule: every rule the built-in policy names. */
  public static Optional<String> ofRule(String ruleId) {
    return Policy.defaults().rules().containsKey(ruleId) ? Optional.of(RULES) : Optional.empty();
  }

  public static Optional<String> ofSourceType(String type) {
    return Optional.ofNullable(SOURCE_TYPES.get(type));
  }

  public static Optional<String> ofAdvisoryType(String type) {
    return Optional.ofNullable(ADVISORY_TYPES.get(type));
  }

  public static Optional<String> ofStoreType(String type) {
    return Optional.ofNullable(Map.of("sqlite", SQLITE, "postgresql", POSTGRESQL).get(type));
  }

  public static Optional<String> ofEcosystem(String id) {
    return Optional.ofNullable(ECOSYSTEMS.get(id));
  }

  /** Says that no installed plugin supports an ecosystem, and what may have been meant. */
  public static String unknownEcosystem(String id, java.util.Collection<String> installed) {
    Optional<String> other =
        installed.stream().filter(known -> known.equalsIgnoreCase(id.strip())).findFirst();
    if (other.isPresent()) {
      return "unknown ecosystem '" + id + "': ecosystem ids are written '" + other.get() + "'";
    }
    return "no "
        + id
        + " ecosystem is installed: "
        + advice(ofEcosystem(id), "the ecosystem '" + id + "'")
        + (installed.isEmpty()
            ? ""
            : " (installed: " + String.join(", ", new java.util.TreeSet<>(installed)) + ")");
  }

  /** "add X" for a known artifact, else a generic hint; {@code what} names the missing plugin. */
  public static String advice(Optional<String> artifact, String what) {
    return artifact
        .map(
            a ->
                "add "
                    + a
                    + " (or "
                    + STARTER
                    + ", which brings the built-in"
                    + " rules, the PyPI and OSV plugins and the embedded store) to the class path or"
                    + " module path")
        .orElse("add the jar that provides " + what + " to the class path or module path");
  }
}
