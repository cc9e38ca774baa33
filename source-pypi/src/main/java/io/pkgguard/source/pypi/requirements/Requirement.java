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

  /** The exact version pinned by a single {@code ==V} or {@code ===V} clause, if that is all. */
  public Optional<String> exactPin() {
    return clauses.size() == 1 && clauses.get(0).isExactPin()
        ? Optional.of(clauses.get(0).version())
        : Optional.empty();
  }
}
