package io.pkgguard.advisories.osv.model;

import io.pkgguard.api.Advisory;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An OSV record (https://ossf.github.io/osv-schema/), as much of it as advisories need.
 *
 * @param id the record id, such as {@code PYSEC-2021-370}, {@code GHSA-…} or {@code MAL-…}
 * @param aliases other ids of the same vulnerability; unmodifiable
 * @param summary one line, possibly empty
 * @param details the longer text, possibly empty
 * @param modified when the record last changed, if given
 * @param withdrawn when the record was withdrawn, if it was
 * @param severities record-level severities; unmodifiable
 * @param databaseSeverity {@code database_specific.severity}, if given
 * @param affected the affected packages; unmodifiable
 * @param references the reference URLs, advisory pages first; unmodifiable
 */
public record OsvRecord(
    String id,
    List<String> aliases,
    String summary,
    String details,
    Optional<Instant> modified,
    Optional<Instant> withdrawn,
    List<Advisory.Severity> severities,
    Optional<String> databaseSeverity,
    List<OsvAffected> affected,
    List<URI> references) {

  public OsvRecord {
    Objects.requireNonNull(id, "id");
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(modified, "modified");
    Objects.requireNonNull(withdrawn, "withdrawn");
    severities = List.copyOf(Objects.requireNonNull(severities, "severities"));
    Objects.requireNonNull(databaseSeverity, "databaseSeverity");
    affected = List.copyOf(Objects.requireNonNull(affected, "affected"));
    references = List.copyOf(Objects.requireNonNull(references, "references"));
  }

  /** Whether this is a record of a known malicious package. */
  public boolean isMalicious() {
    return id.startsWith("MAL-") || aliases.stream().anyMatch(a -> a.startsWith("MAL-"));
  }
}
