package io.pkgguard.source.pypi.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Upload times as indexes write them: ISO 8601 with {@code Z} or an offset, with or without
 * fractional seconds, or — PyPI's legacy {@code upload_time}, some mirrors' — without a zone,
 * which is UTC (PyPI's clock). A space may stand for the {@code T}. Anything else is not a time.
 */
final class Timestamps {

  private static final int MAX_LENGTH = 64;

  private Timestamps() {}

  /** The instant, or empty if the text is not a time in any of those forms. */
  static Optional<Instant> parse(String text) {
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
      // no zone or offset: try UTC below
    }
    try {
      return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
