package io.pkgguard.cli;

import io.pkgguard.api.Artifact;
import io.pkgguard.api.Evidence;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.source.pypi.inputs.IndexOption;
import io.pkgguard.source.pypi.inputs.InputFileException;
import io.pkgguard.source.pypi.inputs.LockFile;
import io.pkgguard.source.pypi.inputs.LockFiles;
import io.pkgguard.source.pypi.inputs.LockedPackage;
import io.pkgguard.source.pypi.inputs.RequirementLine;
import io.pkgguard.source.pypi.inputs.RequirementsFile;
import io.pkgguard.source.pypi.inputs.RequirementsFileReader;
import io.pkgguard.source.pypi.inputs.SourceLocation;
import io.pkgguard.source.pypi.names.PythonNames;
import io.pkgguard.source.pypi.requirements.InvalidRequirementException;
import io.pkgguard.source.pypi.requirements.Marker;
import io.pkgguard.source.pypi.requirements.MarkerEvaluationException;
import io.pkgguard.source.pypi.requirements.MarkerEvaluator;
import io.pkgguard.source.pypi.requirements.RequirementParser;
import io.pkgguard.source.pypi.versions.PypiVersionScheme;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code pkgguard check -r FILE}: a requirements file read as pip reads it, or a lock file
 * ({@code pylock.toml}, {@code uv.lock}, {@code poetry.lock}, {@code Pipfile.lock}) at its exact
 * versions, every package evaluated, and one verdict for the environment. The environment's own
 * findings (rule id {@code environment}) say what pip would do that pkgguard did not check: another or an extra
 * index (dependency confusion), hosts without TLS checks, URL, path and editable requirements
 * (reported, not fetched), versions left open, requirements that contradict each other, and pinned
 * hashes that match none of the files judged.
 */
final class RequirementsCheck {

  private static final String RULE = "environment";

  /** The largest requirements or lock file read (the biggest real lock files are a few MB). */
  private static final long MAX_INPUT_BYTES =
      io.pkgguard.source.pypi.inputs.RequirementsFileReader.MAX_FILE_BYTES;

  private final Guard guard;
  private final String ecosystem;
  private final List<Finding> findings = new ArrayList<>();
  /** How an index option is named in findings: as pip's option, or as a lock file's source. */
  private String indexWord = "--index-url";
  private String extraIndexWord = "--extra-index-url";

  private final io.pkgguard.api.TargetEnvironment target;

  RequirementsCheck(Guard guard, String ecosystem, io.pkgguard.api.TargetEnvironment target) {
    this.guard = guard;
    this.ecosystem = ecosystem;
    this.target = target;
  }

  /** The environment verdict of {@code file}, its packages as dependencies. */
  Verdict run(Path file, Map<String, String> environment)
      throws InputFileException, RequestSyntaxException {
    String fileName = file.getFileName().toString();
    if (LockFiles.isLockFile(fileName)) {
      return runLock(file, fileName);
    }
    Instant start = Instant.now();
    Path project = file.toAbsolutePath().normalize().getParent();
    RequirementsFile read = new RequirementsFileReader(relative -> {
      Path path = project.resolve(relative).normalize();
      if (!path.startsWith(project) || !Files.exists(path)) {
        return Optional.empty();
      }
      return Optional.of(io.pkgguard.core.files.RegularFiles.read(path, MAX_INPUT_BYTES));
    }, environment).read(file.getFileName().toString());

    read.indexes().forEach(this::index);
    Map<String, RequirementLine> wanted = new LinkedHashMap<>();
    Map<String, List<RequirementLine>> constraints = new LinkedHashMap<>();
    for (RequirementLine line : read.requirements()) {
      if (line.kind() != RequirementLine.Kind.NAMED) {
        unvetted(line);
        continue;
      }
      String name = PythonNames.scheme().normalize(line.requirement().orElseThrow().name());
      if (!forThisEnvironment(line, name)) {
        continue;
      }
      if (line.constraint()) {
        constraints.computeIfAbsent(name, k -> new ArrayList<>()).add(line);
      } else if (wanted.containsKey(name)) {
        add(RiskLevel.HIGH, line.location(), name + " is required twice (" + wanted.get(name)
            .location() + " and " + line.location() + "): pip refuses such a file", "keep one"
            + " line per project");
      } else {
        wanted.put(name, line);
      }
    }
    List<PackageRequest> requests = new ArrayList<>();
    List<RequirementLine> lines = new ArrayList<>();
    for (Map.Entry<String, RequirementLine> e : wanted.entrySet()) {
      RequirementLine line = e.getValue();
      PackageRequest request = guard.parse(ecosystem, line.requirement().orElseThrow()
          .toString().replaceFirst(";.*$", "").strip());
      request = constrain(request, line, constraints.getOrDefault(e.getKey(), List.of()));
      if (request.version().isEmpty()) {
        add(RiskLevel.MEDIUM, line.location(), e.getKey() + " is not pinned to one version"
            + " (==): what gets installed changes with the index", "pin the version you"
            + " reviewed, e.g. with pip freeze or pip-compile");
      }
      requests.add(request.withEnvironment(target));
      lines.add(line);
    }
    List<Verdict> packages = guard.evaluateAll(requests);
    for (int i = 0; i < packages.size(); i++) {
      hashes(lines.get(i).hashes(), lines.get(i).location(), packages.get(i));
    }
    return guard.environmentVerdict(file.getFileName().toString(), ecosystem, packages, findings,
        start);
  }

