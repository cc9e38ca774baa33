package io.pkgguard.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Supplies the advisories that affect an exact package version (an online database such as OSV,
 * or an offline copy). Like a {@link PackageSource}, it reports facts and decides nothing.
 *
 * <p>Implementations must be thread-safe. They are created by the core with the transport they
 * may use and must not open connections of their own.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface AdvisorySource {

  /**
   * Whether the source has advisories for an ecosystem's packages at all. The core asks only
   * sources that cover a package's ecosystem, and a package no source covers is reported as not
   * checked for vulnerabilities rather than as free of them (OSV, for example, has no conda
   * ecosystem). The default, for sources that cannot tell, is every ecosystem.
   *
   * @param ecosystem an ecosystem id, such as {@link PackageId#CONDA}
   * @return whether an empty answer for that ecosystem means "no known advisory"
   */
  default boolean covers(String ecosystem) {
    return true;
  }

  /**
   * The advisories affecting {@code version} of {@code id}, withdrawn ones included (callers
   * filter); an empty list means the source knows of none.
   *
   * @throws SourceException if the source could not answer; the core then treats the
   *     evaluation as incomplete
   * @param version the version
   * @param id the id
   * @return the advisories affecting that version, withdrawn ones included
   */
  List<Advisory> advisories(PackageId id, String version) throws SourceException;

  /**
   * The advisories of many package versions at once, keyed by query, in the queries' order.
   * Sources with a batch API (OSV's {@code querybatch}) override this so that many packages cost
   * one round trip; the default asks one by one.
   *
   * @throws SourceException if the source could not answer for all of them
   * @param queries the packages and versions to ask about
   * @return the advisories of many package versions at once, keyed by query, in the queries' order
   */
  default Map<AdvisoryQuery, List<Advisory>> advisories(List<AdvisoryQuery> queries)
      throws SourceException {
    Map<AdvisoryQuery, List<Advisory>> answers = new LinkedHashMap<>();
    for (AdvisoryQuery query : queries) {
      if (!answers.containsKey(query)) {
        answers.put(query, advisories(query.id(), query.version()));
      }
    }
    return answers;
  }
}
