package io.pkgguard.report;

import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every package verdict of a subject once, depth first, each with the chain of packages that
 * pulled it in and the line of the file that asked for the first of them.
 */
final class PackageWalk {

  /**
   * A package verdict where the walk first met it.
   *
   * @param verdict the package's verdict
   * @param path the packages from the one the file asked for down to this one (this one last)
   * @param line where the file asked for the first of the path, if the subject is a file read
   *     line by line
   */
  record Visit(
      Verdict verdict, List<Verdict> path, Optional<EnvironmentDescription.Location> line) {

    /** {@return "a 1.0 → b 2.0" for the path, or the package alone} */
    String pathText() {
      List<String> names = new ArrayList<>();
      path.forEach(v -> names.add(label(v)));
      return String.join(" \u2192 ", names);
    }
  }

  private PackageWalk() {}

  /** {@return "name version", or the name when no version was resolved} */
  static String label(Verdict verdict) {
    return verdict.id().name() + verdict.version().map(v -> " " + v).orElse("");
  }

  /** {@return a key that tells package versions apart} */
  static String key(Verdict verdict) {
    return verdict.id().ecosystem()
        + ":"
        + verdict.id().name()
        + "@"
        + verdict.version().orElse("");
  }

  /**
   * The packages of a subject: an environment's packages (its dependencies) and theirs, or a
   * package and its dependencies.
   */
  static List<Visit> of(Report.Subject subject) {
    Map<PackageId, EnvironmentDescription.Location> lines = new HashMap<>();
    subject
        .description()
        .ifPresent(
            d -> d.requirements().forEach(r -> lines.putIfAbsent(r.request().id(), r.location())));
    List<Visit> visits = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Verdict> roots =
        subject.environment() ? subject.verdict().dependencies() : List.of(subject.verdict());
    for (Verdict root : roots) {
      Optional<EnvironmentDescription.Location> line = Optional.ofNullable(lines.get(root.id()));
      walk(root, new ArrayList<>(), line, seen, visits);
    }
    return visits;
  }

  private static void walk(
      Verdict verdict,
      List<Verdict> above,
      Optional<EnvironmentDescription.Location> line,
      Set<String> seen,
      List<Visit> visits) {
    if (!seen.add(key(verdict))) {
      return;
    }
    List<Verdict> path = new ArrayList<>(above);
    path.add(verdict);
    visits.add(new Visit(verdict, List.copyOf(path), line));
    for (Verdict dependency : verdict.dependencies()) {
      walk(dependency, path, line, seen, visits);
    }
  }
}
