package io.pkgguard.api;

import org.apiguardian.api.API;

/**
 * What a guard is doing while it evaluates, for a host's progress display: a package asked for,
 * its release resolved, its files downloaded, its verdict reached. Called from the evaluating
 * threads, possibly at once: an implementation must be thread-safe and quick, and whatever it
 * throws is ignored (progress never changes a verdict).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface EvaluationProgress {

  /** Reports nothing. */
  EvaluationProgress NONE = new EvaluationProgress() {};

  /**
   * An evaluation started.
   *
   * @param request what is evaluated (a package asked for, or a dependency found)
   */
  default void started(PackageRequest request) {}

  /**
   * The index answered: the release to judge is known.
   *
   * @param id the package
   * @param version the release
   */
  default void resolved(PackageId id, String version) {}

  /**
   * A file an installer would take was downloaded and read.
   *
   * @param filename its name
   * @param bytes its size
   */
  default void downloaded(String filename, long bytes) {}

  /**
   * An evaluation reached its verdict.
   *
   * @param verdict the verdict
   */
  default void finished(Verdict verdict) {}
}
