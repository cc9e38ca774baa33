package io.pkgguard.api;

import java.util.Comparator;
import org.apiguardian.api.API;

/**
 * An ecosystem's version syntax and ordering (PEP 440 for PyPI, conda's ordering for conda).
 * Implementations are stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface VersionScheme {

  /** {@return the ecosystem id this scheme belongs to} */
  String ecosystem();

  /**
   * {@return whether {@code version} is a valid version in this scheme}
   *
   * @param version the version
   */
  boolean isValid(String version);

  /**
   * The canonical spelling of {@code version}.
   *
   * @throws IllegalArgumentException with a message saying what is wrong, if it is invalid
   * @param version the version
   * @return the canonical spelling of {@code version}
   */
  String normalize(String version);

  /**
   * Orders two versions.
   *
   * @throws IllegalArgumentException if either is invalid
   * @param left one version
   * @param right the other version
   * @return a negative number, zero or a positive number as {@code left} is older than, equal to
   *     or newer than {@code right}
   */
  int compare(String left, String right);

  /**
   * {@return whether {@code version} is a pre-release (or development release)}
   *
   * @param version the version
   */
  boolean isPreRelease(String version);

  /**
   * Whether {@code version} satisfies a version constraint written in this ecosystem's syntax
   * (a PEP 440 specifier set, a conda version spec).
   *
   * @throws IllegalArgumentException if the version or the constraint is invalid
   * @param constraint a version constraint
   * @param version the version
   * @return whether {@code version} satisfies {@code constraint}
   */
  boolean satisfies(String version, String constraint);

  /** {@return {@link #compare} as a comparator} */
  default Comparator<String> ordering() {
    return this::compare;
  }
}
