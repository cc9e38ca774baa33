package io.pkgguard.cli;

import io.pkgguard.api.TargetEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The environment packages are checked for (PEP 508 marker variables): the Python interpreter on
 * the PATH, asked for its values exactly as PEP 508's {@code default_environment()} computes them,
 * or, when there is none, the documented default (CPython 3.12 on 64-bit Linux); {@code --target
 * NAME=VALUE} overrides single variables.
 */
final class TargetEnvironments {

  /** What is assumed without an interpreter: CPython 3.12.0 on Linux x86_64. */
  static final Map<String, String> DEFAULT = Map.ofEntries(
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

  /** PEP 508's default_environment(), printed one NAME=VALUE per line. */
  private static final String PROBE = String.join("\n",
      "import os, platform, sys",
      "def fv(i):",
      "    v = '{0.major}.{0.minor}.{0.micro}'.format(i)",
      "    if i.releaselevel != 'final':",
      "        v += i.releaselevel[0] + str(i.serial)",
      "    return v",
      "e = {'implementation_name': sys.implementation.name,",
      "     'implementation_version': fv(sys.implementation.version),",
      "     'os_name': os.name, 'platform_machine': platform.machine(),",
      "     'platform_release': platform.release(), 'platform_system': platform.system(),",
      "     'platform_version': platform.version(),",
      "     'python_full_version': platform.python_version(),",
      "     'platform_python_implementation': platform.python_implementation(),",
      "     'python_version': '.'.join(platform.python_version_tuple()[:2]),",
      "     'sys_platform': sys.platform}",
      "for k, v in e.items():",
      "    print(k + '=' + v.replace('\\n', ' '))");

  private TargetEnvironments() {}

  /** The interpreter's environment, or the default; then the overrides. */
  static TargetEnvironment resolve(boolean probe, List<String> overrides) {
    Map<String, String> markers = new HashMap<>(probe ? interpreter().orElse(DEFAULT) : DEFAULT);
    for (String override : overrides) {
      int equals = override.indexOf('=');
      if (equals <= 0 || !DEFAULT.containsKey(override.substring(0, equals))) {
        throw new io.pkgguard.api.ConfigurationException("--target " + override + ": write"
            + " NAME=VALUE with a PEP 508 marker variable, such as sys_platform=win32 or"
            + " python_version=3.11");
      }
      markers.put(override.substring(0, equals), override.substring(equals + 1));
    }
    return TargetEnvironment.of(markers);
  }

  /** The first python3 or python on the PATH, asked; empty if there is none or it fails. */
  static Optional<Map<String, String>> interpreter() {
    for (String command : List.of("python3", "python")) {
      try {
        Process process = new ProcessBuilder(command, "-I", "-c", PROBE)
            .redirectErrorStream(true).start();
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          continue;
        }
        String out = new String(process.getInputStream().readNBytes(64 * 1024),
            StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
          continue;
        }
        Map<String, String> markers = new HashMap<>();
        out.lines().forEach(line -> {
          int equals = line.indexOf('=');
          if (equals > 0 && DEFAULT.containsKey(line.substring(0, equals))) {
            markers.put(line.substring(0, equals), line.substring(equals + 1));
          }
        });
        if (markers.keySet().containsAll(DEFAULT.keySet())) {
          return Optional.of(markers);
        }
      } catch (IOException e) {
        // not on the PATH: try the next
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
