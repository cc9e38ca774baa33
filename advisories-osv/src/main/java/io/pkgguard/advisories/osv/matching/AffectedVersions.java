package io.pkgguard.advisories.osv.matching;

import io.pkgguard.advisories.osv.model.OsvAffected;
import io.pkgguard.advisories.osv.model.OsvEvent;
import io.pkgguard.advisories.osv.model.OsvRange;
import io.pkgguard.api.VersionScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The OSV schema's evaluation algorithm ("Evaluation" in the specification), for one affected
 * entry and one version: affected when the version is in the {@code versions} list or in one of
 * the ranges; a range is walked in version order, {@code introduced} switching to affected,
 * {@code fixed} (at or above) and {@code last_affected} (above) switching back, within the
 * range's {@code limit}s. Real records also write a range as consecutive pairs that overlap or
 * touch ({@code introduced 0, fixed 3.1.1, introduced 3.2.0, fixed 3.2.2, introduced 3.1.1, fixed
 * 3.2.0} in the PyPA database), which the sorted walk misreads; a version inside any such pair,
 * read in the record's order, is affected too — the two readings agree on well-formed ranges,
 * and where they differ the union is the safe answer. {@code ECOSYSTEM} ranges use the ecosystem's {@link VersionScheme},
 * {@code SEMVER} ranges SemVer 2.0 precedence; {@code GIT} ranges cannot be evaluated without the
 * repository and rely on the {@code versions} list, as the specification requires.
 */
public final class AffectedVersions {

  private AffectedVersions() {}

  /** Whether {@code version} is affected according to the entry's list and ranges. */
  public static Match evaluate(OsvAffected affected, String version, VersionScheme scheme) {
    return evaluate(affected, canonical(affected.versions(), scheme), version, scheme);
  }

  /**
   * As {@link #evaluate(OsvAffected, String, VersionScheme)}, with the entry's listed versions
   * already in canonical form ({@link #canonical}).
   */
  public static Match evaluate(
      OsvAffected affected, java.util.Set<String> listed, String version, VersionScheme scheme) {
    if (listed.contains(canonical(version, scheme))) {
      return new Match(Match.Status.AFFECTED, nearestFixed(affected, version, scheme), "");
    }
    return evaluateRanges(affected, version, scheme, !affected.versions().isEmpty());
  }

  /** Versions in canonical form (as written where they are not valid in the scheme). */
  public static java.util.Set<String> canonical(List<String> versions, VersionScheme scheme) {
    java.util.Set<String> set = new java.util.HashSet<>();
    for (String v : versions) {
      set.add(canonical(v, scheme));
    }
    return java.util.Set.copyOf(set);
  }

  /** PEP 440's equal versions spell the same here: "1.0" and "1.0.0" both become "1". */
  private static final java.util.regex.Pattern TRAILING_ZEROS =
      java.util.regex.Pattern.compile("^((?:\\d+!)?\\d+(?:\\.\\d+)*?)(?:\\.0+)+(?=$|[^.\\d])");

  private static String canonical(String version, VersionScheme scheme) {
    if (!scheme.isValid(version)) {
      return version;
    }
    String normal = scheme.normalize(version);
    return TRAILING_ZEROS.matcher(normal).replaceFirst("$1");
  }

  /**
   * The answer of the ranges alone, ignoring the {@code versions} list. Undecidable ranges that
   * a {@code versions} list covers (GIT, unknown types) count as not affected when {@code
   * listCovers} is true, as the specification says the list is then authoritative.
   */
  public static Match evaluateRanges(
      OsvAffected affected, String version, VersionScheme scheme, boolean listCovers) {
    List<String> undecided = new ArrayList<>();
    for (OsvRange range : affected.ranges()) {
      Match match = evaluate(range, version, scheme);
      if (match.status() == Match.Status.AFFECTED) {
        return match;
      }
      if (match.status() == Match.Status.UNDECIDABLE && !(listCovers && !isOrdered(range.type()))) {
        undecided.add(match.reason());
      }
    }
    return undecided.isEmpty() ? Match.notAffected() : Match.undecidable(undecided.get(0));
  }

  /** One range. */
  public static Match evaluate(OsvRange range, String version, VersionScheme scheme) {
    Optional<VersionOrder> order = order(range.type(), scheme);
    if (order.isEmpty()) {
      return Match.undecidable("a " + range.type() + " range cannot be evaluated from versions");
    }
    VersionOrder o = order.get();
    Optional<String> bad = o.problem(version);
    if (bad.isPresent()) {
      return Match.undecidable(bad.get());
    }
    for (OsvEvent e : range.events()) {
      if (!e.isFromTheStart() && !(e.kind() == OsvEvent.Kind.LIMIT && e.version().contains("*"))) {
        Optional<String> problem = o.problem(e.version());
        if (problem.isPresent()) {
          return Match.undecidable(e.kind().field() + " bound " + problem.get());
        }
      }
    }
    if (!beforeLimits(range, version, o)) {
      return Match.notAffected();
    }
    boolean affected = false;
    for (OsvEvent e : sorted(range, o)) {
      switch (e.kind()) {
        case INTRODUCED -> {
          if (e.isFromTheStart() || o.compare(version, e.version()) >= 0) {
            affected = true;
          }
        }
        case FIXED -> {
          if (o.compare(version, e.version()) >= 0) {
            affected = false;
          }
        }
        case LAST_AFFECTED -> {
          if (o.compare(version, e.version()) > 0) {
            affected = false;
          }
        }
        case LIMIT -> {
          // handled by beforeLimits
        }
      }
    }
    return affected || insideAPair(range, version, o)
        ? new Match(Match.Status.AFFECTED, nearestFixed(range, version, scheme), "")
        : Match.notAffected();
  }

