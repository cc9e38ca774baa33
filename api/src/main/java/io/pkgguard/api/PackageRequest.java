package io.pkgguard.api;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a host asks about: a package, optionally an exact version, for a target environment.
 *
 * @param id the package; never null
 * @param version the exact version requested; empty means the newest release that satisfies
 *     {@code constraint}, or without a constraint the version the source considers current
 * @param constraint a version constraint in the ecosystem's syntax (a PEP 440 specifier set for
 *     PyPI, such as {@code >=2,<3}); empty if none. Ignored when {@code version} is present
 * @param requirement the text the request was parsed from (for reports), empty when built in code
 * @param extras the extras requested, empty if none; unmodifiable
 * @param environment where the package would be installed; {@link TargetEnvironment#unknown()} if
 *     not known
 * @param sourceId the id of the source to ask; empty means the policy's default source of the
 *     ecosystem
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PackageRequest(
    PackageId id,
    Optional<String> version,
    Optional<String> constraint,
    Optional<String> requirement,
    Set<String> extras,
    TargetEnvironment environment,
    Optional<String> sourceId) {

  /**
   * Creates the value, checking its components.
   *
   * @param id the package; never null
   * @param version the exact version requested; empty means the newest release that satisfies
   *     {@code constraint}, or without a constraint the version the source considers current
   * @param constraint a version constraint in the ecosystem's syntax (a PEP 440 specifier set for
   *     PyPI, such as {@code >=2,<3}); empty if none. Ignored when {@code version} is present
   * @param requirement the text the request was parsed from (for reports), empty when built in code
   * @param extras the extras requested, empty if none; unmodifiable
   * @param environment where the package would be installed; {@link TargetEnvironment#unknown()} if
   *     not known
   * @param sourceId the id of the source to ask; empty means the policy's default source of the
   *     ecosystem
   */
  public PackageRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(requirement, "requirement");
    extras = Set.copyOf(Objects.requireNonNull(extras, "extras"));
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(sourceId, "sourceId");
  }

  /**
   * {@return a request for the current version of a package}
   *
   * @param id the id
   */
  public static PackageRequest of(PackageId id) {
    return new PackageRequest(
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        TargetEnvironment.unknown(),
        Optional.empty());
  }

  /**
   * {@return a request for an exact version of a package}
   *
   * @param id the id
   * @param version the version
   */
  public static PackageRequest of(PackageId id, String version) {
    return of(id).withVersion(version);
  }

  /**
   * {@return this request pinned to {@code exactVersion}}
   *
   * @param exactVersion the exact version
   */
  public PackageRequest withVersion(String exactVersion) {
    return new PackageRequest(
        id, Optional.of(exactVersion), constraint, requirement, extras, environment, sourceId);
  }

  /**
   * {@return this request for the newest release satisfying {@code versionConstraint}}
   *
   * @param versionConstraint the version constraint, in the ecosystem's syntax
   */
  public PackageRequest withConstraint(String versionConstraint) {
    return new PackageRequest(
        id, version, Optional.of(versionConstraint), requirement, extras, environment, sourceId);
  }

  /**
   * {@return this request, remembering the text it was parsed from}
   *
   * @param text the requirement as written
   */
  public PackageRequest withRequirement(String text) {
    return new PackageRequest(
        id, version, constraint, Optional.of(text), extras, environment, sourceId);
  }

  /**
   * {@return this request with the given extras}
   *
   * @param newExtras the extras asked for
   */
  public PackageRequest withExtras(Set<String> newExtras) {
    return new PackageRequest(
        id, version, constraint, requirement, newExtras, environment, sourceId);
  }

  /**
   * {@return this request for another target environment}
   *
   * @param target the target environment
   */
  public PackageRequest withEnvironment(TargetEnvironment target) {
    return new PackageRequest(id, version, constraint, requirement, extras, target, sourceId);
  }

  /**
   * {@return this request addressed to the source with the given id}
   *
   * @param id the id
   */
  public PackageRequest withSource(String id) {
    return new PackageRequest(
        this.id, version, constraint, requirement, extras, environment, Optional.of(id));
  }

  /** {@code ecosystem:name}, {@code ecosystem:name==version} or {@code ecosystem:name>=2}. */
  @Override
  public String toString() {
    return version.map(v -> id + "==" + v).orElse(id + constraint.orElse(""));
  }
}
