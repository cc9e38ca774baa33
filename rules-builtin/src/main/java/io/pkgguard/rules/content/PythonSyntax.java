package io.pkgguard.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little of Python's statement syntax {@link DataFlow} needs, on the code view (comments
 * removed, literals emptied, so brackets and operators are code): what an assignment binds, a
 * {@code for}/{@code with} header, the dotted names an expression mentions, a call's arguments.
 * Every scan is one pass over the text, whatever it holds.
 */
final class PythonSyntax {

  private PythonSyntax() {}

  static final Set<String> KEYWORDS =
      Set.of(
          "and", "or", "not", "in", "is", "if", "else", "for", "lambda", "await", "None", "True",
          "False", "self", "cls", "return", "yield", "from", "as", "async", "with");
  private static final Pattern TARGET =
      Pattern.compile("[*(\\[\\s]*([A-Za-z_]\\w*(?:\\s*\\.\\s*[A-Za-z_]\\w*)*)");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
  private static final Pattern DOTTED = Pattern.compile("[A-Za-z_][\\w.]*");

  /** A {@code for} or {@code with} statement: what stands between keyword and colon, and after. */
  record Compound(String head, String body) {}

  /**
   * {@code code} as a compound statement opened by {@code keyword} ({@code async} allowed), or
   * null. The header ends at the first colon outside brackets, so the body written on the same
   * line is followed too; linear, whatever the line holds.
   */
  static Compound compound(String code, String keyword) {
    String rest = code.startsWith("async ") ? code.substring(6).stripLeading() : code;
    if (!rest.startsWith(keyword)
        || rest.length() == keyword.length()
        || !Character.isWhitespace(rest.charAt(keyword.length()))) {
      return null;
    }
    int colon =
        topLevel(
            rest,
            keyword.length(),
            i -> rest.charAt(i) == ':' && (i + 1 == rest.length() || rest.charAt(i + 1) != '='));
    if (colon < 0) {
      return null;
    }
    return new Compound(rest.substring(keyword.length(), colon), rest.substring(colon + 1).strip());
  }

