package io.pkgguard.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A project's status on its index (PEP 792): active, archived (no further releases expected),
 * quarantined (the index suspects malware and offers no files), deprecated, or a status this
 * version of pkgguard does not know.
 *
 * @param kind the status
 * @param name the status as the index spelled it
 * @param reason the index's explanation, if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProjectStatus(Kind kind, String name, Optional<String> reason) {

  /** Known statuses. */
  public enum Kind {
    /** Maintained as usual. */
    ACTIVE,
    /** Archived: no further releases are expected. */
    ARCHIVED,
    /** Quarantined by the index, typically for suspected malware. */
    QUARANTINED,
    /** Deprecated by its maintainers. */
    DEPRECATED,
    /** A status not defined when this was written. */
    OTHER
  }

  /**
   * Creates the value, checking its components.
   *
   * @param kind the status
   * @param name the status as the index spelled it
   * @param reason the index's explanation, if any
   */
  public ProjectStatus {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * {@return the status an index calls {@code name}}
   *
   * @param name the name
   * @param reason why
   */
  public static ProjectStatus of(String name, Optional<String> reason) {
    Kind kind =
        switch (name.strip().toLowerCase(Locale.ROOT)) {
          case "active" -> Kind.ACTIVE;
          case "archived" -> Kind.ARCHIVED;
          case "quarantined" -> Kind.QUARANTINED;
          case "deprecated" -> Kind.DEPRECATED;
          default -> Kind.OTHER;
        };
    return new ProjectStatus(kind, name, reason);
  }
}
