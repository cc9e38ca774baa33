package io.pkgguard.core;

import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.EnvironmentContext;
import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentFileException;
import io.pkgguard.api.EnvironmentFiles;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.files.RegularFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A requirements or lock file judged as a whole: read by its ecosystem (files from its directory
 * only, each size-capped), its packages judged (a lock file's exactly, a requirements file's with
 * what they pull in), the environment-stage rules run on the description and the verdicts.
 */
final class EnvironmentEvaluation {

  /** The largest requirements, lock or included file read (real lock files are a few MB). */
  static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  /** What the guard does with the description: judge packages, run environment rules. */
  interface Judge {
    List<Verdict> evaluateAll(List<PackageRequest> requests);

    List<Verdict> evaluateExactly(List<PackageRequest> requests);

    List<Finding> checkEnvironment(RuleContext.Builder context);
  }

  private EnvironmentEvaluation() {}

  /**
   * Reads the file with its ecosystem.
   *
   * @throws EnvironmentFileException if it cannot be read, saying what and where
   */
  static EnvironmentDescription read(
      Ecosystem ecosystem, Path file, TargetEnvironment target, Map<String, String> variables)
      throws EnvironmentFileException {
    Path absolute = file.toAbsolutePath().normalize();
    Path project = absolute.getParent() == null ? absolute : absolute.getParent();
    String name = name(file);
    EnvironmentFiles files =
        relative -> {
          Path path = project.resolve(relative).normalize();
          if (!path.startsWith(project) || !Files.exists(path)) {
            return Optional.empty();
          }
          // A link inside the directory must not lead out of it either (the file the user
          // named is read wherever it leads).
          if (!relative.equals(name) && !path.toRealPath().startsWith(project.toRealPath())) {
            return Optional.empty();
          }
          return Optional.of(RegularFiles.read(path, MAX_FILE_BYTES));
        };
    return ecosystem.readEnvironment(name, files, target, variables);
  }

  /** The name reports give the file. */
  static String name(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.getFileName() == null ? file.toString() : absolute.getFileName().toString();
  }

  /** Judges the described environment: its packages, then the environment-stage rules. */
  static Result judge(
      EnvironmentDescription description,
      Ecosystem ecosystem,
      List<SourceDescriptor> sources,
      TargetEnvironment target,
      java.time.Clock clock,
      Judge judge) {
    List<PackageRequest> requests =
        description.requirements().stream()
            .map(EnvironmentDescription.Requirement::request)
            .toList();
    // A lock file lists the whole environment at exact versions: nothing to resolve or walk.
    List<Verdict> packages =
        description.locked() ? judge.evaluateExactly(requests) : judge.evaluateAll(requests);
    EnvironmentContext environment = new EnvironmentContext(description, packages, sources, target);
    RuleContext.Builder context =
        RuleContext.builder(PackageRequest.of(new PackageId(ecosystem.id(), description.file())))
            .names(ecosystem.names())
            .clock(clock)
            .source(sources.isEmpty() ? SourceDescriptor.unknown(ecosystem.id()) : sources.get(0))
            .environment(environment);
    ecosystem.versions().ifPresent(context::versions);
    return new Result(packages, judge.checkEnvironment(context));
  }

  /** The packages' verdicts and the environment rules' findings. */
  record Result(List<Verdict> packages, List<Finding> findings) {}
}
