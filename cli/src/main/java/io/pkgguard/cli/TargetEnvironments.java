package io.pkgguard.cli;

import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.installer.InstallException;
import io.pkgguard.installer.PythonEnvironment;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment packages are checked for (PEP 508 marker variables): the Python interpreter on
 * the PATH, asked for its values exactly as PEP 508's {@code default_environment()} computes them,
 * or, when there is none, the documented default (CPython 3.12 on 64-bit Linux); {@code --target
 * NAME=VALUE} overrides single variables. For conda, {@code --target subdir=linux-64} names the
 * platform; without it, conda's subdir follows from {@code sys_platform} and {@code
 * platform_machine}.
 */
final class TargetEnvironments {

  /** What is assumed without an interpreter: CPython 3.12.0 on Linux x86_64. */
  static final Map<String, String> DEFAULT =
      Map.ofEntries(
          Map.entry("implementation_name", "cpython"),
          Map.entry("implementation_version", "3.12.0"),
          Map.entry("os_name", "posix"),
          Map.entry("platform_machine", "x86_64"),
          Map.entry("platform_release", ""),
          Map.entry("platform_system", "Linux"),
          Map.entry("platform_version", ""),
          Map.entry("python_full_version", "3.12.0"),
          Map.entry("platform_python_implementation", "CPython"),
          Map.entry("python_version", "3.12"),
          Map.entry("sys_platform", "linux"));

  /** The conda platform subdir a conda environment installs from, such as {@code linux-64}. */
  static final String CONDA_SUBDIR = "subdir";

  private static final Duration PROBE_DEADLINE = Duration.ofSeconds(5);

  private TargetEnvironments() {}

  /** The interpreter's environment, or the default; then the overrides. */
  static TargetEnvironment resolve(boolean probe, List<String> overrides) {
    Map<String, String> markers = new HashMap<>(probe ? interpreter().orElse(DEFAULT) : DEFAULT);
    for (String override : overrides) {
      int equals = override.indexOf('=');
      String name = equals <= 0 ? "" : override.substring(0, equals);
      if (!DEFAULT.containsKey(name) && !name.equals(CONDA_SUBDIR)) {
        throw new io.pkgguard.api.ConfigurationException(
            "--target "
                + override
                + ": write"
                + " NAME=VALUE with a PEP 508 marker variable, such as sys_platform=win32 or"
                + " python_version=3.11, or a conda platform, such as subdir=osx-arm64");
      }
      markers.put(override.substring(0, equals), override.substring(equals + 1));
    }
    return TargetEnvironment.of(markers);
  }

  /**
   * The first python3 or python on the PATH, asked (as {@code pkgguard install} asks the
   * environment it installs into); empty if there is none or it fails.
   */
  static Optional<Map<String, String>> interpreter() {
    for (String command : List.of("python3", "python")) {
      Optional<Path> found = onPath(command);
      if (found.isEmpty()) {
        continue;
      }
      try {
        Map<String, String> markers =
            PythonEnvironment.probe(found.get(), PROBE_DEADLINE).markers().markers();
        if (markers.keySet().containsAll(DEFAULT.keySet())) {
          return Optional.of(markers);
        }
      } catch (InstallException e) {
        // not a working interpreter: try the next
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return Optional.of(Path.of(dir, command));
      }
    }
    return Optional.empty();
  }
}
