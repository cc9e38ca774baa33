package io.pkgguard.source.pypi;

import io.pkgguard.api.Dependency;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.NameScheme;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.api.VersionScheme;
import io.pkgguard.source.pypi.files.InstallableFiles;
import io.pkgguard.source.pypi.files.LocalDistributions;
import io.pkgguard.source.pypi.names.PythonNames;
import io.pkgguard.source.pypi.requirements.InvalidRequirementException;
import io.pkgguard.source.pypi.requirements.MarkerEvaluationException;
import io.pkgguard.source.pypi.requirements.MarkerEvaluator;
import io.pkgguard.source.pypi.requirements.Requirement;
import io.pkgguard.source.pypi.requirements.RequirementParser;
import io.pkgguard.source.pypi.versions.PypiVersionScheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code pypi} ecosystem: PEP 508 names and requirements, PEP 440 versions. A specification
 * is a name, {@code name==version}, or any PEP 508 requirement: an exact pin asks for that
 * version, other version clauses become the request's constraint (the source picks the newest
 * release that satisfies it), no clause asks for the index's current version. Stateless and
 * thread-safe.
 */
public final class PypiEcosystem implements Ecosystem {

  /** Words separated by white space, with no requirement syntax: several names in one spec. */
  private static final java.util.regex.Pattern SEVERAL_WORDS =
      java.util.regex.Pattern.compile("[A-Za-z0-9._-]+(\\s+[A-Za-z0-9._-]+)+");

  @Override
  public String id() {
    return PackageId.PYPI;
  }

  @Override
  public NameScheme names() {
    return PythonNames.scheme();
  }

  @Override
  public Optional<VersionScheme> versions() {
    return Optional.of(PypiVersionScheme.scheme());
  }

  @Override
  public PackageRequest parseRequest(String spec) throws RequestSyntaxException {
    if (spec.isBlank()) {
      throw new RequestSyntaxException(
          "the package specification is empty; give a name such as"
              + " 'requests' or 'requests==2.32.3'");
    }
    Requirement requirement;
    try {
      requirement = RequirementParser.parse(spec);
    } catch (InvalidRequirementException e) {
      Optional<String> nameProblem = PythonNames.scheme().problem(leadingName(spec));
      if (nameProblem.isEmpty() && SEVERAL_WORDS.matcher(spec.strip()).matches()) {
        throw new RequestSyntaxException(
            "a package name contains no spaces; give each package" + " as its own argument");
      }
      throw new RequestSyntaxException(
          nameProblem
              .map(p -> "invalid package name: " + p)
              .orElse("invalid requirement: " + e.getMessage()));
    }
    if (requirement.url().isPresent()) {
      throw new RequestSyntaxException(
          "direct URL requirements ('"
              + requirement.name()
              + " @ URL') are not vetted: pkgguard checks packages from trusted indexes; give a name"
              + " and version instead");
    }
    PackageRequest request =
        PackageRequest.of(PackageId.pypi(requirement.name()))
            .withRequirement(spec.strip())
            .withExtras(new LinkedHashSet<>(requirement.extras()));
    Optional<String> pin = requirement.exactPin();
    if (pin.isPresent()) {
      return request.withVersion(pin.get());
    }
    if (!requirement.clauses().isEmpty()) {
      return request.withConstraint(
          String.join(",", requirement.clauses().stream().map(Object::toString).toList()));
    }
    return request;
  }

