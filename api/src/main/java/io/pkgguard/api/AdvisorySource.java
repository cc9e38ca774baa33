package io.pkgguard.api;

import java.util.List;

/**
 * Supplies the advisories that affect an exact package version (an online database such as OSV,
 * or an offline copy). Like a {@link PackageSource}, it reports facts and decides nothing.
 *
 * <p>Implementations must be thread-safe. They are created by the core with the transport they
 * may use and must not open connections of their own.
 */
public interface AdvisorySource {

  /**
   * The advisories affecting {@code version} of {@code id}, withdrawn ones included (callers
   * filter); an empty list means the source knows of none.
   *
   * @throws SourceException if the source could not answer; the core then treats the
   *     evaluation as incomplete
   */
  List<Advisory> advisories(PackageId id, String version) throws SourceException;
}
