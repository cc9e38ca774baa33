package io.pkgguard.source.pypi.requirements;

import java.util.List;
import java.util.Objects;

/**
 * A parsed PEP 508 environment marker. {@code toString()} gives the canonical form (double
 * quotes, normalised extra names, the parentheses that were written except redundant ones).
 * Evaluate with {@link MarkerEvaluator}.
 */
public sealed interface Marker {

  /** A parenthesised sub-expression, kept so that the canonical form shows what was written. */
  record Group(Marker inner) implements Marker {
    public Group {
      Objects.requireNonNull(inner, "inner");
    }

    /** Parentheses are kept unless they hold a single comparison. */
    @Override
    public String toString() {
      Marker content = unwrap(inner);
      return content instanceof Comparison ? content.toString() : "(" + content + ")";
    }
  }

  /** {@code left or right or ...}. */
  record Or(List<Marker> operands) implements Marker {
    public Or {
      operands = List.copyOf(operands);
    }

    @Override
    public String toString() {
      return String.join(" or ", operands.stream().map(Object::toString).toList());
    }
  }

  /** {@code left and right and ...}. */
  record And(List<Marker> operands) implements Marker {
    public And {
      operands = List.copyOf(operands);
    }

    @Override
    public String toString() {
      return String.join(" and ", operands.stream().map(Object::toString).toList());
    }
  }

  /** {@code left op right}, each side a variable or a quoted string. */
  record Comparison(Operand left, String operator, Operand right) implements Marker {
    public Comparison {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public String toString() {
      return left + " " + operator + " " + right;
    }
  }

  /** A side of a comparison. */
  sealed interface Operand {}

  /** An environment variable, by its canonical name ({@code python_version}). */
  record Variable(String name) implements Operand {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A quoted string's value. */
  record Literal(String value) implements Operand {
    @Override
    public String toString() {
      return value.contains("\"") ? "'" + value + "'" : "\"" + value + "\"";
    }
  }

  /** The canonical text of a whole marker: without parentheses around all of it. */
  static String canonical(Marker marker) {
    return unwrap(marker).toString();
  }

  private static Marker unwrap(Marker marker) {
    Marker m = marker;
    while (m instanceof Group group) {
      m = group.inner();
    }
    return m;
  }
}
