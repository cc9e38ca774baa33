package io.pkgguard.advisories.osv.matching;

import io.pkgguard.advisories.osv.model.OsvAffected;
import io.pkgguard.advisories.osv.model.OsvRecord;
import io.pkgguard.api.Advisory;
import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.VersionScheme;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which OSV records concern a package version and turns them into {@link Advisory}s.
 * A record's {@code affected} entries are compared by OSV ecosystem name and by the ecosystem's
 * normalised package name; entries of other ecosystems never match. Thread-safe.
 */
public final class OsvMatcher {

  private static final Map<String, String> OSV_ECOSYSTEMS = Map.of(PackageId.PYPI, "PyPI");

  private final Map<String, Ecosystem> ecosystems;
  private final String source;

  /**
   * A matcher for the installed ecosystems.
   *
   * @param source how advisories name where they came from (the advisory source's id)
   */
  public OsvMatcher(Map<String, Ecosystem> ecosystems, String source) {
    this.ecosystems = Map.copyOf(Objects.requireNonNull(ecosystems, "ecosystems"));
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The OSV name of a pkgguard ecosystem, if OSV has one ({@code pypi} → {@code PyPI}). */
  public static Optional<String> osvEcosystem(String ecosystemId) {
    return Optional.ofNullable(OSV_ECOSYSTEMS.get(ecosystemId));
  }

  /** The key under which records are indexed: OSV ecosystem and normalised name. */
  public Optional<String> key(String osvEcosystem, String name) {
    for (Map.Entry<String, String> e : OSV_ECOSYSTEMS.entrySet()) {
      // OSV ecosystems may carry a suffix (":release"); PyPI has none.
      if (e.getValue().equals(osvEcosystem) && ecosystems.containsKey(e.getKey())) {
        return Optional.of(e.getValue() + ":" + ecosystems.get(e.getKey()).names().normalize(name));
      }
    }
    return Optional.empty();
  }

  /** The key of a package, if its ecosystem is one OSV knows. */
  public Optional<String> key(PackageId id) {
    return osvEcosystem(id.ecosystem()).flatMap(osv -> key(osv, id.name()));
  }

  /** The record with its listed versions canonicalised, for repeated matching. */
  public PreparedRecord prepare(OsvRecord record) {
    List<java.util.Set<String>> listed = new ArrayList<>();
    for (OsvAffected affected : record.affected()) {
      Optional<VersionScheme> scheme = schemeOf(affected.ecosystem());
      listed.add(
          scheme
              .map(s -> AffectedVersions.canonical(affected.versions(), s))
              .orElseGet(() -> java.util.Set.copyOf(affected.versions())));
    }
    return new PreparedRecord(record, listed);
  }

  private Optional<VersionScheme> schemeOf(String osvEcosystem) {
    for (Map.Entry<String, String> e : OSV_ECOSYSTEMS.entrySet()) {
      if (e.getValue().equals(osvEcosystem) && ecosystems.containsKey(e.getKey())) {
        return ecosystems.get(e.getKey()).versions();
      }
    }
    return Optional.empty();
  }

  /** The advisory {@code record} is about {@code version} of {@code id}, if it is. */
  public Optional<Advisory> match(OsvRecord record, PackageId id, String version) {
    return match(prepare(record), id, version);
  }

  /** As {@link #match(OsvRecord, PackageId, String)}, for a prepared record. */
  public Optional<Advisory> match(PreparedRecord prepared, PackageId id, String version) {
    OsvRecord record = prepared.record();
    Optional<String> wanted = key(id);
    Optional<VersionScheme> scheme =
        Optional.ofNullable(ecosystems.get(id.ecosystem())).flatMap(Ecosystem::versions);
    if (wanted.isEmpty() || scheme.isEmpty()) {
      return Optional.empty();
    }
    Optional<Advisory> undecided = Optional.empty();
    for (int i = 0; i < record.affected().size(); i++) {
      OsvAffected affected = record.affected().get(i);
      if (!key(affected.ecosystem(), affected.name()).equals(wanted)) {
        continue;
      }
      Match match =
          AffectedVersions.evaluate(affected, prepared.listed().get(i), version, scheme.get());
      if (match.status() == Match.Status.AFFECTED) {
        return Optional.of(advisory(record, affected, match.nearestFixed(), Optional.empty()));
      }
      if (match.status() == Match.Status.UNDECIDABLE && undecided.isEmpty()) {
        undecided =
            Optional.of(advisory(record, affected, Optional.empty(), Optional.of(match.reason())));
      }
    }
    return undecided;
  }

  /**
   * The advisory for a record that OSV's API lists for {@code version} of {@code id}: OSV's
   * answer decides even where the local evaluation does not agree (its ecosystem logic is the
   * reference); the nearest fixed version is still looked for in the record.
   */
  public Advisory listed(OsvRecord record, PackageId id, String version) {
    Optional<String> wanted = key(id);
    Optional<VersionScheme> scheme =
        Optional.ofNullable(ecosystems.get(id.ecosystem())).flatMap(Ecosystem::versions);
    for (OsvAffected affected : record.affected()) {
      if (wanted.isPresent()
          && scheme.isPresent()
          && key(affected.ecosystem(), affected.name()).equals(wanted)) {
        return advisory(
            record,
            affected,
            AffectedVersions.nearestFixed(affected, version, scheme.get()),
            Optional.empty());
      }
    }
    return advisory(
        record,
        new OsvAffected("", "", List.of(), List.of(), List.of()),
        Optional.empty(),
        Optional.empty());
  }

  private Advisory advisory(
      OsvRecord record, OsvAffected affected, Optional<String> fixed, Optional<String> undecided) {
    String summary = record.summary().isBlank() ? firstLine(record.details()) : record.summary();
    List<Advisory.Severity> severities =
        affected.severities().isEmpty() ? record.severities() : affected.severities();
    URI link =
        record.references().isEmpty()
            ? URI.create("https://osv.dev/vulnerability/" + record.id())
            : record.references().get(0);
    return new Advisory(
        record.id(),
        record.aliases(),
        summary,
        record.details(),
        new ArrayList<>(fixed.stream().toList()),
        Optional.of(link),
        source,
        record.withdrawn().isPresent(),
        severities,
        record.databaseSeverity(),
        undecided);
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
