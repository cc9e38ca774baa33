package io.pkgguard.api;

import java.util.Comparator;
import org.apiguardian.api.API;

/**
 * An ecosystem's version syntax and ordering (PEP 440 for PyPI, conda's ordering for conda).
 * Implementations are stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface VersionScheme {

  /** The ecosystem id this scheme belongs to. */
  String ecosystem();

  /** Whether {@code version} is a valid version in this scheme. */
  boolean isValid(String version);

  /**
   * The canonical spelling of {@code version}.
   *
   * @throws IllegalArgumentException with a message saying what is wrong, if it is invalid
   */
  String normalize(String version);

  /**
   * Orders two versions.
   *
   * @throws IllegalArgumentException if either is invalid
   */
  int compare(String left, String right);

  /** Whether {@code version} is a pre-release (or development release). */
  boolean isPreRelease(String version);

  /**
   * Whether {@code version} satisfies a version constraint written in this ecosystem's syntax
   * (a PEP 440 specifier set, a conda version spec).
   *
   * @throws IllegalArgumentException if the version or the constraint is invalid
   */
  boolean satisfies(String version, String constraint);

  /** {@link #compare} as a comparator. */
  default Comparator<String> ordering() {
    return this::compare;
  }
}
