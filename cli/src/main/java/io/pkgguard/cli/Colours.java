package io.pkgguard.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours a text report by decision and level for a terminal (ANSI SGR codes): a verdict line's
 * decision, a finding line's level. Only the words pkgguard itself writes at the start of its lines
 * are coloured; what packages wrote is left as the report cleaned it.
 */
final class Colours {

  private static final String RESET = "\u001b[0m";
  private static final Map<String, String> CODES =
      Map.of(
          "ALLOW", "\u001b[32m",
          "REVIEW", "\u001b[33m",
          "SPECIAL_APPROVAL", "\u001b[35m",
          "REJECT", "\u001b[1;31m",
          "CRITICAL", "\u001b[1;31m",
          "HIGH", "\u001b[31m",
          "MEDIUM", "\u001b[33m",
          "LOW", "\u001b[36m");
  private static final Pattern WORD =
      Pattern.compile(
          "^( {0,4})(ALLOW|REVIEW|SPECIAL_APPROVAL|REJECT|CRITICAL|HIGH|MEDIUM|LOW)(?= )",
          Pattern.MULTILINE);

  private Colours() {}

  /** {@return the report with its decisions and levels coloured} */
  static String apply(String report) {
    Matcher m = WORD.matcher(report);
    StringBuilder out = new StringBuilder(report.length() + 256);
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(m.group(1) + CODES.get(m.group(2)) + m.group(2) + RESET));
    }
    m.appendTail(out);
    return out.toString();
  }
}
