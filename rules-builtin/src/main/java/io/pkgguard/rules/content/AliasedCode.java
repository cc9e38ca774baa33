package io.pkgguard.rules.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python file's code view with the names its imports bind under another name written as what
 * they stand for ({@code import pyperclip as pc} makes {@code pc.paste()} read {@code
 * pyperclip.paste()}; {@code from os import system as run} makes {@code run(cmd)} read {@code
 * os.system(cmd)}; {@code kb = importlib.import_module("pynput.keyboard")} makes {@code
 * kb.Listener} read {@code pynput.keyboard.Listener}), so that the
 * named-API patterns see what the interpreter will call however the file renamed it. {@link
 * DataFlow} resolves aliases statement by statement for flows; this view does the same for every
 * other pattern that reads code.
 *
 * <p>Only the lines where an alias was rewritten are kept; every other line is left empty, so
 * line numbers stay those of the file, and a pattern tried on this view finds only what the
 * renaming revealed (what the file spells plainly is found in the code view itself). Aliases
 * that cannot reveal anything a pattern looks for ({@code np} for numpy, when no pattern's
 * expression mentions numpy) are not rewritten, so most files need no second view at all.
 */
final class AliasedCode {

  private AliasedCode() {}

  /**
   * An import statement of the code view from its line's first word on (brackets of a {@code from
   * ... import (...)} joined).
   */
  private static final Pattern IMPORT =
      Pattern.compile(
          "from[ \\t]+[A-Za-z_][\\w.]*[ \\t]+import[ \\t]*(?:\\([^()]{0,4000}\\)|[^\\n]*)"
              + "|import[ \\t]+[^\\n]*");

