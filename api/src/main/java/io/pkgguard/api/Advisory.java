package io.pkgguard.api;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

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
 * @param severities the scores the advisory publishes (CVSS vectors and the like), as published;
 *     possibly empty. Rules compute what they need from the vectors; a score that is missing is
 *     not assumed.
 * @param databaseSeverity the severity word the publishing database gives ({@code LOW}, {@code
 *     MODERATE}, {@code HIGH}, {@code CRITICAL}, ...), if any
 * @param undecided why the source could not tell whether the version is affected (a range bound
 *     that is not a version, say), if it could not; empty when the advisory does affect it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Advisory(
    String id,
    List<String> aliases,
    String summary,
    String details,
    List<String> fixedIn,
    Optional<URI> link,
    String source,
    boolean withdrawn,
    List<Severity> severities,
    Optional<String> databaseSeverity,
    Optional<String> undecided) {

  /**
   * Creates the value, checking its components.
   *
   * @param id the advisory id, such as {@code PYSEC-2026-1872}, {@code GHSA-...} or {@code MAL-...}
   * @param aliases other ids of the same advisory; unmodifiable, possibly empty
   * @param summary a one-line summary, possibly empty
   * @param details the longer description, possibly empty
   * @param fixedIn versions that fix it, as published; possibly empty
   * @param link a page describing it, if any
   * @param source who reported it to us (for example {@code osv} or {@code pypi})
   * @param withdrawn whether the advisory was withdrawn
   * @param severities the scores the advisory publishes (CVSS vectors and the like), as published;
   *     possibly empty. Rules compute what they need from the vectors; a score that is missing is
   *     not assumed.
   * @param databaseSeverity the severity word the publishing database gives ({@code LOW}, {@code
   *     MODERATE}, {@code HIGH}, {@code CRITICAL}, ...), if any
   * @param undecided why the source could not tell whether the version is affected (a range bound
   *     that is not a version, say), if it could not; empty when the advisory does affect it
   */
  public Advisory {
    Objects.requireNonNull(id, "id");
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(details, "details");
    fixedIn = List.copyOf(Objects.requireNonNull(fixedIn, "fixedIn"));
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(source, "source");
    severities = List.copyOf(Objects.requireNonNull(severities, "severities"));
    Objects.requireNonNull(databaseSeverity, "databaseSeverity");
    Objects.requireNonNull(undecided, "undecided");
  }

  /**
   * An advisory that publishes no severity.
   *
   * @param id the id
   * @param fixedIn versions that fix it
   * @param source which database reported it
   * @param withdrawn when it was withdrawn, if it was
   * @param summary one line
   * @param link where to read more
   * @param details the full text
   * @param aliases other ids of the same advisory
   */
  public Advisory(
      String id,
      List<String> aliases,
      String summary,
      String details,
      List<String> fixedIn,
      Optional<URI> link,
      String source,
      boolean withdrawn) {
    this(
        id,
        aliases,
        summary,
        details,
        fixedIn,
        link,
        source,
        withdrawn,
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * One published severity score.
   *
   * @param type the scoring method as OSV names it: {@code CVSS_V3}, {@code CVSS_V4}, {@code
   *     CVSS_V2}, {@code Ubuntu}, ...
   * @param score the score in that method's notation, such as a CVSS vector
   */
  public record Severity(String type, String score) {

    /**
     * Creates the value, checking its components.
     *
     * @param type the scoring method as OSV names it: {@code CVSS_V3}, {@code CVSS_V4}, {@code
     *     CVSS_V2}, {@code Ubuntu}, ...
     * @param score the score in that method's notation, such as a CVSS vector
     */
    public Severity {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(score, "score");
    }
  }

  /** {@return every id this advisory is known by: its own and its aliases} */
  public java.util.Set<String> ids() {
    var all = new java.util.LinkedHashSet<String>();
    all.add(id);
    all.addAll(aliases);
    return java.util.Collections.unmodifiableSet(all);
  }

  /**
   * {@return whether this is a record of a known malicious package (an OSV {@code MAL-} record)}
   */
  public boolean isMalicious() {
    return id.startsWith("MAL-") || aliases.stream().anyMatch(a -> a.startsWith("MAL-"));
  }
}