  /** A lock file: every package at its locked version, its hashes compared. */
  private Verdict runLock(Path file, String name)
      throws InputFileException, RequestSyntaxException {
    Instant start = Instant.now();
    byte[] bytes;
    try {
      bytes = io.pkgguard.core.files.RegularFiles.read(file, MAX_INPUT_BYTES);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputFileException(name, "no such file");
    } catch (java.io.IOException e) {
      throw new InputFileException(name, e.getMessage());
    }
    LockFile lock = LockFiles.read(name, bytes);
    indexWord = "the locked index";
    extraIndexWord = "the locked extra index";
    lock.indexes().forEach(this::index);
    List<PackageRequest> requests = new ArrayList<>();
    List<LockedPackage> locked = new ArrayList<>();
    for (LockedPackage p : lock.packages()) {
      if (p.kind() != LockedPackage.Kind.INDEX) {
        add(RiskLevel.HIGH, p.location(), p.kind().name().toLowerCase(java.util.Locale.ROOT)
            .replace('_', ' ') + " package " + p.name() + p.origin().map(o -> " (" + redact(o)
            + ")").orElse("") + " is not vetted: pkgguard checks packages from trusted indexes"
            + " and does not fetch it", "publish it to a checked index and lock it by name and"
            + " version");
        continue;
      }
      if (!forThisEnvironment(p, lock)) {
        continue;
      }
      requests.add(guard.parse(ecosystem, p.name() + "==" + p.version().orElseThrow())
          .withEnvironment(target));
      locked.add(p);
    }
    // A lock file lists the whole environment at exact versions: nothing to resolve or walk.
    List<Verdict> packages = guard.evaluateExactly(requests);
    for (int i = 0; i < packages.size(); i++) {
      hashes(locked.get(i).hashes(), locked.get(i).location(), packages.get(i));
    }
    return guard.environmentVerdict(name, ecosystem, packages, findings, start);
  }

  /**
   * Whether the line's marker holds for the target environment; a line whose marker cannot be
   * evaluated is checked anyway, with a finding saying so.
   */
  private boolean forThisEnvironment(RequirementLine line, String name) {
    return forThisEnvironment(line.requirement().orElseThrow().marker(), line.location(), name,
        target.markers(), MarkerEvaluator.Context.REQUIREMENT);
  }

  /** The same for a locked package, whose marker the lock reader has checked already. */
  private boolean forThisEnvironment(LockedPackage p, LockFile lock) {
    if (p.marker().isEmpty()) {
      return true;
    }
    // Every extra and dependency group the lock can install counts as asked for: a package any
    // of them would install is checked.
    Map<String, Object> environment = new HashMap<>(target.markers());
    environment.put("extras", lock.extras());
    environment.put("dependency_groups", lock.dependencyGroups());
    try {
      return forThisEnvironment(Optional.of(RequirementParser.parseMarker(p.marker().get())),
          p.location(), p.name(), environment, MarkerEvaluator.Context.LOCK_FILE);
    } catch (InvalidRequirementException e) {
      add(RiskLevel.MEDIUM, p.location(), "the marker of " + p.name() + " cannot be read ("
          + e.getMessage() + "); the package is checked anyway", "regenerate the lock file");
      return true;
    }
  }

  private boolean forThisEnvironment(Optional<Marker> marker, SourceLocation at, String name,
      Map<String, ?> environment, MarkerEvaluator.Context context) {
    if (marker.isEmpty()) {
      return true;
    }
    try {
      if (MarkerEvaluator.evaluate(marker.get(), environment, context)) {
        return true;
      }
      add(RiskLevel.NONE, at, name + " is not for this environment ("
          + target.marker("sys_platform").orElse("?") + ", Python "
          + target.marker("python_version").orElse("?") + "): its marker is false", "");
      return false;
    } catch (MarkerEvaluationException e) {
      add(RiskLevel.MEDIUM, at, "the marker of " + name + " cannot be evaluated ("
          + e.getMessage() + "); the package is checked anyway", "fix the marker");
      return true;
    }
  }

