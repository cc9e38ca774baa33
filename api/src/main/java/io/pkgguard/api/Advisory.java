package io.pkgguard.api;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A published security advisory that a source says applies to a package version.
 *
 * @param id the advisory id, such as {@code PYSEC-2026-1872}, {@code GHSA-...} or {@code MAL-...}
 * @param aliases other ids of the same advisory; unmodifiable, possibly empty
 * @param summary a one-line summary, possibly empty
 * @param details the longer description, possibly empty
 * @param fixedIn versions that fix it, as published; possibly empty
 * @param link a page describing it, if any
 * @param source who reported it to us (for example {@code osv} or {@code pypi})
 * @param withdrawn whether the advisory was withdrawn
 */
public record Advisory(
    String id,
    List<String> aliases,
    String summary,
    String details,
    List<String> fixedIn,
    Optional<URI> link,
    String source,
    boolean withdrawn) {

  public Advisory {
    Objects.requireNonNull(id, "id");
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(details, "details");
    fixedIn = List.copyOf(Objects.requireNonNull(fixedIn, "fixedIn"));
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(source, "source");
  }

  /** Whether this is a record of a known malicious package (an OSV {@code MAL-} record). */
  public boolean isMalicious() {
    return id.startsWith("MAL-") || aliases.stream().anyMatch(a -> a.startsWith("MAL-"));
  }
}
