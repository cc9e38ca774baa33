package io.pkgguard.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Finds the line of a key in TOML text, so that messages about a parsed (tree) policy can still
 * point at a line. Understands table headers, array-of-table headers, dotted and quoted keys; it
 * is a locator for messages, not a parser.
 */
final class TomlLineFinder {

  private TomlLineFinder() {}

  /** The 1-based line that defines {@code path} (a key or a table), if it can be found. */
  static OptionalInt lineOf(String text, List<String> path) {
    List<String> table = List.of();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      if (line.startsWith("[")) {
        String inner = line.replaceFirst("^\\[\\[?", "").replaceFirst("]]?\\s*(#.*)?$", "");
        table = splitKey(inner);
        if (table.equals(path)) {
          return OptionalInt.of(i + 1);
        }
        continue;
      }
      int equals = line.indexOf('=');
      if (equals <= 0) {
        continue;
      }
      List<String> full = new ArrayList<>(table);
      full.addAll(splitKey(line.substring(0, equals)));
      if (full.size() >= path.size() && full.subList(0, path.size()).equals(path)) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  private static List<String> splitKey(String key) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          current.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '.') {
        parts.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString().strip());
    return parts;
  }
}