  /**
   * The view with aliases rewritten, every line without one left empty; empty if the file
   * imports no name that may reveal a pattern's match: none of the alias's full name's parts is
   * among {@code names} (the names the patterns reading code {@linkplain #mentioned mention}).
   */
  static Optional<String> of(String code, Set<String> names, List<PythonSource.Literal> literals) {
    if (!code.contains("import")) {
      return Optional.empty();
    }
    List<int[]> importSpans = new ArrayList<>();
    Map<String, String> imported = imports(code, importSpans, names, literals);
    imported.entrySet().removeIf(e -> e.getKey().equals(e.getValue()) || !reveals(e, names));
    if (imported.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> occurrences = new ArrayList<>(); // where an alias may be used, in order
    for (String name : imported.keySet()) {
      for (int at = code.indexOf(name); at >= 0; at = code.indexOf(name, at + name.length())) {
        occurrences.add(at);
      }
    }
    occurrences.sort(null);
    StringBuilder view = new StringBuilder(code.length());
    boolean rewritten = false;
    int next = 0;
    int lineStart = 0;
    while (true) {
      int newline = code.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? code.length() : newline;
      boolean mentions = false;
      while (next < occurrences.size() && occurrences.get(next) < lineEnd) {
        mentions |= occurrences.get(next++) >= lineStart;
      }
      if (mentions && !within(importSpans, firstWord(code, lineStart))) {
        String line = code.substring(lineStart, lineEnd);
        String written = Spellings.imported(line, imported);
        if (!written.equals(line)) {
          view.append(written);
          rewritten = true;
        }
      }
      if (newline < 0) {
        break;
      }
      view.append('\n');
      lineStart = newline + 1;
    }
    return rewritten ? Optional.of(view.toString()) : Optional.empty();
  }

  /**
   * The names the file's import statements bind under another name ({@code import M as A},
   * {@code from M import N as A}; {@link Spellings#imports}), with where each import statement
   * is added to {@code spans}. A plain {@code from M import N} is read only when a part of M and
   * N itself are among {@code names} ({@code from keyboard import read_event}): reading every
   * file's plain imports cost a fifth of the judging time of a wheel with many.
   */
  private static Map<String, String> imports(
      String code, List<int[]> spans, Set<String> names, List<PythonSource.Literal> literals) {
    List<DataFlow.Statement> statements = new ArrayList<>();
    LookedUpImports lookedUp = new LookedUpImports(code, literals, names);
    Matcher m = IMPORT.matcher(code);
    int searched = 0; // where the last statement found ends: the word search goes on from there
    int lineStart = -1; // of the line holding the last occurrence looked at
    int looked = 0; // how far back lines were searched: each character is looked at once
    for (int at = code.indexOf("import"); at >= 0; at = code.indexOf("import", at + 6)) {
      int start = Math.max(0, lineStart);
      for (int i = at - 1; i >= looked; i--) {
        if (code.charAt(i) == '\n') {
          start = i + 1;
          break;
        }
      }
      looked = at;
      if (start == lineStart || at < searched) {
        continue; // a line is read once, from its first word
      }
      lineStart = start;
      int first = firstWord(code, start);
      if (first != at && !code.startsWith("from", first)) {
        lookedUp.read(first, spans); // "import" in the middle of other code
        continue;
      }
      int lineEnd = code.indexOf('\n', at);
      lineEnd = lineEnd < 0 ? code.length() : lineEnd;
      boolean bracketed = first != at && holds(code, '(', at, lineEnd);
      boolean revealing = first != at && fromMentioned(code, first, at, names);
      if (!bracketed && !revealing && !renames(code, first, lineEnd)) {
        spans.add(new int[] {first, lineEnd}); // binds nothing under another name
        searched = lineEnd;
        continue;
      }
      m.region(first, code.length());
      if (m.lookingAt()) {
        spans.add(new int[] {m.start(), m.end()});
        searched = m.end();
        if (revealing || renames(code, m.start(), m.end())) {
          String statement = m.group().replace('\n', ' ').strip();
          statements.add(new DataFlow.Statement(0, 0, 0, statement, m.start()));
        }
      }
    }
    Map<String, String> imported = Spellings.imports(statements);
    imported
        .entrySet()
        .removeIf(
            e ->
                e.getValue().endsWith("." + e.getKey())
                    && !names.contains(e.getKey().toLowerCase(Locale.ROOT)));
    lookedUp.found.forEach(imported::putIfAbsent);
    return imported;
  }

  /**
   * A name bound to a module imported by a literal name, on a line of its own ({@code kb =
   * importlib.import_module("pynput.keyboard")}, {@code sp = __import__("subprocess")}); group 1
   * the name. The literal is emptied in the code view and read from the file's literals.
   */
  private static final Pattern LOOKED_UP_IMPORT =
      Pattern.compile(
          "([A-Za-z_]\\w*)[ \\t]*=[ \\t]*(?:importlib\\.)?(?:import_module|__import__)"
              + "[ \\t]*\\([ \\t]*(?:\"\"|'')[ \\t]*\\)[ \\t]*(?=\\n|$)");

  private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*");

  /** Names bound by an import by a literal name kept per file at most. */
  private static final int MAX_LOOKED_UP = 32;

  /**
   * The names a file binds to modules imported by a literal name ({@link #LOOKED_UP_IMPORT}),
   * read line by line in the order of the file: the line number and the literal before it are
   * kept as it goes, so each character and each literal is passed once however many such lines
   * the file has.
   */
  private static final class LookedUpImports {
    private final String code;
    private final List<PythonSource.Literal> literals;
    private final Set<String> names;
    private final Matcher matcher;
    private final Map<String, String> found = new HashMap<>();
    private int counted; // the code before this offset has had its lines counted
    private int line = 1; // the line at offset counted
    private int nextLiteral; // the literals before this index lie on earlier lines

    LookedUpImports(String code, List<PythonSource.Literal> literals, Set<String> names) {
      this.code = code;
      this.literals = literals;
      this.names = names;
      this.matcher = LOOKED_UP_IMPORT.matcher(code);
    }

    /**
     * Reads the line whose first word starts at {@code first} (later than any line read before):
     * if it binds a name to a module imported by a literal name, holds that one literal, and a
     * part of the module's name is among the patterns' names, the name is found and the line is
     * added to {@code spans}.
     */
    void read(int first, List<int[]> spans) {
      if (literals.isEmpty() || found.size() >= MAX_LOOKED_UP) {
        return;
      }
      matcher.region(first, code.length());
      if (!matcher.lookingAt()) {
        return;
      }
      for (; counted < first; counted++) {
        if (code.charAt(counted) == '\n') {
          line++;
        }
      }
      while (nextLiteral < literals.size() && literals.get(nextLiteral).line() < line) {
        nextLiteral++;
      }
      String module = null;
      for (int i = nextLiteral; i < literals.size() && literals.get(i).line() <= line; i++) {
        if (literals.get(i).line() == line) {
          if (module != null) {
            return; // two literals on the line: which one was imported is not certain
          }
          module = literals.get(i).text();
        }
      }
      if (module != null
          && MODULE_NAME.matcher(module).matches()
          && reveals(Map.entry(matcher.group(1), module), names)) {
        found.put(matcher.group(1), module);
        spans.add(new int[] {first, matcher.end()});
      }
    }
  }

  /**
   * Whether the module of the {@code from} statement starting at {@code from}, whose {@code
   * import} is at {@code importAt}, has a part among {@code names}.
   */
  private static boolean fromMentioned(String code, int from, int importAt, Set<String> names) {
    String module = code.substring(Math.min(from + 4, importAt), importAt).strip();
    for (String part : module.split("\\.")) {
      if (names.contains(part.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} is in {@code code} between {@code start} and {@code end}. */
  private static boolean holds(String code, char c, int start, int end) {
    for (int i = start; i < end; i++) {
      if (code.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** Whether the import statement from {@code start} to {@code end} renames: holds " as ". */
  private static boolean renames(String code, int start, int end) {
    for (int i = start; i + 4 <= end; i++) {
      if (code.charAt(i) == ' ' && code.startsWith(" as ", i)) {
        return true;
      }
    }
    return false;
  }

  /** Where the first word of the line starting at {@code lineStart} starts. */
  private static int firstWord(String code, int lineStart) {
    int first = lineStart;
    while (first < code.length() && (code.charAt(first) == ' ' || code.charAt(first) == '\t')) {
      first++;
    }
    return first;
  }

  /** Whether {@code at} lies in one of {@code spans} (in order, apart), by binary search. */
  private static boolean within(List<int[]> spans, int at) {
    int low = 0;
    int high = spans.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int[] span = spans.get(middle);
      if (at < span[0]) {
        high = middle - 1;
      } else if (at >= span[1]) {
        low = middle + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether writing an alias as its full name may reveal what a pattern looks for: a part of
   * the name ({@code pyperclip}, {@code os} of {@code os.system}) is a name the patterns'
   * expressions mention.
   */
  private static boolean reveals(Map.Entry<String, String> alias, Set<String> names) {
    for (String part : alias.getValue().toLowerCase(Locale.ROOT).split("\\.")) {
      if (names.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern ESCAPE = Pattern.compile("\\\\[A-Za-z]");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]+");

  /**
   * The names (lower-cased, two characters or more) a regular expression mentions, its escapes
   * ({@code \\s}, {@code \\b}) left out.
   */
  static Set<String> mentioned(Pattern regex) {
    Set<String> names = new HashSet<>();
    Matcher m = IDENTIFIER.matcher(ESCAPE.matcher(regex.pattern()).replaceAll(" "));
    while (m.find()) {
      names.add(m.group().toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
