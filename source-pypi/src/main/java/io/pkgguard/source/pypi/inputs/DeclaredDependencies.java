package io.pkgguard.source.pypi.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.api.EnvironmentSelection;
import io.pkgguard.source.pypi.names.PythonNames;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a project declares it depends on, in the files that declare it — {@code pyproject.toml}
 * ({@code [project] dependencies}, and Poetry's {@code [tool.poetry.dependencies]}; with the
 * extras and groups selected, {@code [project.optional-dependencies]}, PEP 735 {@code
 * [dependency-groups]} with their {@code include-group}s, Poetry's extras and {@code
 * [tool.poetry.group.NAME.dependencies]}), {@code
 * setup.cfg} ({@code [options] install_requires}) and {@code setup.py} ({@code
 * install_requires=[...]}, read as text, never run) — as a requirements file, line for line: each
 * requirement stands on the line it has in the file, so that every finding points into it.
 */
final class DeclaredDependencies {

  /** The file names read this way. */
  static final List<String> FILES = List.of("pyproject.toml", "setup.cfg", "setup.py");

  private static final Pattern SETUP_PY_LIST =
      Pattern.compile("install_requires\\s*=\\s*(\\[|\\(|[A-Za-z_])");
  private static final Pattern STRING = Pattern.compile("(['\"])((?:(?!\\1).)*)\\1");

  private DeclaredDependencies() {}

  static boolean reads(String fileName) {
    return FILES.contains(fileName);
  }

  /**
   * The requirements {@code text} of {@code fileName} declares, one on each of their own lines.
   *
   * @throws InputFileException naming the file and line when they cannot be read statically
   */
  static String asRequirements(String fileName, String text, EnvironmentSelection selection)
      throws InputFileException {
    return switch (fileName) {
      case "pyproject.toml" -> pyproject(fileName, text, selection);
      case "setup.cfg" -> setupCfg(fileName, text);
      default -> setupPy(fileName, text);
    };
  }

