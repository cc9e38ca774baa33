package io.pkgguard.rules.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a statement is spelled versus what the interpreter will resolve it to, for {@link
 * DataFlow}: imported aliases and their full names, lookups by a literal name ({@code
 * __builtins__["exec"]}, {@code getattr(os, "system")}, {@code __import__("os")}), f-strings and
 * the expressions they interpolate. The literals are read from the statement as written, the
 * rewriting is done on its code view; nothing changes where the two disagree.
 */
final class Spellings {

  private Spellings() {}

  private static final Pattern IMPORT = Pattern.compile("import\\s+(.+)");
  private static final Pattern FROM_IMPORT =
      Pattern.compile("from\\s+([A-Za-z_][\\w.]*)\\s+import\\s+\\(?([^()*]+)\\)?\\s*");
  private static final Pattern IMPORTED_NAME =
      Pattern.compile("\\s*([A-Za-z_][\\w.]*)(?:\\s+as\\s+([A-Za-z_]\\w*))?\\s*");

  /**
   * The names a file's imports bind to something else than themselves: {@code import subprocess
   * as sp} (sp → subprocess), {@code from os import system as run} and {@code from os import
   * system} (run and system → os.system). Relative imports bind nothing known.
   */
  static Map<String, String> imports(List<DataFlow.Statement> statements) {
    Map<String, String> imported = new HashMap<>();
    for (DataFlow.Statement statement : statements) {
      String code = statement.code().strip();
      if (!code.startsWith("import") && !code.startsWith("from")) {
        continue;
      }
      Matcher from = FROM_IMPORT.matcher(code);
      if (from.matches()) {
        for (String part : from.group(2).split(",")) {
          Matcher name = IMPORTED_NAME.matcher(part);
          if (name.matches() && !name.group(1).contains(".")) {
            String alias = name.group(2) == null ? name.group(1) : name.group(2);
            imported.put(alias, from.group(1) + "." + name.group(1));
          }
        }
        continue;
      }
      Matcher plain = IMPORT.matcher(code);
      if (plain.matches()) {
        for (String part : plain.group(1).split(",")) {
          Matcher name = IMPORTED_NAME.matcher(part);
          if (name.matches() && name.group(2) != null) {
            imported.put(name.group(2), name.group(1));
          }
        }
      }
    }
    return imported;
  }

  /** Whether {@code code} holds a lookup by a literal name or an f-string to rewrite. */
  static boolean mayRewrite(String code) {
    return LOOKUP_CODE.matcher(code).find() || F_STRING_CODE.matcher(code).find();
  }

  /** {@code code} with imported aliases written as what they stand for. */
  static String imported(String code, Map<String, String> imported) {
    StringBuilder written = null;
    int copied = 0;
    for (PythonSyntax.Name name : PythonSyntax.names(code)) {
      int dot = name.text().indexOf('.');
      String first = dot < 0 ? name.text() : name.text().substring(0, dot);
      String full = imported.get(first);
      if (full != null && !full.equals(first)) {
        if (written == null) {
          written = new StringBuilder(code.length() + 32);
        }
        written.append(code, copied, name.start()).append(full);
        copied = name.start() + first.length();
      }
    }
    return written == null ? code : written.append(code, copied, code.length()).toString();
  }

  private static final String LOOKUP_OWNERS =
      "(?:\\b__builtins__|\\bbuiltins\\.__dict__|\\bvars\\(\\s*(?:__builtins__|builtins)\\s*\\)"
          + "|\\bsys\\.modules)";
  private static final String IMPORTERS =
      "(?<![\\w.])(?:__import__|importlib\\.import_module|import_module)";

  private static final Pattern LOOKUP_CODE =
      Pattern.compile(
          LOOKUP_OWNERS
              + "\\s*\\[\\s*(?:\"\"|'')\\s*\\]"
              + "|\\bgetattr\\s*\\(\\s*([A-Za-z_][\\w.]*)\\s*,\\s*(?:\"\"|'')\\s*\\)"
              + "|"
              + IMPORTERS
              + "\\s*\\(\\s*(?:\"\"|'')\\s*\\)");
  private static final Pattern LOOKUP_RAW =
      Pattern.compile(
          LOOKUP_OWNERS
              + "\\s*\\[\\s*[\"']([A-Za-z_][\\w.]*)[\"']\\s*\\]"
              + "|\\bgetattr\\s*\\(\\s*[A-Za-z_][\\w.]*\\s*,\\s*[\"']([A-Za-z_]\\w*)[\"']\\s*\\)"
              + "|"
              + IMPORTERS
              + "\\s*\\(\\s*[\"']([A-Za-z_][\\w.]*)[\"']\\s*\\)");