  /**
   * Whether the version lies in an interval opened by an {@code introduced} and closed by the
   * next {@code fixed} or {@code last_affected}, in the order the record gives them (an interval
   * left open runs to the end).
   */
  private static boolean insideAPair(OsvRange range, String version, VersionOrder o) {
    List<OsvEvent> open = new ArrayList<>();
    for (OsvEvent e : range.events()) {
      switch (e.kind()) {
        case INTRODUCED -> open.add(e);
        case FIXED, LAST_AFFECTED -> {
          boolean below =
              e.kind() == OsvEvent.Kind.FIXED
                  ? o.compare(version, e.version()) < 0
                  : o.compare(version, e.version()) <= 0;
          for (OsvEvent start : open) {
            if (below && (start.isFromTheStart() || o.compare(version, start.version()) >= 0)) {
              return true;
            }
          }
          open.clear();
        }
        case LIMIT -> {
          // limits were applied before
        }
      }
    }
    // An interval left open at the end is closed by the lowest end above its start anywhere in
    // the range (events written out of order), or runs to the end if there is none.
    for (OsvEvent start : open) {
      if (!start.isFromTheStart() && o.compare(version, start.version()) < 0) {
        continue;
      }
      boolean closed = false;
      for (OsvEvent end : range.events()) {
        boolean after = start.isFromTheStart() || o.compare(end.version(), start.version()) > 0;
        if (end.kind() == OsvEvent.Kind.FIXED && after) {
          closed |= o.compare(version, end.version()) >= 0;
        } else if (end.kind() == OsvEvent.Kind.LAST_AFFECTED && after) {
          closed |= o.compare(version, end.version()) > 0;
        }
      }
      if (!closed) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOrdered(String type) {
    return OsvRange.ECOSYSTEM.equals(type) || OsvRange.SEMVER.equals(type);
  }

  private static Optional<VersionOrder> order(String type, VersionScheme scheme) {
    return switch (type) {
      case OsvRange.ECOSYSTEM -> Optional.of(VersionOrder.of(scheme));
      case OsvRange.SEMVER -> Optional.of(VersionOrder.semVer());
      default -> Optional.empty();
    };
  }

  private static boolean beforeLimits(OsvRange range, String version, VersionOrder o) {
    boolean anyLimit = false;
    for (OsvEvent e : range.events()) {
      if (e.kind() == OsvEvent.Kind.LIMIT) {
        anyLimit = true;
        if (e.version().contains("*") || o.compare(version, e.version()) < 0) {
          return true;
        }
      }
    }
    return !anyLimit;
  }

  /**
   * Events in version order; {@code introduced: "0"} first; at equal versions an introduction
   * comes before the end of a range, so that {@code introduced X, fixed X} is empty.
   */
  private static List<OsvEvent> sorted(OsvRange range, VersionOrder o) {
    Comparator<OsvEvent> byVersion =
        (a, b) -> {
          if (a.isFromTheStart() || b.isFromTheStart()) {
            return Boolean.compare(!a.isFromTheStart(), !b.isFromTheStart());
          }
          return o.compare(a.version(), b.version());
        };
    List<OsvEvent> events =
        new ArrayList<>(
            range.events().stream().filter(e -> e.kind() != OsvEvent.Kind.LIMIT).toList());
    events.sort(byVersion.thenComparing(e -> e.kind().ordinal()));
    return events;
  }

  /** The lowest {@code fixed} above {@code version} in the entry's ordered ranges. */
  public static Optional<String> nearestFixed(
      OsvAffected affected, String version, VersionScheme scheme) {
    return affected.ranges().stream()
        .map(r -> nearestFixed(r, version, scheme))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The lowest {@code fixed} above {@code version} in an ordered range. */
  private static Optional<String> nearestFixed(
      OsvRange range, String version, VersionScheme scheme) {
    Optional<VersionOrder> order = order(range.type(), scheme);
    if (order.isEmpty() || order.get().problem(version).isPresent()) {
      return Optional.empty();
    }
    VersionOrder o = order.get();
    return range.events().stream()
        .filter(e -> e.kind() == OsvEvent.Kind.FIXED && o.problem(e.version()).isEmpty())
        .map(OsvEvent::version)
        .filter(v -> o.compare(v, version) > 0)
        .min(o::compare);
  }
}
