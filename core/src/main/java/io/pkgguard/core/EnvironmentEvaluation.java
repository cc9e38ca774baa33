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
import io.pkgguard.core.evaluation.PluginArtifacts;
import io.pkgguard.core.files.RegularFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
      Ecosystem ecosystem,
      Map<String, Ecosystem> ecosystems,
      Path file,
      TargetEnvironment target,
      Map<String, String> variables,
      io.pkgguard.api.EnvironmentSelection selection)
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
    EnvironmentDescription description =
        ecosystem.readEnvironment(name, files, target, variables, selection);
    return withEmbedded(description, files, ecosystems, target, variables);
  }

  /**
   * The description with its embedded parts read by their ecosystems and merged in: one
   * environment, judged as one. A part whose ecosystem is not installed cannot be judged, so the
   * file cannot be read.
   */
  private static EnvironmentDescription withEmbedded(
      EnvironmentDescription description,
      EnvironmentFiles files,
      Map<String, Ecosystem> ecosystems,
      TargetEnvironment target,
      Map<String, String> variables)
      throws EnvironmentFileException {
    if (description.embedded().isEmpty()) {
      return description;
    }
    List<EnvironmentDescription.Requirement> requirements =
        new ArrayList<>(description.requirements());
    List<EnvironmentDescription.IndexChoice> indexes = new ArrayList<>(description.indexes());
    List<EnvironmentDescription.Observation> observations =
        new ArrayList<>(description.observations());
    for (EnvironmentDescription.Embedded part : description.embedded()) {
      Ecosystem reader = ecosystems.get(part.ecosystem());
      if (reader == null) {
        throw new EnvironmentFileException(
            part.location()
                + ": this part is read by the "
                + part.ecosystem()
                + " ecosystem, which is not installed: "
                + PluginArtifacts.advice(
                    PluginArtifacts.ofEcosystem(part.ecosystem()),
                    "the " + part.ecosystem() + " ecosystem"));
      }
      String name = description.file();
      byte[] text = part.text().getBytes(StandardCharsets.UTF_8);
      EnvironmentFiles withPart =
          relative -> relative.equals(name) ? Optional.of(text) : files.read(relative);
      EnvironmentDescription read = reader.readEnvironment(name, withPart, target, variables);
      requirements.addAll(read.requirements());
      indexes.addAll(read.indexes());
      observations.addAll(read.observations());
    }
    return new EnvironmentDescription(
        description.file(), description.locked(), requirements, indexes, observations);
  }

  /**
   * The description with the installer's configured index options first, as if the file named
   * them; a file's own index URL replaces the configured one, as pip's options do.
   */
  static EnvironmentDescription withInstallerIndexes(
      EnvironmentDescription description, List<EnvironmentDescription.IndexChoice> installer) {
    if (installer.isEmpty()) {
      return description;
    }
    boolean ownIndex =
        description.indexes().stream()
            .anyMatch(i -> i.kind() == EnvironmentDescription.IndexChoice.Kind.INDEX_URL);
    List<EnvironmentDescription.IndexChoice> indexes = new ArrayList<>();
    for (EnvironmentDescription.IndexChoice choice : installer) {
      if (!(ownIndex && choice.kind() == EnvironmentDescription.IndexChoice.Kind.INDEX_URL)) {
        indexes.add(choice);
      }
    }
    indexes.addAll(description.indexes());
    return new EnvironmentDescription(
        description.file(),
        description.locked(),
        description.requirements(),
        indexes,
        description.observations(),
        description.embedded());
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
