package io.pkgguard.cli;

import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.core.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * Options that change what an evaluation looks at: the ecosystem, whether dependencies are
 * walked, and the target environment. {@code check} and {@code approve} share them, so an
 * approval is given for exactly what {@code check} judges with the same options.
 */
final class EvaluationOptions {

  @Option(
      names = "--ecosystem",
      defaultValue = "pypi",
      paramLabel = "ECOSYSTEM",
      description = "Ecosystem of the packages (default: ${DEFAULT-VALUE}).")
  String ecosystem;

  @Option(
      names = "--no-deps",
      description =
          "Evaluate only the named packages, not their dependencies. Without it,"
              + " every dependency is evaluated too, transitively, for the target environment, and"
              + " a package is never better than its worst dependency.")
  boolean noDeps;

  @Option(
      names = "--target",
      paramLabel = "NAME=VALUE",
      description =
          "A PEP 508 marker variable of the environment to check for (such as"
              + " sys_platform=win32 or python_version=3.11): it decides which requirement lines and"
              + " dependencies apply. The rest come from the python3 on the PATH, else CPython 3.12"
              + " on Linux x86_64. For conda, subdir=linux-64 (or osx-arm64, win-64, ...) names"
              + " the platform.")
  List<String> target = new ArrayList<>();

  /** {@return the command's change to the policy: none, or no dependency walk} */
  UnaryOperator<Policy> policyAdjustment() {
    return policy ->
        noDeps ? policy.withDependencies(policy.dependencies().withWalk(false)) : policy;
  }

  /** The --target variables over the python3 on the PATH (unless probing is off) or defaults. */
  TargetEnvironment targetEnvironment(Map<String, String> environment) {
    return TargetEnvironments.resolve(
        !"off".equals(environment.get("PKGGUARD_PYTHON_PROBE")), target);
  }

  /**
   * Whether a spec names a local distribution file: it ends like one and is a path (has a
   * separator) or exists. A package name never contains a separator.
   */
  static boolean isFile(String text) {
    if (!io.pkgguard.core.inspection.LocalFiles.looksLikeDistribution(text)) {
      return false;
    }
    if (text.contains("/") || text.contains(java.io.File.separator)) {
      return true;
    }
    try {
      return java.nio.file.Files.exists(java.nio.file.Path.of(text));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }
}
