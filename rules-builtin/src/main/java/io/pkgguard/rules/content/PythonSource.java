package io.pkgguard.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Python file split the way the interpreter's tokenizer splits it, as far as the content rules
 * need: comments, string literals (with their prefixes, single, triple, raw and byte forms) and the
 * code around them. {@link #code()} is the file with comments removed and every string literal
 * emptied, so a call pattern never matches words inside a string or a comment; {@link #strings()}
 * holds each literal's text, so an address or a path is found where it is data. Line numbers are
 * kept. Linear in the file's length; unterminated literals run to the end of the file (or line),
 * as the tokenizer would report them, and are still returned.
 */
final class PythonSource {

  /**
   * A string literal: its 1-based line, its content (escapes decoded where simple), and whether
   * it stands alone as a statement — a docstring or a string used as a comment, which is never
   * data the program uses.
   */
  record Literal(int line, String text, boolean statement) {

    Literal(int line, String text) {
      this(line, text, false);
    }
  }

  private final String code;
  private final List<Literal> strings;

  private PythonSource(String code, List<Literal> strings) {
    this.code = code;
    this.strings = List.copyOf(strings);
  }

  String code() {
    return code;
  }

  List<Literal> strings() {
    return strings;
  }

  static PythonSource parse(String text) {
    StringBuilder code = new StringBuilder(text.length());
    List<Literal> strings = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = text.length();
    int depth = 0; // open brackets: inside them a literal is part of an expression
    boolean continued = false; // the previous line ended with a backslash
    boolean lineBlank = true; // nothing but blanks so far on this line
    int run = 0; // start of the code not yet copied
    Joined joined = new Joined();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '#') {
        code.append(text, run, i);
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
        run = i;
        continue;
      }
      // a prefix (r, b, f, u and pairs) only starts a token, never inside a name
      int prefix =
          c == '"' || c == '\''
              ? 0
              : isPrefixLetter(c) && !identifierBefore(text, i) ? prefixLength(text, i) : -1;
      int quoteAt = i + prefix;
      if (prefix >= 0
          && quoteAt < n
          && (text.charAt(quoteAt) == '"' || text.charAt(quoteAt) == '\'')
          && (prefix == 0 || !identifierBefore(text, i))) {
        String prefixText = text.substring(i, quoteAt).toLowerCase(Locale.ROOT);
        boolean raw = prefixText.contains("r");
        char quote = text.charAt(quoteAt);
        boolean triple =
            quoteAt + 2 < n
                && text.charAt(quoteAt + 1) == quote
                && text.charAt(quoteAt + 2) == quote;
        int start = quoteAt + (triple ? 3 : 1);
        int startLine = line;
        StringBuilder literal = new StringBuilder();
        int j = start;
        int copied = start; // ordinary characters are copied in runs
        while (j < n) {
          char d = text.charAt(j);
          if (d != '\\' && d != quote && d != '\n') {
            j++;
            continue;
          }
          literal.append(text, copied, j);
          if (d == '\\' && j + 1 < n) {
            if (text.charAt(j + 1) == '\n') {
              line++;
              j += 2;
            } else {
              j = raw ? appendRaw(text, j, literal) : appendEscape(text, j, literal);
            }
            copied = j;
            continue;
          }
          if (d == quote
              && (!triple
                  || (j + 2 < n && text.charAt(j + 1) == quote && text.charAt(j + 2) == quote))) {
            j += triple ? 3 : 1;
            copied = j;
            break;
          }
          if (d == '\n') {
            if (!triple) {
              copied = j;
              break; // unterminated single-quoted literal: ends with the line
            }
            line++;
          }
          literal.append(d);
          j++;
          copied = j;
        }
        if (j >= n && copied < n) {
          literal.append(text, copied, n);
        }
        boolean statement = depth == 0 && !continued && lineBlank && endsLine(text, j);
        strings.add(new Literal(startLine, literal.toString(), statement));
        if (!statement && joined.follows(text, i, depth)) {
          joined.add(literal);
        } else {
          joined.flush(strings);
          joined.start(startLine, statement ? null : literal);
        }
        joined.end = j;
        lineBlank = false;
        code.append(text, run, quoteAt).append(quote).append(quote);
        // keep the code's line structure: one newline per line the literal spanned
        code.append("\n".repeat(line - startLine));
        i = j;
        run = j;
        continue;
      }
      if (c == '\n') {
        line++;
        continued = i > 0 && text.charAt(i - 1) == '\\';
        lineBlank = true;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
        lineBlank = false;
      } else if (c == ')' || c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
        lineBlank = false;
      } else if (c != ' ' && c != '\t' && c != '\r' && c != '\f') {
        lineBlank = false;
      }
      i++;
    }
    code.append(text, run, n);
    joined.flush(strings);
    return new PythonSource(code.toString(), strings);
  }

  /**
   * Literals written next to each other or joined by {@code +} ({@code "…\\CurrentVersion\\" +
   * "Run"}, {@code ("https://" "host.example")}): the interpreter sees one string, so the
   * strings view gets it as well, besides the parts.
   */
  private static final class Joined {
    /** The longest joined literal kept; parts beyond it are left apart. */
    private static final int MAX = 64 * 1024;

    private StringBuilder text;
    private int line;
    private int parts;

    /** Where the last literal ended in the source. */
    int end = -1;

    /**
     * Whether only blanks, line continuations and at most one '+' lie between end and at (a new
     * line only inside brackets, {@code depth} > 0, or after a backslash).
     */
    boolean follows(String source, int at, int depth) {
      if (text == null || end < 0 || at - end > 256) {
        return false;
      }
      int plus = 0;
      for (int k = end; k < at; k++) {
        char c = source.charAt(k);
        if (c == '+') {
          plus++;
        } else if (c == '\n' && depth == 0 && (k == 0 || source.charAt(k - 1) != '\\')) {
          return false;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\\') {
          return false;
        }
      }
      return plus <= 1 && text.length() < MAX;
    }

    void start(int line, CharSequence literal) {
      this.line = line;
      this.text = literal == null ? null : new StringBuilder(literal);
      this.parts = 1;
    }

    void add(CharSequence literal) {
      text.append(literal, 0, Math.min(literal.length(), MAX - text.length()));
      parts++;
    }

    void flush(List<Literal> strings) {
      if (text != null && parts > 1) {
        strings.add(new Literal(line, text.toString(), false));
      }
      text = null;
    }
  }

  private static boolean isPrefixLetter(char c) {
    return switch (c) {
      case 'r', 'R', 'b', 'B', 'u', 'U', 'f', 'F' -> true;
      default -> false;
    };
  }

  /** Whether only blanks or a comment follow {@code j} on its line. */
  private static boolean endsLine(String text, int j) {
    int k = j;
    while (k < text.length()
        && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
      k++;
    }
    return k >= text.length() || text.charAt(k) == '\n' || text.charAt(k) == '#';
  }

  /** Length of a string prefix (r, b, u, f, rb, br, fr, rf, any case) at {@code i}, or 0. */
  private static int prefixLength(String text, int i) {
    int k = i;
    while (k < text.length() && k - i < 2 && "rRbBuUfF".indexOf(text.charAt(k)) >= 0) {
      k++;
    }
    if (k > i && k < text.length() && (text.charAt(k) == '"' || text.charAt(k) == '\'')) {
      return k - i;
    }
    return 0;
  }

  /** Whether the character before {@code i} continues an identifier (so no prefix starts here). */
  private static boolean identifierBefore(String text, int i) {
    return i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_');
  }

  private static int appendRaw(String text, int j, StringBuilder literal) {
    literal.append(text.charAt(j)).append(text.charAt(j + 1));
    return j + 2;
  }

  private static int appendEscape(String text, int j, StringBuilder literal) {
    char e = text.charAt(j + 1);
    switch (e) {
      case 'n' -> literal.append('\n');
      case 't' -> literal.append('\t');
      case 'r' -> literal.append('\r');
      case '0' -> literal.append('\0');
      case 'x' -> {
        if (j + 3 < text.length()) {
          try {
            literal.append((char) Integer.parseInt(text.substring(j + 2, j + 4), 16));
            return j + 4;
          } catch (NumberFormatException ignored) {
            // not an escape Python accepts either; kept as written
          }
        }
        literal.append("\\x");
      }
      default -> literal.append(e);
    }
    return j + 2;
  }
}
