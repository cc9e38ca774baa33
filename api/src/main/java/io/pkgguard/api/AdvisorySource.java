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