  /**
   * The release's {@code Requires-Dist} entries whose markers hold for the target with the
   * requested extras (a marker is evaluated once without an extra and once per extra, PEP 508's
   * rule for {@code extra}); a marker that cannot be evaluated for the target counts as holding,
   * so a dependency is checked rather than silently dropped.
   */
  @Override
  public List<Dependency> dependencies(
      PackageMetadata metadata, Set<String> extras, TargetEnvironment target)
      throws RequestSyntaxException {
    List<Dependency> dependencies = new ArrayList<>();
    for (String text : metadata.requiresDist()) {
      Requirement requirement;
      try {
        requirement = RequirementParser.parse(text);
      } catch (InvalidRequirementException e) {
        throw new RequestSyntaxException(
            metadata.id().name()
                + " "
                + metadata.version()
                + " declares a dependency that is not PEP 508: '"
                + text
                + "': "
                + e.getMessage());
      }
      if (!applies(requirement, extras, target)) {
        continue;
      }
      PackageRequest request =
          PackageRequest.of(PackageId.pypi(requirement.name()))
              .withRequirement(text.strip())
              .withExtras(new LinkedHashSet<>(requirement.extras()))
              .withEnvironment(target);
      Optional<String> pin = requirement.exactPin();
      if (pin.isPresent()) {
        request = request.withVersion(pin.get());
      } else if (!requirement.clauses().isEmpty()) {
        request =
            request.withConstraint(
                String.join(",", requirement.clauses().stream().map(Object::toString).toList()));
      }
      dependencies.add(new Dependency(request, text.strip(), requirement.url()));
    }
    return List.copyOf(dependencies);
  }

  private static boolean applies(
      Requirement requirement, Set<String> extras, TargetEnvironment target) {
    if (requirement.marker().isEmpty()) {
      return true;
    }
    List<String> contexts = new ArrayList<>();
    contexts.add("");
    contexts.addAll(extras);
    for (String extra : contexts) {
      Map<String, Object> environment = new HashMap<>(target.markers());
      environment.put("extra", extra);
      try {
        if (MarkerEvaluator.evaluate(
            requirement.marker().get(), environment, MarkerEvaluator.Context.METADATA)) {
          return true;
        }
      } catch (MarkerEvaluationException e) {
        return true;
      }
    }
    return false;
  }

  /** The part of a specification that should be the name: up to the first requirement syntax. */
  private static String leadingName(String spec) {
    String stripped = spec.strip();
    int end = 0;
    while (end < stripped.length() && " \t[(;@<>=!~,".indexOf(stripped.charAt(end)) < 0) {
      end++;
    }
    return stripped.substring(0, end);
  }

  /** The wheel pip would choose for the target, else the sdist (see {@link InstallableFiles}). */
  @Override
  public List<DistributionFile> installableFiles(
      PackageMetadata metadata, TargetEnvironment target) {
    return InstallableFiles.choose(metadata.files(), target);
  }

  /** A wheel's METADATA or an sdist's PKG-INFO (see {@link LocalDistributions}). */
  @Override
  public Optional<PackageMetadata> describe(InspectedDistribution distribution)
      throws SourceException {
    return LocalDistributions.describe(distribution);
  }

  /** Requirements files ({@code *.txt}, {@code *.in}) and the four lock formats. */
  @Override
  public boolean readsEnvironment(String fileName) {
    return io.pkgguard.source.pypi.inputs.PypiEnvironmentReader.reads(fileName);
  }

  @Override
  public io.pkgguard.api.EnvironmentDescription readEnvironment(
      String fileName,
      io.pkgguard.api.EnvironmentFiles files,
      io.pkgguard.api.TargetEnvironment target,
      java.util.Map<String, String> variables)
      throws io.pkgguard.api.EnvironmentFileException {
    return readEnvironment(
        fileName, files, target, variables, io.pkgguard.api.EnvironmentSelection.none());
  }

  @Override
  public io.pkgguard.api.EnvironmentDescription readEnvironment(
      String fileName,
      io.pkgguard.api.EnvironmentFiles files,
      io.pkgguard.api.TargetEnvironment target,
      java.util.Map<String, String> variables,
      io.pkgguard.api.EnvironmentSelection selection)
      throws io.pkgguard.api.EnvironmentFileException {
    return io.pkgguard.source.pypi.inputs.PypiEnvironmentReader.read(
        fileName, files, target, variables, this::parseRequest, selection);
  }
}
