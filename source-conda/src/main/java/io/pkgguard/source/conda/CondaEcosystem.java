package io.pkgguard.source.conda;

import io.pkgguard.api.AdvisoryQuery;
import io.pkgguard.api.Dependency;
import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentFileException;
import io.pkgguard.api.EnvironmentFiles;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.NameScheme;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.api.VersionScheme;
import io.pkgguard.source.conda.inputs.CondaEnvironmentReader;
import io.pkgguard.source.conda.specs.CondaNames;
import io.pkgguard.source.conda.specs.CondaRequests;
import io.pkgguard.source.conda.versions.CondaVersionScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code conda} ecosystem: names (conda-build accepts lower-case letters, digits, {@code _ .
 * -}; names are compared lower-cased), conda's version ordering, requests and dependencies as
 * match specs, and local conda packages described by their own metadata. Stateless and
 * thread-safe.
 */
public final class CondaEcosystem implements Ecosystem {

  /** The ecosystem id. */
  public static final String ID = PackageId.CONDA;

  private static final VersionScheme VERSIONS = new CondaVersionScheme();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public NameScheme names() {
    return CondaNames.scheme();
  }

  @Override
  public Optional<VersionScheme> versions() {
    return Optional.of(VERSIONS);
  }

  /**
   * Reads a conda match spec ({@code numpy}, {@code numpy >=1.24,<2}, {@code numpy=1.26}, {@code
   * conda-forge::numpy 1.26.4 py311h64a7726_0}); {@code name==version} is one of them. The spec
   * travels with the request, so that the channel chooses by build string and number too.
   */
  @Override
  public PackageRequest parseRequest(String spec) throws RequestSyntaxException {
    return CondaRequests.of(spec.strip(), TargetEnvironment.unknown());
  }

  /**
   * The {@code depends} of the chosen build, as requests for the same target; virtual packages
   * ({@code __glibc}, {@code __cuda}, ...) describe the target system, not packages, and are left
   * out.
   */
  @Override
  public List<Dependency> dependencies(
      PackageMetadata metadata, Set<String> extras, TargetEnvironment target)
      throws RequestSyntaxException {
    List<Dependency> dependencies = new ArrayList<>();
    for (String depends : metadata.requiresDist()) {
      PackageRequest request;
      try {
        request = CondaRequests.of(depends.strip(), target);
      } catch (RequestSyntaxException e) {
        throw new RequestSyntaxException(
            metadata.id().name() + " " + metadata.version() + " depends on " + e.getMessage());
      }
      if (!request.id().name().startsWith("__")) {
        dependencies.add(new Dependency(request, depends.strip(), Optional.empty()));
      }
    }
    return dependencies;
  }

  /** environment.yml, conda-lock.yml, pixi.lock and explicit spec files. */
  @Override
  public boolean readsEnvironment(String fileName) {
    return CondaEnvironmentReader.reads(fileName);
  }

  @Override
  public EnvironmentDescription readEnvironment(
      String fileName,
      EnvironmentFiles files,
      TargetEnvironment target,
      java.util.Map<String, String> variables)
      throws EnvironmentFileException {
    return CondaEnvironmentReader.read(fileName, files, target);
  }

  /** conda's repodata carries no summary, description or URLs: each package's about.json does. */
  @Override
  public boolean indexOmitsDescriptions() {
    return true;
  }

  /**
   * The PyPI distributions the package installs, by the {@code .dist-info} pip leaves in {@code
   * site-packages}: their PyPI advisories apply to it (OSV has no conda ecosystem).
   */
  @Override
  public List<AdvisoryQuery> containedPackages(InspectedDistribution distribution) {
    return RepackagedDistributions.of(distribution);
  }

  /** A conda package's {@code info/index.json} and {@code info/about.json}. */
  @Override
  public Optional<PackageMetadata> describe(InspectedDistribution distribution)
      throws SourceException {
    return CondaPackages.describe(distribution);
  }
}
