package io.pkgguard.rules.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An SPDX licence expression ({@code MIT OR Apache-2.0}, {@code GPL-2.0-only WITH
 * Classpath-exception-2.0}, parentheses, {@code AND} binding tighter than {@code OR}), parsed
 * from the SPDX specification's grammar. Operators are accepted in any case, as tools write them
 * so; expressions over 2,000 characters or 50 levels deep are refused.
 */
sealed interface SpdxExpression {

  int MAX_LENGTH = 2_000;
  int MAX_DEPTH = 50;

  /** A licence identifier, with an exception if {@code WITH} one. */
  record License(String id, java.util.Optional<String> exception) implements SpdxExpression {
    public License {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(exception, "exception");
    }
  }

  /** Both must be complied with. */
  record And(SpdxExpression left, SpdxExpression right) implements SpdxExpression {}

  /** Either may be chosen. */
  record Or(SpdxExpression left, SpdxExpression right) implements SpdxExpression {}

  /**
   * Parses an expression.
   *
   * @throws IllegalArgumentException saying what is wrong and where
   */
  static SpdxExpression parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("longer than " + MAX_LENGTH + " characters");
    }
    return new Parser(tokens(text)).parseAll();
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(String.valueOf(c));
        i++;
      } else {
        int start = i;
        while (i < text.length() && isIdChar(text.charAt(i))) {
          i++;
        }
        if (start == i) {
          throw new IllegalArgumentException("unexpected character '" + c + "' at " + (i + 1));
        }
        tokens.add(text.substring(start, i));
      }
    }
    return tokens;
  }

  private static boolean isIdChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '-'
        || c == '+'
        || c == ':';
  }

  /** A recursive-descent parser: or := and (OR and)*; and := with (AND with)*. */
  final class Parser {
    private final List<String> tokens;
    private int next;
    private int depth;

    Parser(List<String> tokens) {
      this.tokens = tokens;
    }

    SpdxExpression parseAll() {
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException("empty");
      }
      SpdxExpression e = or();
      if (next < tokens.size()) {
        throw new IllegalArgumentException("unexpected '" + tokens.get(next) + "'");
      }
      return e;
    }

    private SpdxExpression or() {
      SpdxExpression left = and();
      while (is("OR")) {
        next++;
        left = new Or(left, and());
      }
      return left;
    }

    private SpdxExpression and() {
      SpdxExpression left = primary();
      while (is("AND")) {
        next++;
        left = new And(left, primary());
      }
      return left;
    }

    private SpdxExpression primary() {
      if (next >= tokens.size()) {
        throw new IllegalArgumentException("ends where a licence was expected");
      }
      String token = tokens.get(next++);
      if (token.equals("(")) {
        if (++depth > MAX_DEPTH) {
          throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH);
        }
        SpdxExpression inner = or();
        if (next >= tokens.size() || !tokens.get(next).equals(")")) {
          throw new IllegalArgumentException("a '(' is not closed");
        }
        next++;
        depth--;
        return inner;
      }
      if (token.equals(")") || isOperator(token)) {
        throw new IllegalArgumentException("'" + token + "' where a licence was expected");
      }
      if (is("WITH")) {
        next++;
        if (next >= tokens.size()
            || isOperator(tokens.get(next))
            || tokens.get(next).equals("(")
            || tokens.get(next).equals(")")) {
          throw new IllegalArgumentException("WITH needs an exception after it");
        }
        return new License(token, java.util.Optional.of(tokens.get(next++)));
      }
      return new License(token, java.util.Optional.empty());
    }

    private boolean is(String operator) {
      return next < tokens.size() && tokens.get(next).toUpperCase(Locale.ROOT).equals(operator);
    }

    private static boolean isOperator(String token) {
      String upper = token.toUpperCase(Locale.ROOT);
      return upper.equals("AND") || upper.equals("OR") || upper.equals("WITH");
    }
  }
}
