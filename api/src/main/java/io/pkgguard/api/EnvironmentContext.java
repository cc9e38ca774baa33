package io.pkgguard.api;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an {@link RuleStage#ENVIRONMENT} rule sees: the environment's description, the verdict of
 * each package it asked for (in the order of {@link EnvironmentDescription#requirements()}), the
 * sources the guard trusts for its ecosystem, and the target it was judged for.
 *
 * @param description the requirements or lock file, as its ecosystem read it
 * @param packages one verdict per requirement, in order
 * @param sources the ecosystem's configured sources
 * @param target the environment the packages were judged for
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EnvironmentContext(
    EnvironmentDescription description,
    List<Verdict> packages,
    List<SourceDescriptor> sources,
    TargetEnvironment target) {

  /**
   * Creates the value, checking its components.
   *
   * @param description the description
   * @param packages one verdict per requirement
   * @param sources the ecosystem's sources
   * @param target the target
   */
  public EnvironmentContext {
    Objects.requireNonNull(description, "description");
    packages = List.copyOf(Objects.requireNonNull(packages, "packages"));
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(target, "target");
    if (packages.size() != description.requirements().size()) {
      throw new IllegalArgumentException(
          "one verdict per requirement: "
              + description.requirements().size()
              + " requirements, "
              + packages.size()
              + " verdicts");
    }
  }
}
