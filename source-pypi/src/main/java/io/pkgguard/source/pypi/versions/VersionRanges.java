package io.pkgguard.source.pypi.versions;

import io.pkgguard.source.pypi.versions.VersionInterval.Lower;
import io.pkgguard.source.pypi.versions.VersionInterval.Upper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The versions a clause admits as sorted, disjoint {@link VersionInterval}s, and the algebra on
 * such lists that answers "can anything satisfy this?", "is this inside that?" and "do these
 * overlap?" without enumerating versions. Membership agrees with
 * {@link Pep440Specifier#matches}; the interval model follows the reference implementation's
 * ({@code packaging._ranges}), which the conformance vectors check.
 */
final class VersionRanges {

  /** The smallest version that is not a pre-release. */
  private static final Pep440Version MIN_RELEASE = Pep440Version.parse("0");

  private VersionRanges() {}

  /**
   * The intervals of one clause; {@code ===} clauses compare text, not versions, and span
   * everything here (callers check them separately).
   */
  static List<VersionInterval> of(Pep440Specifier clause) {
    if (clause.isArbitrary()) {
      return List.of(VersionInterval.ALL);
    }
    Pep440Version v = clause.parsedVersion();
    if (clause.isWildcard()) {
      return wildcard(clause.operator(), v);
    }
    return switch (clause.operator()) {
      case ">=" -> List.of(new VersionInterval(lower(v, true), Upper.UNBOUNDED));
      case "<=" ->
          List.of(
              new VersionInterval(Lower.UNBOUNDED, Upper.at(VersionPoint.afterLocals(v), true)));
      case ">" -> greaterThan(v);
      case "<" -> lessThan(v);
      case "==" ->
          List.of(new VersionInterval(lower(v, true), Upper.at(equalityTop(clause, v), true)));
      case "!=" ->
          List.of(
              new VersionInterval(Lower.UNBOUNDED, upper(v, false)),
              new VersionInterval(Lower.at(equalityTop(clause, v), false), Upper.UNBOUNDED));
      case "~=" ->
          List.of(
              new VersionInterval(
                  lower(v, true), upper(nextPrefixDev0(v.withoutLastReleasePart()), false)));
      default -> throw new IllegalStateException("unknown operator " + clause.operator());
    };
  }

  /** {@code ==V} without a local label also admits V's local versions. */
  private static VersionPoint equalityTop(Pep440Specifier clause, Pep440Version v) {
    return clause.version().contains("+") ? VersionPoint.of(v) : VersionPoint.afterLocals(v);
  }

  private static List<VersionInterval> wildcard(String operator, Pep440Version base) {
    Pep440Version first = base.baseVersion().withDev(0);
    Pep440Version next = nextPrefixDev0(base);
    if (operator.equals("==")) {
      return List.of(new VersionInterval(lower(first, true), upper(next, false)));
    }
    return List.of(
        new VersionInterval(Lower.UNBOUNDED, upper(first, false)),
        new VersionInterval(lower(next, true), Upper.UNBOUNDED));
  }

  /** {@code >V} excludes V's post-releases unless V is a post- or dev-release itself. */
  private static List<VersionInterval> greaterThan(Pep440Version v) {
    if (v.dev().isPresent()) {
      return List.of(
          new VersionInterval(lower(v.withDev(v.dev().getAsLong() + 1), true), Upper.UNBOUNDED));
    }
    if (v.post().isPresent()) {
      return List.of(
          new VersionInterval(
              lower(v.withPostAndDev(v.post().getAsLong() + 1, 0), true), Upper.UNBOUNDED));
    }
    return List.of(
        new VersionInterval(Lower.at(VersionPoint.afterPosts(v), false), Upper.UNBOUNDED));
  }

  /** {@code <V} excludes V's pre-releases unless V is one. */
  private static List<VersionInterval> lessThan(Pep440Version v) {
    Pep440Version bound = v.isPreRelease() ? v : v.withDev(0);
    if (bound.compareTo(VersionInterval.MIN_VERSION) <= 0) {
      return List.of();
    }
    return List.of(new VersionInterval(Lower.UNBOUNDED, upper(bound, false)));
  }

  private static Pep440Version nextPrefixDev0(Pep440Version v) {
    return v.baseVersion().withLastReleasePartIncremented().withDev(0);
  }

  private static Lower lower(Pep440Version v, boolean inclusive) {
    return Lower.at(VersionPoint.of(v), inclusive);
  }

  private static Upper upper(Pep440Version v, boolean inclusive) {
    return Upper.at(VersionPoint.of(v), inclusive);
  }

  /** The versions in both lists (both sorted and disjoint), by a two-pointer merge. */
  static List<VersionInterval> intersect(List<VersionInterval> left, List<VersionInterval> right) {
    List<VersionInterval> result = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < left.size() && j < right.size()) {
      VersionInterval a = left.get(i);
      VersionInterval b = right.get(j);
      Lower low = a.lower().compareTo(b.lower()) >= 0 ? a.lower() : b.lower();
      Upper high = a.upper().compareTo(b.upper()) <= 0 ? a.upper() : b.upper();
      VersionInterval both = new VersionInterval(low, high);
      if (!both.isEmpty()) {
        result.add(both);
      }
      if (a.upper().compareTo(b.upper()) < 0) {
        i++;
      } else {
        j++;
      }
    }
    return List.copyOf(result);
  }

  /** The versions in none of the intervals (sorted and disjoint). */
  static List<VersionInterval> complement(List<VersionInterval> intervals) {
    if (intervals.isEmpty()) {
      return List.of(VersionInterval.ALL);
    }
    List<VersionInterval> gaps = new ArrayList<>();
    Optional<Upper> previous = Optional.empty();
    for (VersionInterval interval : intervals) {
      Lower start = interval.lower();
      Upper gapEnd = new Upper(start.point(), !start.inclusive());
      if (previous.isPresent()) {
        gaps.add(
            new VersionInterval(
                new Lower(previous.get().point(), !previous.get().inclusive()), gapEnd));
      } else if (start.point().isPresent()) {
        gaps.add(new VersionInterval(Lower.UNBOUNDED, gapEnd));
      }
      previous = Optional.of(interval.upper());
    }
    Upper last = previous.orElseThrow();
    if (last.point().isPresent()) {
      gaps.add(new VersionInterval(new Lower(last.point(), !last.inclusive()), Upper.UNBOUNDED));
    }
    return gaps.stream().filter(gap -> !gap.isEmpty()).toList();
  }

  /**
   * Whether every version in the intervals is a pre-release, so that a set refusing
   * pre-releases admits nothing.
   */
  static boolean prereleaseOnly(List<VersionInterval> intervals) {
    for (VersionInterval interval : intervals) {
      if (interval.upper().point().isEmpty()) {
        return false;
      }
      VersionPoint nearest = VersionPoint.of(lowestReleaseFrom(interval.lower().point()));
      int c = nearest.compareTo(interval.upper().point().get());
      if (c < 0 || (c == 0 && interval.upper().inclusive())) {
        return false;
      }
    }
    return true;
  }

  /** The smallest version at or above a lower bound's point that is not a pre-release. */
  private static Pep440Version lowestReleaseFrom(Optional<VersionPoint> point) {
    if (point.isEmpty()) {
      return MIN_RELEASE;
    }
    Pep440Version v = point.get().version();
    if (v.isPreRelease()) {
      // 1.0a1.post0 → 1.0 (the final outranks a pre-release's posts); 1.0.post0.dev0 → 1.0.post0.
      return v.preKind().isPresent() ? v.baseVersion() : v.withDev(-1);
    }
    if (point.get().isExact()) {
      return v;
    }
    // Above afterLocals(1.0) the next final is 1.0.post0; above afterLocals(1.0.post0), 1.0.post1.
    return v.withPostAndDev(v.post().isPresent() ? v.post().getAsLong() + 1 : 0, -1);
  }
}
