package io.pkgguard.advisories.osv.matching;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether an OSV record's affected entry covers a version.
 *
 * @param status the answer
 * @param nearestFixed the lowest {@code fixed} version above the queried one, if the record
 *     names one: the version to upgrade to
 * @param reason for {@link Status#UNDECIDABLE}: why not; otherwise empty
 */
public record Match(Status status, Optional<String> nearestFixed, String reason) {

  /** The three answers. */
  public enum Status {
    /** The version is affected. */
    AFFECTED,
    /** The version is not affected. */
    NOT_AFFECTED,
    /**
     * The record cannot be evaluated for this version (a bound that is not a version, a range
     * type that needs a repository): it may be affected.
     */
    UNDECIDABLE
  }

  public Match {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nearestFixed, "nearestFixed");
    Objects.requireNonNull(reason, "reason");
  }

  static Match notAffected() {
    return new Match(Status.NOT_AFFECTED, Optional.empty(), "");
  }

  static Match undecidable(String reason) {
    return new Match(Status.UNDECIDABLE, Optional.empty(), reason);
  }
}
