package io.pkgguard.core.evaluation;

import io.pkgguard.api.Evidence;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.policy.DependencyLimits;
import java.util.List;
import java.util.stream.Collectors;

/** The findings of the dependency walk, under the core's reserved id {@code dependencies}. */
final class DependencyFindings {

  /** The arrow between the packages of a dependency path. */
  static final String ARROW = " \u2192 ";

  private DependencyFindings() {}

  static String path(List<String> names) {
    return String.join(ARROW, names);
  }

  /** A package in the tree whose own verdict is worse than ALLOW. */
  static Finding worseDependency(Verdict dependency, List<String> path) {
    RiskLevel level = dependency.complete() ? dependency.risk() : RiskLevel.CRITICAL;
    String why =
        dependency.findings().stream()
            .filter(f -> f.level() == dependency.risk())
            .map(Finding::message)
            .limit(2)
            .collect(Collectors.joining("; "));
    String name = dependency.id().name() + dependency.version().map(v -> " " + v).orElse("");
    return Finding.of(
            CoreFindings.DEPENDENCIES,
            level,
            RiskCategory.DEPENDENCY,
            "depends on "
                + name
                + " ("
                + path(path)
                + "), which is "
                + dependency.decision()
                + (why.isEmpty() ? "" : ": " + why))
        .withEvidence(
            Evidence.of(
                "package",
                dependency.id().name(),
                "version",
                dependency.version().orElse(""),
                "decision",
                dependency.decision().name(),
                "path",
                path(path)))
        .withRemediation(
            "a package is never better than its worst dependency: see "
                + dependency.id().name()
                + "'s findings, or choose a version of "
                + path.get(1)
                + " that does not pull it in");
  }

  /** More worse dependencies than reported one by one. */
  static Finding moreWorseDependencies(int count, RiskLevel level) {
    return Finding.of(
            CoreFindings.DEPENDENCIES,
            level,
            RiskCategory.DEPENDENCY,
            count + " more dependencies are not allowed either")
        .withEvidence("count", Integer.toString(count))
        .withRemediation("see the dependencies' own verdicts (--format json carries the tree)");
  }

  static Finding directUrl(String requirement, String url) {
    return Finding.of(
            CoreFindings.DEPENDENCIES,
            RiskLevel.HIGH,
            RiskCategory.DEPENDENCY,
            "declares a direct URL dependency '"
                + requirement
                + "': no index vouches for it, and"
                + " pkgguard does not fetch it")
        .withEvidence(Evidence.of("requirement", requirement, "url", url))
        .withRemediation(
            "ask the maintainers to depend on a released package from a trusted"
                + " index; an administrator must vet the URL's content before it is installed");
  }

  static Finding unreadable(String problem) {
    return Finding.of(
            CoreFindings.DEPENDENCIES,
            RiskLevel.CRITICAL,
            RiskCategory.DEPENDENCY,
            "its dependencies cannot be read: " + problem)
        .withRemediation(
            "a package whose dependencies cannot be checked is rejected; report the"
                + " invalid declaration to its maintainers");
  }

  static Finding tooDeep(String requirement, List<String> path, DependencyLimits limits) {
    return Finding.of(
            CoreFindings.DEPENDENCIES,
            RiskLevel.CRITICAL,
            RiskCategory.DEPENDENCY,
            "the dependency '"
                + requirement
                + "' ("
                + path(path)
                + ") is deeper than the"
                + " policy's limit of "
                + limits.maxDepth()
                + " levels; it was not checked")
        .withEvidence(
            Evidence.of(
                "requirement",
                requirement,
                "path",
                path(path),
                "max-depth",
                Integer.toString(limits.maxDepth())))
        .withRemediation(
            "raise [dependencies] max-depth in the policy, or check a lock file of"
                + " the environment instead");
  }

  static Finding tooMany(String requirement, List<String> path, DependencyLimits limits) {
    return Finding.of(
            CoreFindings.DEPENDENCIES,
            RiskLevel.CRITICAL,
            RiskCategory.DEPENDENCY,
            "the dependency '"
                + requirement
                + "' ("
                + path(path)
                + ") was not checked: the tree"
                + " has more than the policy's limit of "
                + limits.maxPackages()
                + " packages")
        .withEvidence(
            Evidence.of(
                "requirement",
                requirement,
                "path",
                path(path),
                "max-packages",
                Integer.toString(limits.maxPackages())))
        .withRemediation(
            "raise [dependencies] max-packages in the policy, or check a lock file"
                + " of the environment instead");
  }

  static Finding conflict(
      String requirement,
      List<String> path,
      String chosen,
      String chosenFor,
      List<String> chosenPath) {
    return Finding.of(
            CoreFindings.DEPENDENCIES,
            RiskLevel.HIGH,
            RiskCategory.DEPENDENCY,
            "conflicting requirements: '"
                + requirement
                + "' ("
                + path(path)
                + ") does not accept "
                + chosen
                + ", chosen for '"
                + chosenFor
                + "' ("
                + path(chosenPath)
                + "); an"
                + " installer would look for other versions, which were not checked")
        .withEvidence(
            Evidence.of(
                "requirement",
                requirement,
                "path",
                path(path),
                "chosen",
                chosen,
                "chosen-for",
                chosenFor,
                "chosen-path",
                path(chosenPath)))
        .withRemediation(
            "pin versions that agree (a lock file), then check again; pkgguard does"
                + " not guess which versions would be installed");
  }

  static Finding complexTree(int packages, int depth, DependencyLimits limits) {
    return Finding.of(
            CoreFindings.DEPENDENCIES,
            RiskLevel.MEDIUM,
            RiskCategory.DEPENDENCY,
            "a complex dependency tree: "
                + packages
                + " packages, "
                + depth
                + " levels deep"
                + " (the policy's thresholds: "
                + limits.complexPackages()
                + " packages, "
                + limits.complexDepth()
                + " levels)")
        .withEvidence(
            Evidence.of("packages", Integer.toString(packages), "depth", Integer.toString(depth)))
        .withRemediation(
            "every package in the tree is code you run; prefer a package with fewer"
                + " dependencies, or review the tree");
  }
}
