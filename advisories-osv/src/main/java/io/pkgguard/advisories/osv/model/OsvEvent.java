package io.pkgguard.advisories.osv.model;

import java.util.Objects;

/**
 * One event of an OSV range's timeline.
 *
 * @param kind what happens at {@code version}
 * @param version the version, in the range type's syntax ({@code "0"} for an {@code introduced}
 *     before every version; a {@code limit} containing {@code "*"} is infinity)
 */
public record OsvEvent(Kind kind, String version) {

  /** The four kinds of event the OSV schema defines. */
  public enum Kind {
    /** The vulnerability appears in this version. */
    INTRODUCED("introduced"),
    /** The vulnerability is fixed in this version (it is not affected). */
    FIXED("fixed"),
    /** The last version known to be affected (later ones are taken as not affected). */
    LAST_AFFECTED("last_affected"),
    /** An upper bound on the versions the range describes at all. */
    LIMIT("limit");

    private final String field;

    Kind(String field) {
      this.field = field;
    }

    /** The JSON field name. */
    public String field() {
      return field;
    }
  }

  public OsvEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(version, "version");
  }

  /** Whether this is the {@code introduced: "0"} that stands before every version. */
  public boolean isFromTheStart() {
    return kind == Kind.INTRODUCED && version.equals("0");
  }
}
