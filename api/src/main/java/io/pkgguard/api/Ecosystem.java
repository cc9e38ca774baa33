package io.pkgguard.api;

import java.util.List;
import java.util.Set;

/**
 * What pkgguard knows about one packaging ecosystem's syntax: names and package specifications.
 * Discovered through {@link java.util.ServiceLoader}; one implementation per ecosystem id.
 * Implementations are stateless and thread-safe.
 */
public interface Ecosystem {

  /** The ecosystem id, such as {@link PackageId#PYPI}. */
  String id();

  /** How the ecosystem spells and compares names. */
  NameScheme names();

  /** How the ecosystem orders versions and reads version constraints, if pkgguard knows. */
  default java.util.Optional<VersionScheme> versions() {
    return java.util.Optional.empty();
  }

  /**
   * Parses a package specification as users write it (for PyPI: {@code name}, {@code
   * name==1.2} or a PEP 508 requirement).
   *
   * @throws RequestSyntaxException with a message saying what is wrong and where
   */
  PackageRequest parseRequest(String spec) throws RequestSyntaxException;

  /**
   * The dependencies {@code metadata}'s release declares that apply to {@code target} with the
   * requested {@code extras}, in declaration order. Ecosystems that cannot tell return an empty
   * list.
   *
   * @throws RequestSyntaxException if a declared dependency cannot be read; the message names it
   */
  default List<Dependency> dependencies(PackageMetadata metadata,
      Set<String> extras, TargetEnvironment target) throws RequestSyntaxException {
    return List.of();
  }

  /**
   * The files of {@code metadata}'s release an installer would fetch for {@code target}: what the
   * core downloads and inspects, and what the verdict then applies to. The default, for an
   * ecosystem that cannot choose, is every file that is not yanked (every file if all are, as an
   * installer asked for that exact release would take them). Never empty unless the release has no
   * file at all or none can be installed on {@code target}.
   */
  default List<DistributionFile> installableFiles(PackageMetadata metadata,
      TargetEnvironment target) {
    List<DistributionFile> kept = metadata.files().stream().filter(f -> !f.yanked()).toList();
    return kept.isEmpty() ? metadata.files() : kept;
  }
}