  /**
   * The first index from {@code from} on that stands outside brackets (counted from {@code from})
   * and satisfies {@code wanted}, or -1. Brackets themselves are never wanted.
   */
  static int topLevel(String text, int from, IntPredicate wanted) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      int step = nesting(text.charAt(i));
      depth = Math.max(0, depth + step);
      if (step == 0 && depth == 0 && wanted.test(i)) {
        return i;
      }
    }
    return -1;
  }

  /** +1 for an opening bracket, -1 for a closing one, 0 for any other character. */
  static int nesting(char c) {
    return switch (c) {
      case '(', '[', '{' -> 1;
      case ')', ']', '}' -> -1;
      default -> 0;
    };
  }

  /** Whether {@code code} has an assignment's '=' at {@code i} (not ==, !=, <=, >=). */
  static boolean assigns(String code, int i) {
    if (code.charAt(i) != '=') {
      return false;
    }
    char before = i > 0 ? code.charAt(i - 1) : ' ';
    char after = i + 1 < code.length() ? code.charAt(i + 1) : ' ';
    return after != '=' && before != '=' && before != '!' && before != '<' && before != '>';
  }

  /**
   * Where an assignment's targets end and its value starts, and whether it is a plain one (not
   * augmented): {end of targets, start of value, 1 or 0}; null if {@code code} assigns nothing.
   * A chain's value starts after its last '='; an annotation ({@code x: int = 1}) is passed over,
   * a compound statement's header ({@code if x: y = 1}) is not an assignment.
   */
  static int[] assignment(String code) {
    int at =
        topLevel(
            code,
            0,
            i ->
                assigns(code, i)
                    || code.charAt(i) == ':' && i + 1 < code.length() && code.charAt(i + 1) == ' ');
    if (at >= 0 && code.charAt(at) == ':') {
      if (!DOTTED.matcher(code.substring(0, at).strip()).matches()) {
        return null;
      }
      at = topLevel(code, at + 1, i -> assigns(code, i));
    }
    if (at < 0) {
      return null;
    }
    char before = at > 0 ? code.charAt(at - 1) : ' ';
    if ("+-*/%&|^@".indexOf(before) >= 0) {
      int end = at - 1;
      while (end > 0 && "+-*/%&|^@<>".indexOf(code.charAt(end - 1)) >= 0) {
        end--;
      }
      return new int[] {end, at + 1, 0};
    }
    int last = at;
    for (int next = topLevel(code, at + 1, i -> assigns(code, i));
        next >= 0;
        next = topLevel(code, next + 1, i -> assigns(code, i))) {
      last = next;
    }
    return new int[] {last, last + 1, 1};
  }

  /** {@code x: int} to {@code x}. */
  static String annotationless(String target) {
    int colon = target.indexOf(':');
    return colon < 0 ? target : target.substring(0, colon);
  }

  /** The names an assignment's target list binds: {@code a, (b, c)}, {@code d[k]} to d. */
  static List<String> targets(String text) {
    List<String> names = new ArrayList<>();
    for (String part : text.split(",")) {
      Matcher m = TARGET.matcher(part.strip());
      if (m.lookingAt()) {
        names.add(m.group(1).replace(" ", "").replace("\t", ""));
      }
    }
    return names;
  }

  /** A function's parameter names, without annotations, defaults or stars. */
  static List<String> parameters(String text) {
    List<String> names = new ArrayList<>();
    for (String part : splitTopLevel(text, ',')) {
      String name = part.strip();
      while (name.startsWith("*")) {
        name = name.substring(1);
      }
      int cut = name.length();
      for (char c : new char[] {':', '='}) {
        int at = name.indexOf(c);
        if (at >= 0) {
          cut = Math.min(cut, at);
        }
      }
      name = name.substring(0, cut).strip();
      if (IDENTIFIER.matcher(name).matches() && !name.equals("self") && !name.equals("cls")) {
        names.add(name);
      }
    }
    return names;
  }

  /** A dotted name in code, and whether it is called. */
  record Name(String text, boolean called, int start, int end) {
    List<String> prefixes() {
      List<String> prefixes = new ArrayList<>();
      for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
        prefixes.add(text.substring(0, i));
      }
      prefixes.add(text);
      return prefixes;
    }
  }

  /** Every dotted name in {@code text} that is not an attribute of something else. */
  static List<Name> names(String text) {
    List<Name> names = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isNameStart(c)
          && (i == 0 || !isNamePart(text.charAt(i - 1)) && text.charAt(i - 1) != '.')) {
        int start = i;
        int end = i;
        while (true) {
          while (end < n && isNamePart(text.charAt(end))) {
            end++;
          }
          if (end + 1 < n && text.charAt(end) == '.' && isNameStart(text.charAt(end + 1))) {
            end++;
            continue;
          }
          break;
        }
        int after = end;
        while (after < n && text.charAt(after) == ' ') {
          after++;
        }
        boolean keyword =
            after < n
                && text.charAt(after) == '='
                && (after + 1 >= n || text.charAt(after + 1) != '=');
        // b"" and f"" are literals with a prefix, not names
        boolean prefix = end < n && (text.charAt(end) == '"' || text.charAt(end) == '\'');
        if (!keyword && !prefix) {
          names.add(
              new Name(
                  text.substring(start, end), after < n && text.charAt(after) == '(', start, end));
        }
        i = end;
      } else {
        i++;
      }
    }
    return names;
  }

  static boolean isNamePart(char c) {
    return Character.isJavaIdentifierPart(c) && c != '$';
  }

  /**
   * Whether a name may start with {@code c}: a letter or '_' as Java reads them, but not '$',
   * which Java allows and Python does not (a start that is no part would never advance).
   */
  static boolean isNameStart(char c) {
    return Character.isJavaIdentifierStart(c) && isNamePart(c);
  }

  /** The names in {@code text} that are values, not called functions or keywords. */
  static List<String> plainNames(String text) {
    List<String> plain = new ArrayList<>();
    for (Name name : names(text)) {
      if (!name.called() && !KEYWORDS.contains(name.text())) {
        plain.add(name.text());
      }
    }
    return plain;
  }

  /** Where the bracket opened at {@code open} closes (or the end of the text). */
  static int closing(String text, int open) {
    return end(text, open + 1, false);
  }

  /** The text from {@code from} up to the first ',' or closing bracket at its own depth. */
  static String firstElement(String text, int from) {
    int start = Math.min(from, text.length());
    return text.substring(start, end(text, start, true));
  }

  /**
   * Where the text from {@code from} on leaves its bracket (a closing bracket not opened after
   * {@code from}), or reaches a ',' at its own depth if {@code atComma}; else the end of the text.
   */
  static int end(String text, int from, boolean atComma) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += nesting(c);
      if (depth < 0 || atComma && depth == 0 && c == ',') {
        return i;
      }
    }
    return text.length();
  }

  static List<String> splitTopLevel(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int at = topLevel(text, 0, i -> text.charAt(i) == separator);
        at >= 0;
        at = topLevel(text, at + 1, i -> text.charAt(i) == separator)) {
      parts.add(text.substring(start, at));
      start = at + 1;
    }
    parts.add(text.substring(start));
    return parts;
  }
}
