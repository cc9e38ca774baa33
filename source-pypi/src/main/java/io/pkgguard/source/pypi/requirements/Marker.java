package io.pkgguard.source.pypi.requirements;

import java.util.List;
import java.util.Objects;

/** A parsed PEP 508 environment marker. */
public sealed interface Marker {

  /** {@code left or right or ...}. */
  record Or(List<Marker> operands) implements Marker {
    public Or {
      operands = List.copyOf(operands);
    }

    @Override
    public String toString() {
      return String.join(" or ", operands.stream().map(Marker::grouped).toList());
    }
  }

  /** {@code left and right and ...}. */
  record And(List<Marker> operands) implements Marker {
    public And {
      operands = List.copyOf(operands);
    }

    @Override
    public String toString() {
      return String.join(" and ", operands.stream().map(Marker::grouped).toList());
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

  private static String grouped(Marker marker) {
    return marker instanceof Comparison ? marker.toString() : "(" + marker + ")";
  }
}
