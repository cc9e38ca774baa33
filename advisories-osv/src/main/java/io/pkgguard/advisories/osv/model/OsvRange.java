package io.pkgguard.advisories.osv.model;

import java.util.List;
import java.util.Objects;

/**
 * One entry of an OSV {@code affected[].ranges}.
 *
 * @param type {@code ECOSYSTEM}, {@code SEMVER}, {@code GIT}, or another type this reader does
 *     not evaluate, as written
 * @param events the timeline, in the order the record gives it; unmodifiable
 */
public record OsvRange(String type, List<OsvEvent> events) {

  /** The range type whose versions are the package's own. */
  public static final String ECOSYSTEM = "ECOSYSTEM";

  /** The range type whose versions are SemVer 2.0 versions. */
  public static final String SEMVER = "SEMVER";

  /** The range type whose versions are commit hashes. */
  public static final String GIT = "GIT";

  public OsvRange {
    Objects.requireNonNull(type, "type");
    events = List.copyOf(Objects.requireNonNull(events, "events"));
  }
}
