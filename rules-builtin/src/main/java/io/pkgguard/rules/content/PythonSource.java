package io.pkgguard.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Python file split the way the interpreter's tokenizer splits it, as far as the content rules
 * need: comments, string literals (with their prefixes, single, triple, raw and byte forms) and the
 * code around them. {@link #code()} is the file with comments removed and every string literal
 * emptied, so a call pattern never matches words inside a string or a comment — except the
 * replacement fields of an f-string or a template string (Python 3.14's {@code t"…"}, whose fields
 * are evaluated as eagerly), which are code and stay ({@code f"{getpass.getuser()}@{host}"} →
 * {@code f"{getpass.getuser()}{host}"}); {@link #strings()}
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
    long pathCalls = 0; // bit d: the bracket opened at depth d is a call that joins a path
    Joined joined = new Joined();
    while (i < n) {
      char c = text.charAt(i);
      if (c < 128 && WORD[c] && !(isPrefixLetter(c) && !identifierBefore(text, i))) {
        // A run of name characters (most of any file): nothing in it starts a literal, a comment
        // or a bracket, and a prefix letter inside it follows a name character, so is no prefix.
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (d >= 128 || !WORD[d]) {
            break;
          }
          j++;
        }
        lineBlank = false;
        i = j;
        continue;
      }
      if (c == '#') {
        code.append(text, run, i);
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
        run = i;
        continue;
      }
      // a prefix (r, b, f, t, u and pairs) only starts a token, never inside a name
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
        boolean closed = false;
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
            closed = true;
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
        int join =
            statement ? Joined.APART : joined.follows(text, i, depth, inPathCall(pathCalls, depth));
        if (join != Joined.APART) {
          joined.add(literal, join == Joined.AS_PATH);
        } else {
          joined.flush(strings);
          joined.start(startLine, statement ? null : literal);
        }
        joined.end = j;
        lineBlank = false;
        code.append(text, run, quoteAt).append(quote);
        String fields =
            prefixText.indexOf('f') >= 0 || prefixText.indexOf('t') >= 0
                ? fields(text, start, closed ? j - (triple ? 3 : 1) : j)
                : "";
        code.append(fields).append(quote);
        // keep the code's line structure: one newline per line the literal spanned
        code.append("\n".repeat(Math.max(0, line - startLine - newlines(fields))));
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
        if (depth < 64) {
          long bit = 1L << depth;
          pathCalls = c == '(' && joinsPath(text, i) ? pathCalls | bit : pathCalls & ~bit;
        }
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

  /** The longest f-string kept in the code view with its fields; longer ones are emptied. */
  private static final int MAX_F_STRING = 64 * 1024;

  /**
   * The replacement fields of the f-string written from {@code from} to {@code to}, each in its
   * braces, as code: literals inside them emptied, {@code {{}} and {@code }}} (literal braces)
   * left out; a field's line breaks stay (the code view's lines are counted with them).
   */
  private static String fields(String text, int from, int to) {
    if (to - from > MAX_F_STRING) {
      return "";
    }
    StringBuilder fields = new StringBuilder();
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (depth == 0) {
        if (c == '{' && i + 1 < to && text.charAt(i + 1) == '{') {
          i++;
        } else if (c == '{') {
          depth = 1;
          fields.append(c);
        }
        continue;
      }
      if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < to && text.charAt(end) != c) {
          end++; // a literal inside a field ends within the f-string, or the field is cut there
        }
        i = end;
        fields.append(c).append(c);
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
      fields.append(c);
    }
    return depth == 0 ? fields.toString() : "";
  }

  private static int newlines(String text) {
    int count = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      count++;
    }
    return count;
  }

  /** Calls whose arguments are the parts of one path. */
  private static final java.util.Set<String> PATH_CALLS =
      java.util.Set.of(
          "join",
          "joinpath",
          "Path",
          "PurePath",
          "PosixPath",
          "WindowsPath",
          "PurePosixPath",
          "PureWindowsPath");

  /** Whether the bracket at {@code open} is the call of a function that joins path parts. */
  private static boolean joinsPath(String text, int open) {
    int end = open;
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    int start = end;
    while (start > 0
        && end - start < 16
        && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
      start--;
    }
    return start < end && PATH_CALLS.contains(text.substring(start, end));
  }

  private static boolean inPathCall(long pathCalls, int depth) {
    return depth > 0 && depth < 64 && (pathCalls & (1L << depth)) != 0;
  }

  /**
   * Literals the interpreter or the program makes one string of: written next to each other or
   * joined by {@code +} ({@code "…\\CurrentVersion\\" + "Run"}, {@code ("https://"
   * "host.example")}), or the parts of one path, joined by {@code /} between literals (only a
   * path joins strings so) or by commas in a call that joins paths ({@code os.path.join(home,
   * "Electrum", "wallets")}, {@code Path(…, ".azure", "msal_token_cache.json")}), which the
   * strings view gets as {@code Electrum/wallets}. The strings view gets the whole as well as
   * the parts.
   */
  private static final class Joined {
    /** How a literal relates to the one before: not joined, joined as text, joined as a path. */
    static final int APART = 0;

    static final int AS_TEXT = 1;
    static final int AS_PATH = 2;

    /** The longest joined literal kept; parts beyond it are left apart. */
    private static final int MAX = 64 * 1024;

    private StringBuilder text;
    private int line;
    private int parts;

    /** Where the last literal ended in the source. */
    int end = -1;

    /**
     * How the literal at {@code at} joins the one that ended at {@code end}: only blanks, line
     * continuations and at most one operator may lie between (a new line only inside brackets,
     * {@code depth} > 0, or after a backslash) — nothing or '+' joins them as text, '/' as a
     * path, and ',' as a path inside a call that joins paths.
     */
    int follows(String source, int at, int depth, boolean pathCall) {
      if (text == null || end < 0 || at - end > 256 || text.length() >= MAX) {
        return APART;
      }
      char operator = 0;
      for (int k = end; k < at; k++) {
        char c = source.charAt(k);
        if (c == '+' || c == '/' || (c == ',' && pathCall)) {
          if (operator != 0) {
            return APART;
          }
          operator = c;
        } else if (c == '\n' && depth == 0 && (k == 0 || source.charAt(k - 1) != '\\')) {
          return APART;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\\') {
          return APART;
        }
      }
      return operator == '/' || operator == ',' ? AS_PATH : AS_TEXT;
    }

    void start(int line, CharSequence literal) {
      this.line = line;
      this.text = literal == null ? null : new StringBuilder(literal);
      this.parts = 1;
    }

    void add(CharSequence literal, boolean asPath) {
      if (asPath) {
        text.append('/');
      }
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

  /** ASCII letters, digits and '_': the characters of a name. */
  private static final boolean[] WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      WORD[c] = Character.isLetterOrDigit(c) || c == '_';
    }
  }

  private static boolean isPrefixLetter(char c) {
    return switch (c) {
      case 'r', 'R', 'b', 'B', 'u', 'U', 'f', 'F', 't', 'T' -> true;
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

  /**
   * Length of a string prefix (r, b, u, f, t, rb, br, fr, rf, tr, rt, any case) at {@code i}, or
   * 0.
   */
  private static int prefixLength(String text, int i) {
    int k = i;
    while (k < text.length() && k - i < 2 && "rRbBuUfFtT".indexOf(text.charAt(k)) >= 0) {
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