  private PackageRequest constrain(PackageRequest request, RequirementLine line,
      List<RequirementLine> constraints) {
    PackageRequest constrained = request;
    for (RequirementLine c : constraints) {
      String clauses = c.requirement().orElseThrow().clauses().stream().map(Object::toString)
          .collect(Collectors.joining(","));
      if (clauses.isEmpty()) {
        continue;
      }
      if (constrained.version().isPresent()) {
        if (!PypiVersionScheme.scheme().satisfies(constrained.version().get(), clauses)) {
          add(RiskLevel.HIGH, line.location(), request.id().name() + "=="
              + constrained.version().get() + " contradicts the constraint " + clauses + " at "
              + c.location() + ": pip cannot install both", "make the pin and the constraint"
              + " agree");
        }
      } else {
        constrained = constrained.withConstraint(constrained.constraint().map(x -> x + ",")
            .orElse("") + clauses);
      }
    }
    return constrained;
  }

  private void index(IndexOption option) {
    // The value decides; only the value as written is shown (a ${VAR} in it may be a password).
    String value = option.value();
    String shown = option.written();
    switch (option.kind()) {
      case EXTRA_INDEX_URL -> add(RiskLevel.HIGH, option.location(), extraIndexWord + " "
          + redact(shown) + ": pip takes each package from whichever index offers the highest"
          + " version, which is how dependency confusion works; pkgguard checked "
          + sources(), "publish internal packages under names nobody else can claim, or use"
          + " one index that proxies the others");
      case INDEX_URL -> {
        if (!trustedHost(value)) {
          add(RiskLevel.HIGH, option.location(), indexWord + " " + redact(shown) + " is not"
              + " an index of the policy: pip would install from there, pkgguard checked "
              + sources(), "check against that index (--index) or install from a trusted one");
        }
      }
      case TRUSTED_HOST -> add(RiskLevel.HIGH, option.location(), "--trusted-host " + shown
          + " lets pip reach that host without TLS certificate checks", "remove it; fix the"
          + " host's certificate or give pip its CA");
      case FIND_LINKS -> add(RiskLevel.MEDIUM, option.location(), "--find-links "
          + redact(shown) + ": pip may install files from there, which pkgguard did not"
          + " check", "serve those files from a checked index");
      case NO_INDEX -> add(RiskLevel.LOW, option.location(), "--no-index: pip installs only"
          + " from --find-links locations", "");
    }
  }

  private void unvetted(RequirementLine line) {
    String what = switch (line.kind()) {
      case EDITABLE -> "editable requirement";
      case LOCAL_PATH -> "local path requirement";
      default -> "direct URL requirement";
    };
    add(RiskLevel.HIGH, line.location(), what + " '" + line.text() + "' is not vetted:"
        + " pkgguard checks packages from trusted indexes and does not fetch it", "publish it"
        + " to a checked index and require it by name and version");
  }

  private void hashes(List<String> hashes, SourceLocation at, Verdict verdict) {
    if (hashes.isEmpty() || verdict.artifacts().isEmpty()) {
      return;
    }
    Set<String> pinned = hashes.stream().filter(h -> h.startsWith("sha256:"))
        .map(h -> h.substring(7)).collect(Collectors.toSet());
    if (pinned.isEmpty()) {
      return; // sha384/sha512 cannot be compared with the index's sha256 digests
    }
    boolean any = verdict.artifacts().stream().map(Artifact::sha256).flatMap(Optional::stream)
        .anyMatch(pinned::contains);
    if (!any) {
      add(RiskLevel.HIGH, at, "the hashes pinned for " + verdict.id().name()
          + verdict.version().map(v -> " " + v).orElse("") + " match none of the files judged ("
          + verdict.artifacts().stream().map(Artifact::filename).collect(Collectors.joining(", "))
          + "): the files changed since they were pinned, the pins are for another release, or"
          + " they pin a file pkgguard did not inspect", "find out why before installing; pin"
          + " the digest of the file judged");
    }
  }

  private String sources() {
    return guard.sources().stream().filter(s -> s.ecosystem().equals(ecosystem))
        .map(s -> s.indexUrl().toString()).collect(Collectors.joining(", "));
  }

  private boolean trustedHost(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host != null && guard.sources().stream()
          .anyMatch(s -> s.ecosystem().equals(ecosystem) && s.trustsHost(host));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A URL without its password or token, for reports. */
  private static String redact(String url) {
    return url.replaceAll("(?<=://)[^/@]+@", "***@");
  }

  private void add(RiskLevel level, SourceLocation at, String message, String remediation) {
    findings.add(Finding.of(RULE, level, RiskCategory.DEPENDENCY, at + ": " + message)
        .withEvidence(Evidence.of("file", at.file(), "line", Integer.toString(at.line())))
        .withRemediation(remediation));
  }
}
