package io.pkgguard.source.pypi.inputs;

import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentDescription.IndexChoice;
import io.pkgguard.api.EnvironmentDescription.Location;
import io.pkgguard.api.EnvironmentDescription.Observation;
import io.pkgguard.api.EnvironmentDescription.Requirement;
import io.pkgguard.api.EnvironmentFileException;
import io.pkgguard.api.EnvironmentFiles;
import io.pkgguard.api.EnvironmentSelection;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.source.pypi.names.PythonNames;
import io.pkgguard.source.pypi.requirements.InvalidRequirementException;
import io.pkgguard.source.pypi.requirements.Marker;
import io.pkgguard.source.pypi.requirements.MarkerEvaluationException;
import io.pkgguard.source.pypi.requirements.MarkerEvaluator;
import io.pkgguard.source.pypi.requirements.RequirementParser;
import io.pkgguard.source.pypi.versions.PypiVersionScheme;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A requirements file read as pip reads it, or a lock file ({@code pylock.toml}, {@code uv.lock},
 * {@code poetry.lock}, {@code Pipfile.lock}) at its exact versions, described for the target
 * environment: the packages to judge (a pin, or the constraints that narrow it), the index
 * options, and what else the file asks for — lines pkgguard does not fetch, a project required
 * twice, open versions, a pin a constraint contradicts, markers false for the target or that
 * cannot be decided.
 */
public final class PypiEnvironmentReader {

  /** Parses a requirement as the ecosystem does. */
  @FunctionalInterface
  public interface RequestParser {
    /**
     * The request a specifier names.
     *
     * @param spec such as {@code requests==2.32.3}
     * @return the request
     * @throws RequestSyntaxException if it is not one
     */
    PackageRequest parse(String spec) throws RequestSyntaxException;
  }

  private final RequestParser parser;
  private final TargetEnvironment target;
  private final EnvironmentSelection selection;
  private final List<Requirement> requirements = new ArrayList<>();
  private final List<IndexChoice> indexes = new ArrayList<>();
  private final List<Observation> observations = new ArrayList<>();

  private PypiEnvironmentReader(
      RequestParser parser, TargetEnvironment target, EnvironmentSelection selection) {
    this.parser = parser;
    this.target = target;
    this.selection = selection;
  }

