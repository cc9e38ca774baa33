package io.pkgguard.cli.installers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An INI file as Python's {@code configparser} reads pip's configuration: {@code [section]}
 * headers, {@code key = value} or {@code key: value}, indented continuation lines, whole-line
 * comments ({@code #}, {@code ;}), and — as configparser's strict mode — no section or key twice.
 * Keys are compared as pip compares them: lower case, {@code _} read as {@code -}.
 */
final class IniFile {

  /**
   * A value and where it was set.
   *
   * @param text the value, continuation lines joined with newlines
   * @param line the line of its key
   * @param lines the line each line of {@code text} stands on
   */
  record Value(String text, int line, List<Integer> lines) {}

  private final Map<String, Map<String, Value>> sections;

  private IniFile(Map<String, Map<String, Value>> sections) {
    this.sections = sections;
  }

  /**
   * Parses the text of a file.
   *
   * @param where the file's path, for messages
   * @throws InstallerConfigException naming the file and line of the first problem
   */
  static IniFile parse(String where, String text) throws InstallerConfigException {
    Map<String, Map<String, Value>> sections = new LinkedHashMap<>();
    Map<String, Value> current = null;
    String key = null;
    List<String> continued = new ArrayList<>();
    List<Integer> continuedLines = new ArrayList<>();
    int keyLine = 0;
    // A byte-order mark some Windows editors write is not part of the first line.
    String[] lines = (text.startsWith("\ufeff") ? text.substring(1) : text).split("\r\n|\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
        continue;
      }
      boolean indented = Character.isWhitespace(line.charAt(0));
      if (indented && key != null) {
        continued.add(stripped);
        continuedLines.add(number);
        current.put(
            key, new Value(String.join("\n", continued), keyLine, List.copyOf(continuedLines)));
        continue;
      }
      if (stripped.startsWith("[")) {
        if (!stripped.endsWith("]") || stripped.length() < 3) {
          throw new InstallerConfigException(
              where, number, "'" + stripped + "' is not a section header such as [global]");
        }
        String name = stripped.substring(1, stripped.length() - 1).strip();
        if (sections.containsKey(name)) {
          throw new InstallerConfigException(
              where, number, "section [" + name + "] appears twice (pip refuses the file)");
        }
        current = new LinkedHashMap<>();
        sections.put(name, current);
        key = null;
        continue;
      }
      if (current == null) {
        throw new InstallerConfigException(
            where,
            number,
            "a setting before any section: put it under [global] (pip refuses the file)");
      }
      int eq = separator(line);
      if (eq <= 0) {
        throw new InstallerConfigException(
            where, number, "'" + stripped + "' is not 'key = value' (pip refuses the file)");
      }
      key = normalise(line.substring(0, eq));
      if (current.containsKey(key)) {
        throw new InstallerConfigException(
            where,
            number,
            key
                + " is set twice in one section (first on line "
                + current.get(key).line()
                + "; pip refuses the file)");
      }
      keyLine = number;
      continued = new ArrayList<>();
      continuedLines = new ArrayList<>();
      String value = line.substring(eq + 1).strip();
      if (!value.isEmpty()) {
        continued.add(value);
        continuedLines.add(number);
      }
      current.put(key, new Value(value, keyLine, List.copyOf(continuedLines)));
    }
    return new IniFile(sections);
  }

  /** The first '=' or ':' of a line, as configparser's default delimiters. */
  private static int separator(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '=' || c == ':') {
        return i;
      }
    }
    return -1;
  }

  /** A key as pip compares it. */
  static String normalise(String key) {
    return key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return a setting of a section, if set} */
  Optional<Value> get(String section, String key) {
    Map<String, Value> values = sections.get(section);
    return values == null ? Optional.empty() : Optional.ofNullable(values.get(normalise(key)));
  }
}