  private static String pyproject(String file, String text, EnvironmentSelection selection)
      throws InputFileException {
    LockDocument doc =
        LockDocument.parse(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
    Lines lines = new Lines(text);
    lines.after("[project]");
    JsonNode project = doc.root.path("project");
    boolean found =
        requirementList(file, "[project] dependencies", project.path("dependencies"), lines);
    JsonNode optional = project.path("optional-dependencies");
    JsonNode poetryRoot = doc.root.path("tool").path("poetry");
    JsonNode poetry = poetryRoot.path("dependencies");
    java.util.Set<String> poetryExtraNames = new java.util.HashSet<>();
    for (String extra : selection.extras()) {
      Optional<String> key = key(optional, extra);
      Optional<String> poetryKey = key(poetryRoot.path("extras"), extra);
      if (key.isEmpty() && poetryKey.isEmpty()) {
        throw new InputFileException(
            file, "has no extra '" + extra + "'" + available(optional, poetryRoot.path("extras")));
      }
      if (key.isPresent()) {
        lines.after("[project.optional-dependencies]");
        requirementList(
            file, "[project.optional-dependencies] " + key.get(), optional.get(key.get()), lines);
      }
      if (poetryKey.isPresent()) {
        poetryRoot
            .path("extras")
            .get(poetryKey.get())
            .forEach(n -> poetryExtraNames.add(n.asText()));
      }
    }
    if (poetry.isObject()) {
      found = true;
      lines.after("[tool.poetry.dependencies]");
      poetryTable(file, poetry, lines, poetryExtraNames);
    }
    JsonNode groups = doc.root.path("dependency-groups");
    JsonNode poetryGroups = poetryRoot.path("group");
    for (String group : selection.groups()) {
      Optional<String> key = key(groups, group);
      Optional<String> poetryKey = key(poetryGroups, group);
      boolean legacyDev =
          PythonNames.scheme().normalize(group).equals("dev")
              && poetryRoot.path("dev-dependencies").isObject();
      if (key.isEmpty() && poetryKey.isEmpty() && !legacyDev) {
        throw new InputFileException(
            file, "has no dependency group '" + group + "'" + available(groups, poetryGroups));
      }
      if (key.isPresent()) {
        lines.after("[dependency-groups]");
        dependencyGroup(file, groups, key.get(), lines, new java.util.ArrayDeque<>());
      }
      if (poetryKey.isPresent()) {
        lines.after("[tool.poetry.group." + poetryKey.get());
        poetryTable(
            file,
            poetryGroups.get(poetryKey.get()).path("dependencies"),
            lines,
            java.util.Set.of());
      }
      if (legacyDev) {
        lines.after("[tool.poetry.dev-dependencies]");
        poetryTable(file, poetryRoot.path("dev-dependencies"), lines, java.util.Set.of());
      }
    }
    if (!found && selection.isEmpty()) {
      throw new InputFileException(
          file, "declares no dependencies ([project] dependencies or [tool.poetry.dependencies])");
    }
    return lines.text();
  }

  /** Places a list of PEP 508 strings; {@return whether the list was there} */
  private static boolean requirementList(String file, String what, JsonNode list, Lines lines)
      throws InputFileException {
    if (list.isMissingNode()) {
      return false;
    }
    if (!list.isArray()) {
      throw new InputFileException(file, what + " is not a list of requirements");
    }
    for (JsonNode d : list) {
      if (!d.isTextual()) {
        throw new InputFileException(file, what + " holds " + d + ", not a requirement string");
      }
      lines.place(d.asText(), d.asText());
    }
    return true;
  }

  /** A PEP 735 group: its requirements and those of the groups it includes, cycles refused. */
  private static void dependencyGroup(
      String file, JsonNode groups, String key, Lines lines, java.util.Deque<String> including)
      throws InputFileException {
    String normalised = PythonNames.scheme().normalize(key);
    if (including.contains(normalised)) {
      throw new InputFileException(
          file,
          "[dependency-groups] includes itself: "
              + String.join(" -> ", including)
              + " -> "
              + normalised);
    }
    JsonNode list = groups.get(key);
    if (!list.isArray()) {
      throw new InputFileException(file, "[dependency-groups] " + key + " is not a list");
    }
    including.addLast(normalised);
    for (JsonNode entry : list) {
      if (entry.isTextual()) {
        lines.place(entry.asText(), entry.asText());
      } else if (entry.isObject() && entry.path("include-group").isTextual()) {
        String included = entry.get("include-group").asText();
        Optional<String> includedKey = key(groups, included);
        if (includedKey.isEmpty()) {
          throw new InputFileException(
              file,
              "[dependency-groups] " + key + " includes '" + included + "', which is not defined");
        }
        dependencyGroup(file, groups, includedKey.get(), lines, including);
      } else {
        throw new InputFileException(
            file,
            "[dependency-groups] "
                + key
                + " holds "
                + entry
                + ": an entry is a requirement string or {include-group = \"NAME\"}");
      }
    }
    including.removeLast();
  }

  /** A Poetry dependency table: optional ones only when an extra selected them. */
  private static void poetryTable(
      String file, JsonNode table, Lines lines, java.util.Set<String> selectedOptional)
      throws InputFileException {
    for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equalsIgnoreCase("python")) {
        continue;
      }
      if (e.getValue().path("optional").asBoolean(false)
          && selectedOptional.stream()
              .map(PythonNames.scheme()::normalize)
              .noneMatch(PythonNames.scheme().normalize(e.getKey())::equals)) {
        continue;
      }
      lines.place(e.getKey(), poetryRequirement(file, e.getKey(), e.getValue()));
    }
  }

  /** The key of a table that names {@code wanted} once normalised (PEP 685, PEP 735). */
  private static Optional<String> key(JsonNode table, String wanted) {
    if (!table.isObject()) {
      return Optional.empty();
    }
    String normalised = PythonNames.scheme().normalize(wanted);
    for (Iterator<String> names = table.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (PythonNames.scheme().normalize(name).equals(normalised)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static String available(JsonNode... tables) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (JsonNode table : tables) {
      table.fieldNames().forEachRemaining(names::add);
    }
    return names.isEmpty() ? " (it defines none)" : " (it has " + String.join(", ", names) + ")";
  }

  /** A Poetry dependency as a PEP 508 requirement (caret and tilde as Poetry defines them). */
  static String poetryRequirement(String file, String name, JsonNode value)
      throws InputFileException {
    String constraint;
    String marker = "";
    if (value.isTextual()) {
      constraint = value.asText();
    } else if (value.isObject()) {
      if (value.has("git") || value.has("path") || value.has("url")) {
        String where =
            value.path("git").asText(value.path("url").asText(value.path("path").asText()));
        return name + " @ " + (value.has("path") ? "file:" : "") + where;
      }
      constraint = value.path("version").asText("*");
      if (value.has("markers")) {
        marker = "; " + value.get("markers").asText();
      }
    } else {
      throw new InputFileException(
          file, "[tool.poetry.dependencies] " + name + " is neither a version nor a table");
    }
    return name + specifier(constraint.strip()) + marker;
  }

  private static String specifier(String constraint) {
    if (constraint.isEmpty() || constraint.equals("*")) {
      return "";
    }
    List<String> clauses = new ArrayList<>();
    for (String part : constraint.split(",")) {
      String c = part.strip();
      if (c.startsWith("^")) {
        clauses.add(caret(c.substring(1).strip()));
      } else if (c.startsWith("~") && !c.startsWith("~=")) {
        clauses.add(tilde(c.substring(1).strip()));
      } else if (Character.isDigit(c.isEmpty() ? 'x' : c.charAt(0))) {
        clauses.add("==" + c);
      } else {
        clauses.add(c);
      }
    }
    return String.join(",", clauses);
  }

  /** {@code ^1.2.3}: at least 1.2.3, below the next change of the first non-zero part. */
  private static String caret(String version) {
    String[] parts = version.split("\\.");
    int[] numbers = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = Integer.parseInt(parts[i].replaceAll("\\D.*$", "0"));
    }
    int first = 0;
    while (first < numbers.length - 1 && numbers[first] == 0) {
      first++;
    }
    StringBuilder upper = new StringBuilder();
    for (int i = 0; i <= first; i++) {
      upper.append(i == 0 ? "" : ".").append(i == first ? numbers[i] + 1 : numbers[i]);
    }
    return ">=" + version + ",<" + upper;
  }

  /** {@code ~1.2.3}: at least 1.2.3, below the next minor (or major, for {@code ~1}). */
  private static String tilde(String version) {
    String[] parts = version.split("\\.");
    int keep = parts.length == 1 ? 0 : 1;
    StringBuilder upper = new StringBuilder();
    for (int i = 0; i <= keep; i++) {
      int n = Integer.parseInt(parts[i].replaceAll("\\D.*$", "0"));
      upper.append(i == 0 ? "" : ".").append(i == keep ? n + 1 : n);
    }
    return ">=" + version + ",<" + upper;
  }

  private static String setupCfg(String file, String text) throws InputFileException {
    Lines lines = new Lines(text);
    String[] all = text.split("\r?\n", -1);
    String section = "";
    boolean inValue = false;
    boolean found = false;
    for (int i = 0; i < all.length; i++) {
      String line = all[i];
      String stripped = line.strip();
      if (stripped.startsWith("[") && stripped.endsWith("]")) {
        section = stripped.substring(1, stripped.length() - 1).strip().toLowerCase(Locale.ROOT);
        inValue = false;
        continue;
      }
      boolean continuation = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
      if (!continuation) {
        inValue = false;
        int eq = line.indexOf('=');
        if (section.equals("options")
            && eq > 0
            && line.substring(0, eq).strip().equals("install_requires")) {
          inValue = true;
          found = true;
          String rest = line.substring(eq + 1).strip();
          if (!rest.isEmpty()) {
            for (String r : rest.split(";(?=\\s*[A-Za-z])|,")) {
              lines.at(i + 1, r.strip());
            }
          }
        }
        continue;
      }
      if (inValue
          && !stripped.isEmpty()
          && !stripped.startsWith("#")
          && !stripped.startsWith(";")) {
        if (stripped.startsWith("file:") || stripped.startsWith("attr:")) {
          throw new InputFileException(
              new SourceLocation(file, i + 1, 0),
              "install_requires = " + stripped + " points elsewhere; give that file to -r");
        }
        lines.at(i + 1, stripped);
      }
    }
    if (!found) {
      throw new InputFileException(file, "has no [options] install_requires");
    }
    return lines.text();
  }

  private static String setupPy(String file, String text) throws InputFileException {
    Matcher start = SETUP_PY_LIST.matcher(text);
    if (!start.find()) {
      throw new InputFileException(file, "has no install_requires=[...]");
    }
    int line = lineOf(text, start.start());
    if (!start.group(1).equals("[") && !start.group(1).equals("(")) {
      throw new InputFileException(
          new SourceLocation(file, line, 0),
          "install_requires is computed, not a list of strings: pkgguard reads setup.py as text,"
              + " never runs it; list the requirements in setup.cfg or pyproject.toml");
    }
    char close = start.group(1).equals("[") ? ']' : ')';
    int end = text.indexOf(close, start.end());
    if (end < 0) {
      throw new InputFileException(
          new SourceLocation(file, line, 0), "install_requires is not closed");
    }
    int next = end + 1;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next < text.length() && ",)".indexOf(text.charAt(next)) < 0) {
      throw new InputFileException(
          new SourceLocation(file, line, 0),
          "install_requires is computed, not a list of strings: pkgguard reads setup.py as text,"
              + " never runs it; list the requirements in setup.cfg or pyproject.toml");
    }
    String body = text.substring(start.end(), end);
    String withoutStrings = STRING.matcher(body).replaceAll("").replaceAll("#[^\n]*", "");
    if (!withoutStrings.replaceAll("[\\s,]", "").isEmpty()) {
      throw new InputFileException(
          new SourceLocation(file, line, 0),
          "install_requires holds more than string literals: pkgguard reads setup.py as text,"
              + " never runs it; list the requirements in setup.cfg or pyproject.toml");
    }
    Lines lines = new Lines(text);
    LineStarts starts = new LineStarts(text);
    Matcher strings = STRING.matcher(body);
    while (strings.find()) {
      lines.at(starts.lineOf(start.end() + strings.start()), strings.group(2));
    }
    return lines.text();
  }

  private static int lineOf(String text, int offset) {
    return new LineStarts(text).lineOf(offset);
  }

  /** The offset each line starts at, to find a line by offset in log time. */
  private static final class LineStarts {
    private final int[] starts;

    LineStarts(String text) {
      int[] found = new int[16];
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          if (count == found.length) {
            found = java.util.Arrays.copyOf(found, count * 2);
          }
          found[count++] = i + 1;
        }
      }
      starts = java.util.Arrays.copyOf(found, count);
    }

    int lineOf(int offset) {
      int at = java.util.Arrays.binarySearch(starts, offset);
      return (at >= 0 ? at : -at - 2) + 1;
    }
  }

  /** A requirements text whose line N is line N of the file. */
  private static final class Lines {
    private final String[] source;
    private final TreeMap<Integer, String> placed = new TreeMap<>();
    private int beyond;
    private int searchFrom;

    Lines(String text) {
      this.source = text.split("\r?\n", -1);
      this.beyond = source.length;
    }

    /**
     * {@code requirement} on the first line at or after the last one placed that holds {@code
     * needle} (its string literal, or its key), or below the file.
     */
    void place(String needle, String requirement) {
      for (int i = searchFrom; i < source.length; i++) {
        if (source[i].contains(needle)) {
          at(i + 1, requirement);
          searchFrom = i + 1;
          return;
        }
      }
      at(++beyond, requirement);
    }

    /** Searches from the line that starts with {@code header}, if there is one. */
    void after(String header) {
      for (int i = 0; i < source.length; i++) {
        if (source[i].strip().startsWith(header)) {
          searchFrom = i + 1;
          return;
        }
      }
    }

    void at(int line, String requirement) {
      int where = placed.containsKey(line) ? ++beyond : line;
      placed.put(where, requirement);
    }

    String text() {
      StringBuilder out = new StringBuilder();
      int last = placed.isEmpty() ? 0 : placed.lastKey();
      for (int line = 1; line <= last; line++) {
        out.append(Optional.ofNullable(placed.get(line)).orElse("")).append('\n');
      }
      return out.toString();
    }
  }
}
