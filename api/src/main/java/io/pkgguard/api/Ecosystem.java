package io.pkgguard.api;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What pkgguard knows about one packaging ecosystem's syntax: names and package specifications.
 * Discovered through {@link java.util.ServiceLoader}; one implementation per ecosystem id.
 * Implementations are stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Ecosystem {

  /** {@return the ecosystem id, such as {@link PackageId#PYPI}} */
  String id();

  /** {@return how the ecosystem spells and compares names} */
  NameScheme names();

  /**
   * {@return how the ecosystem orders versions and reads version constraints, if pkgguard knows}
   */
  default java.util.Optional<VersionScheme> versions() {
    return java.util.Optional.empty();
  }

  /**
   * Parses a package specification as users write it (for PyPI: {@code name}, {@code
   * name==1.2} or a PEP 508 requirement).
   *
   * @throws RequestSyntaxException with a message saying what is wrong and where
   * @param spec the specification text
   * @return the request
   */
  PackageRequest parseRequest(String spec) throws RequestSyntaxException;

  /**
   * The dependencies {@code metadata}'s release declares that apply to {@code target} with the
   * requested {@code extras}, in declaration order. Ecosystems that cannot tell return an empty
   * list.
   *
   * @throws RequestSyntaxException if a declared dependency cannot be read; the message names it
   * @param extras the extras asked for
   * @param metadata the release the index described
   * @param target the target environment
   * @return the dependencies that apply, in the order the release declares them
   */
  default List<Dependency> dependencies(
      PackageMetadata metadata, Set<String> extras, TargetEnvironment target)
      throws RequestSyntaxException {
    return List.of();
  }

  /**
   * The files of {@code metadata}'s release an installer would fetch for {@code target}: what the
   * core downloads and inspects, and what the verdict then applies to. The default, for an
   * ecosystem that cannot choose, is every file that is not yanked (every file if all are, as an
   * installer asked for that exact release would take them). Never empty unless the release has no
   * file at all or none can be installed on {@code target}.
   *
   * @param target the target environment
   * @param metadata the release the index described
   * @return the files an installer would fetch; possibly empty
   */
  default List<DistributionFile> installableFiles(
      PackageMetadata metadata, TargetEnvironment target) {
    List<DistributionFile> kept = metadata.files().stream().filter(f -> !f.yanked()).toList();
    return kept.isEmpty() ? metadata.files() : kept;
  }

  /**
   * What a distribution file says about itself, for judging a local file that no index describes
   * (for PyPI: a wheel's {@code .dist-info/METADATA}, an sdist's {@code PKG-INFO}). The metadata's
   * only file is {@code distribution.file()}; facts only an index knows (upload times, other
   * releases, download counts) are absent, so rules report them as unknown.
   *
   * @return empty if this ecosystem does not recognise the file
   * @throws SourceException if it recognises the file but cannot read what it says about itself
   * @param distribution the file as read
   */
  default java.util.Optional<PackageMetadata> describe(InspectedDistribution distribution)
      throws SourceException {
    return java.util.Optional.empty();
  }

  /**
   * Whether this ecosystem's indexes leave out what packages say about themselves (conda's
   * repodata has no summary, description, URLs or maintainers: they are inside each package, in
   * {@code info/about.json} and the recipe). The core then reads the files to install before the
   * metadata-stage rules, and fills what the index left out from {@link #describe}; the index's
   * own facts always win.
   *
   * @return whether descriptions come from the files rather than the index
   */
  default boolean indexOmitsDescriptions() {
    return false;
  }

  /**
   * Packages of other ecosystems that a file certainly installs, by their own metadata inside it
   * (a conda package that installs a PyPI distribution carries its {@code .dist-info/METADATA}).
   * The core consults advisory databases for them too, so that a repackaged project's advisories
   * reach the package even where no database covers this ecosystem. Only certain identities
   * belong here: a guessed mapping would hide or invent vulnerabilities.
   *
   * @param distribution the file as read
   * @return the packages and versions it installs; empty if none is certain
   */
  default List<AdvisoryQuery> containedPackages(InspectedDistribution distribution) {
    return List.of();
  }

  /**
   * Whether this ecosystem reads a file of this name as an environment: a requirements or lock
   * file ({@link #readEnvironment}).
   *
   * @param fileName the file's name, without directories
   * @return whether it reads it
   */
  default boolean readsEnvironment(String fileName) {
    return false;
  }

  /**
   * Reads a requirements or lock file into a neutral description, for the target environment:
   * packages whose marker is false for it are left out (and observed). Reading is pure: the
   * files come from {@code files}, the variables a file may use from {@code variables}.
   *
   * @param fileName the file's name; {@code files} serves it and what it includes
   * @param files the project's files, by path relative to the file's directory
   * @param target the environment the packages are for
   * @param variables environment variables the file may refer to (pip's {@code ${VAR}})
   * @return the description
   * @throws EnvironmentFileException if the file cannot be read, saying what and where
   */
  default EnvironmentDescription readEnvironment(
      String fileName,
      EnvironmentFiles files,
      TargetEnvironment target,
      java.util.Map<String, String> variables)
      throws EnvironmentFileException {
    throw new EnvironmentFileException(
        fileName + ": the " + id() + " ecosystem reads no" + " requirements or lock files");
  }

  /**
   * Reads a requirements or lock file with the extras and dependency groups a user selected
   * ({@code --extra}, {@code --group}). An ecosystem whose files have none keeps the default,
   * which reads the file as {@link #readEnvironment(String, EnvironmentFiles, TargetEnvironment,
   * java.util.Map)} does when nothing is selected, and otherwise refuses the selection rather than
   * ignore it.
   *
   * @param fileName the file's name; {@code files} serves it and what it includes
   * @param files the project's files, by path relative to the file's directory
   * @param target the environment the packages are for
   * @param variables environment variables the file may refer to
   * @param selection the extras and groups to judge besides the required dependencies
   * @return the description
   * @throws EnvironmentFileException if the file cannot be read, or has no such extra or group
   */
  default EnvironmentDescription readEnvironment(
      String fileName,
      EnvironmentFiles files,
      TargetEnvironment target,
      java.util.Map<String, String> variables,
      EnvironmentSelection selection)
      throws EnvironmentFileException {
    if (!selection.isEmpty()) {
      throw new EnvironmentFileException(
          fileName
              + ": the "
              + id()
              + " ecosystem's files have no extras or dependency groups to select");
    }
    return readEnvironment(fileName, files, target, variables);
  }
}