  /**
   * Reads an environment file.
   *
   * @param fileName the file's name; {@code files} serves it
   * @param files the project's files
   * @param target the environment the packages are for
   * @param variables what {@code ${VAR}} may name
   * @param parser the ecosystem's request parser
   * @param selection the extras and dependency groups asked for: read from pyproject.toml, and
   *     narrowing pylock.toml's markers; no other file has them
   * @return the description
   * @throws EnvironmentFileException naming file, line and column of the first problem
   */
  public static EnvironmentDescription read(
      String fileName,
      EnvironmentFiles files,
      TargetEnvironment target,
      Map<String, String> variables,
      RequestParser parser,
      EnvironmentSelection selection)
      throws EnvironmentFileException {
    PypiEnvironmentReader reader = new PypiEnvironmentReader(parser, target, selection);
    try {
      if (!selection.isEmpty()
          && !fileName.equals("pyproject.toml")
          && !fileName.equals("pylock.toml")) {
        throw new InputFileException(
            fileName,
            "has no extras or dependency groups pkgguard selects from: --extra and --group apply"
                + " to pyproject.toml and pylock.toml; other files are judged whole");
      }
      if (DeclaredDependencies.reads(fileName)) {
        return reader.requirements(fileName, declared(fileName, files, selection), variables);
      }
      return LockFiles.isLockFile(fileName)
          ? reader.lock(fileName, files)
          : reader.requirements(fileName, files, variables);
    } catch (InputFileException e) {
      if (!reads(fileName)) {
        // pip reads any file named with -r; a name of no known format may be another kind of file.
        throw new EnvironmentFileException(
            e.getMessage()
                + " ("
                + fileName
                + " was read as a requirements file: pkgguard reads requirements files, *.txt"
                + " and *.in, pylock.toml, uv.lock, poetry.lock, pdm.lock, Pipfile.lock,"
                + " pyproject.toml, setup.cfg and setup.py)",
            e);
      }
      throw new EnvironmentFileException(e.getMessage(), e);
    } catch (RequestSyntaxException e) {
      throw new EnvironmentFileException(fileName + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@return whether the name is one this reader reads: any requirements or lock file, or a file
   * that declares a project's dependencies (pyproject.toml, setup.cfg, setup.py)}
   */
  public static boolean reads(String fileName) {
    return LockFiles.isLockFile(fileName)
        || DeclaredDependencies.reads(fileName)
        || fileName.endsWith(".txt")
        || fileName.endsWith(".in");
  }

  /** The project's files with {@code fileName} replaced by the requirements it declares. */
  private static EnvironmentFiles declared(
      String fileName, EnvironmentFiles files, EnvironmentSelection selection)
      throws InputFileException {
    byte[] bytes;
    try {
      bytes =
          files.read(fileName).orElseThrow(() -> new InputFileException(fileName, "no such file"));
    } catch (java.io.IOException e) {
      throw new InputFileException(fileName, "cannot be read: " + e.getMessage());
    }
    byte[] requirements =
        DeclaredDependencies.asRequirements(
                fileName, new String(bytes, java.nio.charset.StandardCharsets.UTF_8), selection)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return path -> path.equals(fileName) ? java.util.Optional.of(requirements) : files.read(path);
  }

  private EnvironmentDescription requirements(
      String fileName, EnvironmentFiles files, Map<String, String> variables)
      throws InputFileException, RequestSyntaxException {
    RequirementsFile read = new RequirementsFileReader(files::read, variables).read(fileName);
    read.indexes().forEach(this::index);
    Map<String, RequirementLine> wanted = new LinkedHashMap<>();
    Map<String, List<RequirementLine>> constraints = new LinkedHashMap<>();
    for (RequirementLine line : read.requirements()) {
      if (line.kind() != RequirementLine.Kind.NAMED) {
        String what =
            switch (line.kind()) {
              case EDITABLE -> "editable requirement";
              case LOCAL_PATH -> "local path requirement";
              default -> "direct URL requirement";
            };
        observe(Observation.Kind.UNVETTED, what + " '" + line.text() + "'", "", line.location());
        continue;
      }
      String name = PythonNames.scheme().normalize(line.requirement().orElseThrow().name());
      if (!applies(
          line.requirement().orElseThrow().marker(),
          line.location(),
          name,
          target.markers(),
          MarkerEvaluator.Context.REQUIREMENT)) {
        continue;
      }
      if (line.constraint()) {
        constraints.computeIfAbsent(name, k -> new ArrayList<>()).add(line);
      } else if (wanted.containsKey(name)) {
        observe(
            Observation.Kind.DUPLICATE,
            name,
            wanted.get(name).location().toString(),
            line.location());
      } else {
        wanted.put(name, line);
      }
    }
    for (Map.Entry<String, RequirementLine> e : wanted.entrySet()) {
      RequirementLine line = e.getValue();
      PackageRequest request =
          parser.parse(
              line.requirement().orElseThrow().toString().replaceFirst(";.*$", "").strip());
      request = constrain(request, line, constraints.getOrDefault(e.getKey(), List.of()));
      if (request.version().isEmpty()) {
        observe(Observation.Kind.UNPINNED, e.getKey(), "", line.location());
      }
      requirements.add(
          new Requirement(
              request.withEnvironment(target), line.hashes(), location(line.location())));
    }
    return new EnvironmentDescription(fileName, false, requirements, indexes, observations);
  }

  private EnvironmentDescription lock(String fileName, EnvironmentFiles files)
      throws InputFileException, RequestSyntaxException {
    byte[] bytes;
    try {
      bytes =
          files.read(fileName).orElseThrow(() -> new InputFileException(fileName, "no such file"));
    } catch (IOException e) {
      throw new InputFileException(fileName, e.getMessage());
    }
    LockFile lock = selected(LockFiles.read(fileName, bytes));
    lock.indexes().forEach(this::index);
    for (LockedPackage p : lock.packages()) {
      if (p.kind() != LockedPackage.Kind.INDEX) {
        observe(
            Observation.Kind.UNVETTED,
            p.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " package "
                + p.name()
                + p.origin().map(o -> " (" + o + ")").orElse(""),
            "",
            p.location());
        continue;
      }
      if (!applies(p, lock)) {
        continue;
      }
      requirements.add(
          new Requirement(
              parser.parse(p.name() + "==" + p.version().orElseThrow()).withEnvironment(target),
              p.hashes(),
              location(p.location())));
    }
    return new EnvironmentDescription(fileName, true, requirements, indexes, observations);
  }

  /**
   * The lock with only the selected extras and groups asked for, if any were selected; otherwise
   * every one it has (judging more than will be installed never lets anything through).
   */
  private LockFile selected(LockFile lock) throws InputFileException {
    if (selection.isEmpty()) {
      return lock;
    }
    Set<String> extras = known("extra", selection.extras(), lock.extras(), lock.format());
    Set<String> groups =
        known("dependency group", selection.groups(), lock.dependencyGroups(), lock.format());
    return new LockFile(lock.format(), lock.packages(), lock.indexes(), extras, groups);
  }

  private static Set<String> known(
      String what, Set<String> asked, Set<String> available, String file)
      throws InputFileException {
    Set<String> has =
        available.stream().map(PythonNames.scheme()::normalize).collect(Collectors.toSet());
    Set<String> normalised = new TreeSet<>();
    for (String name : asked) {
      String n = PythonNames.scheme().normalize(name);
      if (!has.contains(n)) {
        throw new InputFileException(
            file,
            "has no "
                + what
                + " '"
                + name
                + "'"
                + (available.isEmpty()
                    ? ""
                    : " (it has " + String.join(", ", new TreeSet<>(available)) + ")"));
      }
      normalised.add(n);
    }
    return normalised;
  }

  /** A locked package's marker, with the lock's extras and dependency groups asked for. */
  private boolean applies(LockedPackage p, LockFile lock) {
    if (p.marker().isEmpty()) {
      return true;
    }
    Map<String, Object> environment = new HashMap<>(target.markers());
    environment.put("extras", lock.extras());
    environment.put("dependency_groups", lock.dependencyGroups());
    try {
      return applies(
          Optional.of(RequirementParser.parseMarker(p.marker().get())),
          p.location(),
          p.name(),
          environment,
          MarkerEvaluator.Context.LOCK_FILE);
    } catch (InvalidRequirementException e) {
      observe(
          Observation.Kind.UNDECIDED_MARKER,
          p.name(),
          "cannot be read (" + e.getMessage() + ")",
          p.location());
      return true;
    }
  }

  /** Whether a marker holds for the target; one that cannot be decided counts as holding. */
  private boolean applies(
      Optional<Marker> marker,
      SourceLocation at,
      String name,
      Map<String, ?> environment,
      MarkerEvaluator.Context context) {
    if (marker.isEmpty()) {
      return true;
    }
    try {
      if (MarkerEvaluator.evaluate(marker.get(), environment, context)) {
        return true;
      }
      observe(
          Observation.Kind.NOT_FOR_TARGET,
          name,
          target.marker("sys_platform").orElse("?")
              + ", Python "
              + target.marker("python_version").orElse("?"),
          at);
      return false;
    } catch (MarkerEvaluationException e) {
      observe(
          Observation.Kind.UNDECIDED_MARKER,
          name,
          "cannot be evaluated (" + e.getMessage() + ")",
          at);
      return true;
    }
  }

  /** The pin checked against the constraints, or the constraints as the request's range. */
  private PackageRequest constrain(
      PackageRequest request, RequirementLine line, List<RequirementLine> constraints) {
    PackageRequest constrained = request;
    for (RequirementLine c : constraints) {
      String clauses =
          c.requirement().orElseThrow().clauses().stream()
              .map(Object::toString)
              .collect(Collectors.joining(","));
      if (clauses.isEmpty()) {
        continue;
      }
      if (constrained.version().isPresent()) {
        if (!PypiVersionScheme.scheme().satisfies(constrained.version().get(), clauses)) {
          observe(
              Observation.Kind.CONTRADICTED_CONSTRAINT,
              request.id().name() + "==" + constrained.version().get(),
              clauses + " at " + c.location(),
              line.location());
        }
      } else {
        constrained =
            constrained.withConstraint(
                constrained.constraint().map(x -> x + ",").orElse("") + clauses);
      }
    }
    return constrained;
  }

  private void index(IndexOption option) {
    IndexChoice.Kind kind =
        switch (option.kind()) {
          case INDEX_URL -> IndexChoice.Kind.INDEX_URL;
          case EXTRA_INDEX_URL -> IndexChoice.Kind.EXTRA_INDEX_URL;
          case FIND_LINKS -> IndexChoice.Kind.FIND_LINKS;
          case NO_INDEX -> IndexChoice.Kind.NO_INDEX;
          case TRUSTED_HOST -> IndexChoice.Kind.TRUSTED_HOST;
        };
    indexes.add(
        new IndexChoice(kind, option.value(), option.written(), location(option.location())));
  }

  private void observe(Observation.Kind kind, String subject, String detail, SourceLocation at) {
    observations.add(new Observation(kind, subject, detail, location(at)));
  }

  private static Location location(SourceLocation at) {
    return new Location(at.file(), at.line(), at.column());
  }
}
