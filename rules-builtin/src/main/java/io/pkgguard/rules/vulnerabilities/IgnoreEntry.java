package io.pkgguard.rules.vulnerabilities;

import io.pkgguard.api.RuleParameterException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of the policy's {@code ignore} list: {@code "ID until YYYY-MM-DD: reason"}. An entry
 * must say why and until when; an expired one stops working and the finding says so.
 *
 * @param id the advisory id or alias it silences
 * @param until the last day it applies
 * @param reason why, as the policy's author wrote it
 */
record IgnoreEntry(String id, LocalDate until, String reason) {

  private static final Pattern FORM =
      Pattern.compile("\\s*(\\S+)\\s+until\\s+(\\d{4}-\\d{2}-\\d{2})\\s*:\\s*(\\S.*)");

  /** Reads an entry, or says what is wrong with it. */
  static IgnoreEntry parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new RuleParameterException(
          "ignore entry '"
              + text
              + "' must read \"ID until"
              + " YYYY-MM-DD: reason\", such as \"GHSA-xxxx-xxxx-xxxx until 2027-03-31: the"
              + " affected function is not used\"");
    }
    try {
      return new IgnoreEntry(m.group(1), LocalDate.parse(m.group(2)), m.group(3).strip());
    } catch (DateTimeParseException e) {
      throw new RuleParameterException(
          "ignore entry '" + text + "': " + m.group(2) + " is not a date");
    }
  }
}
