package io.pkgguard.rules.content;

import io.pkgguard.api.RiskLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads content pattern files: the built-in {@code content-patterns.tsv} and any a policy adds.
 * Every line is checked (columns, kinds, levels, regular expressions, that combinations name
 * known ids); an error names the file and line.
 */
final class ContentPatterns {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final String RESOURCE = "/io/pkgguard/rules/content/content-patterns.tsv";
  private static final List<ContentPattern> BUILT_IN = load();

  private ContentPatterns() {}

  /** The patterns shipped with pkgguard. */
  static List<ContentPattern> builtIn() {
    return BUILT_IN;
  }

  /** The version line of the built-in file, for evidence. */
  static String builtInVersion() {
    return VERSION;
  }

  private static final String VERSION = readVersion();

  private static String readVersion() {
    String text = resource();
    int at = text.indexOf("version ");
    return at < 0 ? "unknown" : text.substring(at + 8, text.indexOf('\n', at)).strip();
  }

  private static List<ContentPattern> load() {
    return parse(resource(), "content-patterns.tsv", List.of());
  }

  private static String resource() {
    try (InputStream in = ContentPatterns.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a pattern file.
   *
   * @param known patterns already defined (a policy's file may combine built-in signals)
   * @throws IllegalArgumentException naming {@code origin} and the line
   */
  static List<ContentPattern> parse(String text, String origin, List<ContentPattern> known) {
    Map<String, ContentPattern> byId = new LinkedHashMap<>();
    known.forEach(p -> byId.put(p.id(), p));
    List<ContentPattern> parsed = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = origin + ":" + (i + 1);
      ContentPattern pattern = line(line, where, byId);
      if (byId.containsKey(pattern.id())) {
        throw new IllegalArgumentException(
            where
                + ": pattern id '"
                + pattern.id()
                + "' is already defined at "
                + byId.get(pattern.id()).origin());
      }
      byId.put(pattern.id(), pattern);
      parsed.add(pattern);
    }
    return List.copyOf(parsed);
  }

  private static ContentPattern line(String line, String where, Map<String, ContentPattern> known) {
    String[] columns = line.split("\t", -1);
    if (columns.length != 9) {
      throw new IllegalArgumentException(
          where
              + ": expected 9 tab-separated columns (kind, id,"
              + " files, view, level, min, needs, pattern, message), found "
              + columns.length);
    }
    String kind = columns[0].strip();
    String id = columns[1].strip();
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          where + ": id '" + id + "' must be lower-case words" + " joined by '-'");
    }
    Optional<RiskLevel> level = level(columns[4].strip(), where);
    String message = columns[8].strip();
    List<String> needs =
        columns[6].strip().equals("-")
            ? List.of()
            : Arrays.stream(columns[6].split(","))
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
    if (message.isEmpty()) {
      throw new IllegalArgumentException(where + ": the message is empty");
    }
    switch (kind) {
      case "pattern":
        {
          ContentPattern.Files files = files(columns[2].strip(), where, false);
          ContentPattern.View view = view(columns[3].strip(), where);
          int minimum;
          try {
            minimum = Integer.parseInt(columns[5].strip());
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                where + ": min must be a whole number, not '" + columns[5].strip() + "'");
          }
          if (minimum < 1 || minimum > 100_000) {
            throw new IllegalArgumentException(where + ": min must be between 1 and 100000");
          }
          if (files == ContentPattern.Files.SUMMARY && view != ContentPattern.View.TEXT) {
            throw new IllegalArgumentException(
                where + ": a summary pattern reads the summary as text: view must be 'text'");
          }
          Pattern regex;
          try {
            regex = Pattern.compile(columns[7]);
          } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                where
                    + ": the regular expression is invalid: "
                    + e.getDescription()
                    + " near index "
                    + e.getIndex());
          }
          return new ContentPattern(
              id,
              ContentPattern.Kind.PATTERN,
              files,
              view,
              level,
              minimum,
              needs,
              Optional.of(regex),
              List.of(),
              Optional.empty(),
              message,
              where);
        }
      case "combine":
        {
          ContentPattern.Files scope = files(columns[2].strip(), where, true);
          List<List<String>> requires = new ArrayList<>();
          for (String group : columns[7].strip().split("\\+")) {
            String trimmed = group.strip();
            boolean absent = trimmed.startsWith("!");
            List<String> ids =
                Arrays.stream((absent ? trimmed.substring(1) : trimmed).split("\\|"))
                    .map(String::strip)
                    .toList();
            for (String required : ids) {
              if (!known.containsKey(required)) {
                throw new IllegalArgumentException(
                    where + ": combines '" + required + "', which no earlier line defines");
              }
            }
            requires.add(absent ? ids.stream().map(part -> "!" + part).toList() : ids);
          }
          if (requires.size() < 2) {
            throw new IllegalArgumentException(
                where + ": a combination needs at least two parts" + " joined by '+'");
          }
          if (requires.get(0).get(0).startsWith("!")) {
            throw new IllegalArgumentException(
                where + ": a combination starts with a part that must be found, not '!'");
          }
          if (level.isEmpty()) {
            throw new IllegalArgumentException(where + ": a combination needs a level");
          }
          return new ContentPattern(
              id,
              ContentPattern.Kind.COMBINE,
              scope,
              ContentPattern.View.NONE,
              level,
              1,
              List.of(),
              Optional.empty(),
              requires,
              Optional.empty(),
              message,
              where);
        }
      case "flow":
        return flow(columns, id, level, message, where, known);
      default:
        throw new IllegalArgumentException(
            where + ": kind must be 'pattern', 'combine' or 'flow', not '" + kind + "'");
    }
  }

  /**
   * A flow line: files {@code python}, view {@code code}, min {@code any}, {@code command},
   * {@code callee}, {@code file} or {@code stream}
   * (where in a sink's call the value must appear), pattern {@code sources>sinks}, each side ids
   * of earlier Python patterns joined by '|'.
   */
  private static ContentPattern flow(
      String[] columns,
      String id,
      Optional<RiskLevel> level,
      String message,
      String where,
      Map<String, ContentPattern> known) {
    if (!columns[2].strip().equals("python") || !columns[3].strip().equals("code")) {
      throw new IllegalArgumentException(
          where + ": a flow follows values through Python code: files 'python', view 'code'");
    }
    DataFlow.Reach reach =
        switch (columns[5].strip()) {
          case "any" -> DataFlow.Reach.ANY;
          case "command" -> DataFlow.Reach.COMMAND;
          case "callee" -> DataFlow.Reach.CALLEE;
          case "file" -> DataFlow.Reach.FILE;
          case "stream" -> DataFlow.Reach.STREAM;
          default ->
              throw new IllegalArgumentException(
                  where
                      + ": a flow's min column says where a sink takes the value: 'any' (any"
                      + " argument), 'command' (the first), 'callee' (the function called), 'file'"
                      + " (a path a source's output was written to) or 'stream' (a channel"
                      + " itself), not '"
                      + columns[5].strip()
                      + "'");
        };
    String[] sides = columns[7].strip().split(">", -1);
    if (sides.length != 2) {
      throw new IllegalArgumentException(
          where + ": a flow is written sources>sinks, such as 'network-read>exec-call'");
    }
    List<List<String>> requires = new ArrayList<>();
    for (String side : sides) {
      boolean sink = !requires.isEmpty();
      List<String> ids = Arrays.stream(side.split("\\|")).map(String::strip).toList();
      for (String written : ids) {
        boolean channel = written.startsWith(ContentPattern.CHANNEL);
        if (channel && sink) {
          throw new IllegalArgumentException(
              where + ": '" + written + "': only a source opens a channel ('~')");
        }
        String part = channel ? written.substring(1) : written;
        ContentPattern pattern = known.get(part);
        if (pattern == null) {
          throw new IllegalArgumentException(
              where + ": flows from or to '" + part + "', which no earlier line defines");
        }
        if (pattern.kind() != ContentPattern.Kind.PATTERN
            || pattern.files() != ContentPattern.Files.PYTHON) {
          throw new IllegalArgumentException(
              where + ": '" + part + "' must be a pattern of Python files to be a source or sink");
        }
        if (sink && pattern.view() != ContentPattern.View.CODE) {
          throw new IllegalArgumentException(
              where + ": '" + part + "' must read the code view to be a sink (a call in code)");
        }
      }
      requires.add(ids);
    }
    return new ContentPattern(
        id,
        ContentPattern.Kind.FLOW,
        ContentPattern.Files.PYTHON,
        ContentPattern.View.CODE,
        level,
        1,
        List.of(),
        Optional.empty(),
        requires,
        Optional.of(reach),
        message,
        where);
  }

  private static Optional<RiskLevel> level(String text, String where) {
    if (text.equals("signal")) {
      return Optional.empty();
    }
    try {
      RiskLevel level = RiskLevel.valueOf(text.toUpperCase(Locale.ROOT));
      if (level == RiskLevel.NONE) {
        throw new IllegalArgumentException(where + ": level none reports nothing; use signal");
      }
      return Optional.of(level);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(where)) {
        throw e;
      }
      throw new IllegalArgumentException(
          where + ": level must be critical, high, medium, low" + " or signal, not '" + text + "'");
    }
  }

  private static ContentPattern.Files files(String text, String where, boolean combination) {
    List<String> allowed =
        combination
            ? List.of("file", "package")
            : List.of("python", "setup", "build", "pth", "script", "link", "text", "summary");
    if (!allowed.contains(text)) {
      throw new IllegalArgumentException(
          where + ": files must be one of " + allowed + ", not '" + text + "'");
    }
    return ContentPattern.Files.valueOf(text.toUpperCase(Locale.ROOT));
  }

  private static ContentPattern.View view(String text, String where) {
    List<String> allowed = List.of("code", "strings", "text", "path");
    if (!allowed.contains(text)) {
      throw new IllegalArgumentException(
          where + ": view must be one of " + allowed + ", not '" + text + "'");
    }
    return ContentPattern.View.valueOf(text.toUpperCase(Locale.ROOT));
  }
}
