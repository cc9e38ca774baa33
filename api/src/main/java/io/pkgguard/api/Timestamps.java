package io.pkgguard.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Times as indexes and advisory databases write them, read the same way by every plugin: RFC 3339
 * / ISO 8601 with {@code Z} or an offset, with or without fractional seconds; without a zone
 * (PyPI's legacy {@code upload_time}, some mirrors' and records'), which is UTC; a date alone,
 * which is its midnight UTC. A space may stand for the {@code T}. Anything else, or anything
 * longer than a time can be, is not a time.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Timestamps {

  private static final int MAX_LENGTH = 64;

  private Timestamps() {}

  /**
   * Reads a time.
   *
   * @param text the text as the document holds it
   * @return the instant; empty if the text is not a time in any of those forms
   */
  public static Optional<Instant> parse(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + "T" + t.substring(11);
    }
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      // no zone or offset: UTC, below
    }
    try {
      return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // a date alone, below
    }
    try {
      return Optional.of(LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
