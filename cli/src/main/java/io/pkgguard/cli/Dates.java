package io.pkgguard.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Times on the command line: shown in UTC to the minute; read as a date ({@code 2027-01-31}), an
 * instant ({@code 2027-01-31T12:00:00Z}) or a span from now ({@code 30d}, {@code 12h}).
 */
final class Dates {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Pattern SPAN = Pattern.compile("(\\d{1,6})([dhm])");

  private Dates() {}

  static String show(Instant instant) {
    return SHOWN.format(instant);
  }

  /**
   * A time ahead: a date means the end of that day (UTC), a span is counted from now.
   *
   * @throws IllegalArgumentException saying what is accepted
   */
  static Instant ahead(String text, Clock clock) {
    return read(text, clock, true);
  }

  /**
   * A time behind: a date means the start of that day (UTC), a span is counted back from now.
   *
   * @throws IllegalArgumentException saying what is accepted
   */
  static Instant behind(String text, Clock clock) {
    return read(text, clock, false);
  }

  private static Instant read(String text, Clock clock, boolean ahead) {
    String t = text.strip();
    Matcher span = SPAN.matcher(t);
    if (span.matches()) {
      long n = Long.parseLong(span.group(1));
      Duration d =
          switch (span.group(2)) {
            case "d" -> Duration.ofDays(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofMinutes(n);
          };
      return ahead ? clock.instant().plus(d) : clock.instant().minus(d);
    }
    try {
      LocalDate day = LocalDate.parse(t);
      return (ahead ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      // not a date; an instant?
    }
    try {
      return Instant.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'"
              + TerminalText.clean(text)
              + "' is not a time:"
              + " give a date (2027-01-31), an instant (2027-01-31T12:00:00Z) or a span such as"
              + " 30d, 12h or 90m");
    }
  }

  /** Reads --until: a time ahead. */
  static final class Ahead implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return ahead(value, Clock.systemUTC());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads --since: a time behind. */
  static final class Behind implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return behind(value, Clock.systemUTC());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
