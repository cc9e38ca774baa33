package io.pkgguard.source.pypi.requirements;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed PEP 508 requirement.
 *
 * @param name the project name as written
 * @param extras the extras as written, in order; possibly empty
 * @param clauses the version clauses (all must hold); empty means any version
 * @param url the direct URL after {@code @}, if any
 * @param marker the environment marker after {@code ;}, if any
 */
public record Requirement(
    String name,
    List<String> extras,
    List<VersionClause> clauses,
    Optional<String> url,
    Optional<Marker> marker) {

  public Requirement {
    Objects.requireNonNull(name, "name");
    extras = List.copyOf(extras);
    clauses = List.copyOf(clauses);
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(marker, "marker");
  }

  /**
   * Whether two requirements mean the same: names and extras compared normalised (PEP 503, PEP
   * 685), the same set of clauses, URL and marker.
   */
  public boolean sameAs(Requirement other) {
    return key().equals(other.key());
  }

  private java.util.List<Object> key() {
    var names = io.pkgguard.source.pypi.names.PythonNames.scheme();
    return java.util.List.of(
        names.normalize(name),
        new java.util.TreeSet<>(extras.stream().map(names::normalize).toList()),
        new java.util.TreeSet<>(
            clauses.stream()
                .map(
                    c ->
                        io.pkgguard.source.pypi.versions.Pep440Specifier.parse(c.toString())
                            .canonical())
                .toList()),
        url,
        marker.map(Marker::canonical));
  }

  /**
   * The canonical form: extras sorted, clauses sorted and joined by commas, {@code " @ "} before a
   * URL, the marker in canonical form after {@code "; "} (or {@code " ; "} after a URL).
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(name);
    if (!extras.isEmpty()) {
      out.append('[').append(String.join(",", new java.util.TreeSet<>(extras))).append(']');
    }
    out.append(
        String.join(
            ",", new java.util.TreeSet<>(clauses.stream().map(VersionClause::toString).toList())));
    url.ifPresent(u -> out.append(" @ ").append(u).append(marker.isPresent() ? " " : ""));
    marker.ifPresent(m -> out.append("; ").append(Marker.canonical(m)));
    return out.toString();
  }

  /** The exact version pinned by a single {@code ==V} or {@code ===V} clause, if that is all. */
  public Optional<String> exactPin() {
    return clauses.size() == 1 && clauses.get(0).isExactPin()
        ? Optional.of(clauses.get(0).version())
        : Optional.empty();
  }
}
