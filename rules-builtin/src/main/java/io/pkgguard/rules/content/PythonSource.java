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

  /** A string literal: its 1-based line and its content (escapes decoded where simple). */
  record Literal(int line, String text) {}

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
    while (i < n) {
      char c = text.charAt(i);
      if (c == '#') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      int prefix = prefixLength(text, i);
      int quoteAt = i + prefix;
      if (quoteAt < n && (text.charAt(quoteAt) == '"' || text.charAt(quoteAt) == '\'')
          && (prefix == 0 || !identifierBefore(text, i))) {
        String prefixText = text.substring(i, quoteAt).toLowerCase(Locale.ROOT);
        boolean raw = prefixText.contains("r");
        char quote = text.charAt(quoteAt);
        boolean triple = quoteAt + 2 < n && text.charAt(quoteAt + 1) == quote
            && text.charAt(quoteAt + 2) == quote;
        int start = quoteAt + (triple ? 3 : 1);
        int startLine = line;
        StringBuilder literal = new StringBuilder();
        int j = start;
        while (j < n) {
          char d = text.charAt(j);
          if (d == '\\' && j + 1 < n) {
            if (text.charAt(j + 1) == '\n') {
              line++;
              j += 2;
              continue;
            }
            j = raw ? appendRaw(text, j, literal) : appendEscape(text, j, literal);
            continue;
          }
          if (d == quote && (!triple || (j + 2 < n && text.charAt(j + 1) == quote
              && text.charAt(j + 2) == quote))) {
            j += triple ? 3 : 1;
            break;
          }
          if (d == '\n') {
            if (!triple) {
              break; // unterminated single-quoted literal: ends with the line
            }
            line++;
          }
          literal.append(d);
          j++;
        }
        strings.add(new Literal(startLine, literal.toString()));
        code.append(text, i, quoteAt).append(quote).append(quote);
        // keep the code's line structure: one newline per line the literal spanned
        code.append("\n".repeat(line - startLine));
        i = j;
        continue;
      }
      if (c == '\n') {
        line++;
      }
      code.append(c);
      i++;
    }
    return new PythonSource(code.toString(), strings);
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