  /**
   * {@code code} with lookups by a literal name written as the name, the literals read from
   * {@code raw} (the same statement as written; nothing changes unless both hold as many).
   * Nested lookups ({@code getattr(__import__("os"), "system")}) resolve from the inside out.
   */
  static String literalLookups(String code, String raw) {
    String[] both = {code, raw};
    for (int round = 0; round < 3 && resolveLookups(both); round++) {
      // each round resolves one level of nesting
    }
    return both[0];
  }

  /** One round of {@link #literalLookups} on {code, raw}; whether anything was resolved. */
  static boolean resolveLookups(String[] both) {
    Matcher inCode = LOOKUP_CODE.matcher(both[0]);
    Matcher inRaw = LOOKUP_RAW.matcher(both[1]);
    List<String> resolved = new ArrayList<>();
    List<int[]> codeSpans = new ArrayList<>();
    List<int[]> rawSpans = new ArrayList<>();
    while (inCode.find()) {
      if (!inRaw.find()) {
        return false;
      }
      String owner = inCode.group(1);
      String name =
          inRaw.group(1) != null
              ? inRaw.group(1)
              : inRaw.group(2) != null ? inRaw.group(2) : inRaw.group(3);
      boolean builtin = owner == null || owner.equals("builtins") || owner.equals("__builtins__");
      resolved.add(builtin ? name : owner + "." + name);
      codeSpans.add(new int[] {inCode.start(), inCode.end()});
      rawSpans.add(new int[] {inRaw.start(), inRaw.end()});
    }
    if (resolved.isEmpty() || inRaw.find()) {
      return false;
    }
    both[0] = replace(both[0], codeSpans, resolved);
    both[1] = replace(both[1], rawSpans, resolved);
    return true;
  }

  static String replace(String text, List<int[]> spans, List<String> with) {
    StringBuilder written = new StringBuilder(text.length());
    int copied = 0;
    for (int k = 0; k < spans.size(); k++) {
      written.append(text, copied, spans.get(k)[0]).append(with.get(k));
      copied = spans.get(k)[1];
    }
    return written.append(text, copied, text.length()).toString();
  }

  private static final Pattern F_STRING_CODE =
      Pattern.compile("(?<![\\w])(?:[rR][fF]|[fF][rR]|[fF])(?:\"\"|'')");
  private static final Pattern F_STRING_RAW =
      Pattern.compile(
          "(?<![\\w])(?:[rR][fF]|[fF][rR]|[fF])(\"\"\"|'''|\"|')(.*?)(?<!\\\\)\\1", Pattern.DOTALL);

  /**
   * {@code code} with each f-string's emptied literal replaced by the expressions it
   * interpolates, read from {@code raw} (nothing changes unless both hold as many f-strings).
   */
  static String interpolations(String code, String raw) {
    Matcher inCode = F_STRING_CODE.matcher(code);
    if (!inCode.find()) {
      return code;
    }
    List<String> expressions = new ArrayList<>();
    Matcher inRaw = F_STRING_RAW.matcher(raw);
    while (inRaw.find()) {
      expressions.add(fields(inRaw.group(2)));
    }
    StringBuilder written = new StringBuilder(code.length());
    int copied = 0;
    int k = 0;
    do {
      if (k >= expressions.size()) {
        return code;
      }
      written.append(code, copied, inCode.start()).append('(').append(expressions.get(k++));
      written.append(')');
      copied = inCode.end();
    } while (inCode.find());
    return k == expressions.size() ? written.append(code, copied, code.length()).toString() : code;
  }

  /** The replacement fields of an f-string's text, joined by ", " ({{ and }} are not fields). */
  static String fields(String text) {
    StringBuilder fields = new StringBuilder();
    int depth = 0;
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' && depth == 0 && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        i++;
      } else if (c == '{' && depth++ == 0) {
        start = i + 1;
      } else if (c == '}' && depth > 0 && --depth == 0) {
        fields.append(fields.length() > 0 ? ", " : "").append(text, start, i);
      }
    }
    return fields.toString();
  }
}
