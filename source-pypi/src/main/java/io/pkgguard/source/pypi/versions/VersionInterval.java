package io.pkgguard.source.pypi.versions;

import java.util.Objects;
import java.util.Optional;

/**
 * One contiguous stretch of the version line between a lower and an upper bound, either of which
 * may be unbounded. Intervals may be empty; {@link #isEmpty} knows that a boundary's least
 * successor can lie beyond the upper bound ({@code (afterPosts(1.0a1), 1.0a2.dev0)} holds no
 * version).
 *
 * @param lower where the interval starts
 * @param upper where it ends
 */
record VersionInterval(Lower lower, Upper upper) {

  /** The smallest version there is; nothing sorts below {@code 0.dev0}. */
  static final Pep440Version MIN_VERSION = Pep440Version.parse("0.dev0");

  /** Every version. */
  static final VersionInterval ALL = new VersionInterval(Lower.UNBOUNDED, Upper.UNBOUNDED);

  VersionInterval {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
  }

  /** Whether no version lies in the interval. */
  boolean isEmpty() {
    if (upper.point().isEmpty()) {
      return false;
    }
    VersionPoint high = upper.point().get();
    if (lower.point().isEmpty()) {
      return !upper.inclusive() && high.isExact() && high.version().compareTo(MIN_VERSION) <= 0;
    }
    VersionPoint low = lower.point().get();
    if (!low.isExact()) {
      Optional<Pep440Version> successor = low.leastVersionAbove();
      if (successor.isPresent()) {
        int c = high.compareTo(VersionPoint.of(successor.get()));
        return c == 0 ? !upper.inclusive() : c < 0;
      }
    }
    int c = low.compareTo(high);
    return c == 0 ? !(lower.inclusive() && upper.inclusive()) : c > 0;
  }

  /** Whether a version lies in the interval. */
  boolean contains(Pep440Version version) {
    VersionPoint point = VersionPoint.of(version);
    boolean aboveLower =
        lower
            .point()
            .map(
                low -> {
                  int c = point.compareTo(low);
                  return c > 0 || (c == 0 && lower.inclusive());
                })
            .orElse(true);
    boolean belowUpper =
        upper
            .point()
            .map(
                high -> {
                  int c = point.compareTo(high);
                  return c < 0 || (c == 0 && upper.inclusive());
                })
            .orElse(true);
    return aboveLower && belowUpper;
  }

  @Override
  public String toString() {
    return (lower.inclusive() ? "[" : "(")
        + lower.point().map(Object::toString).orElse("-inf")
        + ", "
        + upper.point().map(Object::toString).orElse("+inf")
        + (upper.inclusive() ? "]" : ")");
  }

  /**
   * A lower bound; unbounded below when the point is empty (never inclusive then). At the same
   * point an inclusive bound starts earlier.
   */
  record Lower(Optional<VersionPoint> point, boolean inclusive) implements Comparable<Lower> {

    static final Lower UNBOUNDED = new Lower(Optional.empty(), false);

    Lower {
      Objects.requireNonNull(point, "point");
      inclusive = inclusive && point.isPresent();
    }

    static Lower at(VersionPoint point, boolean inclusive) {
      return new Lower(Optional.of(point), inclusive);
    }

    @Override
    public int compareTo(Lower other) {
      if (point.isEmpty() || other.point.isEmpty()) {
        return Boolean.compare(point.isPresent(), other.point.isPresent());
      }
      int c = point.get().compareTo(other.point.get());
      return c != 0 ? c : Boolean.compare(other.inclusive, inclusive);
    }
  }

  /**
   * An upper bound; unbounded above when the point is empty (never inclusive then). At the same
   * point an exclusive bound ends earlier.
   */
  record Upper(Optional<VersionPoint> point, boolean inclusive) implements Comparable<Upper> {

    static final Upper UNBOUNDED = new Upper(Optional.empty(), false);

    Upper {
      Objects.requireNonNull(point, "point");
      inclusive = inclusive && point.isPresent();
    }

    static Upper at(VersionPoint point, boolean inclusive) {
      return new Upper(Optional.of(point), inclusive);
    }

    @Override
    public int compareTo(Upper other) {
      if (point.isEmpty() || other.point.isEmpty()) {
        return Boolean.compare(point.isEmpty(), other.point.isEmpty());
      }
      int c = point.get().compareTo(other.point.get());
      return c != 0 ? c : Boolean.compare(inclusive, other.inclusive);
    }
  }
}
