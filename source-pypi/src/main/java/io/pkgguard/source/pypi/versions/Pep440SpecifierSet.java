package io.pkgguard.source.pypi.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A comma-separated set of PEP 440 clauses, all of which must hold ({@code >=1.0,!=1.3.*,<2}).
 * The empty set matches every version. Immutable.
 *
 * <p>Pre-releases: {@link #contains} accepts a pre-release unless pre-releases are excluded
 * (a single version has no alternatives, so PEP 440's "only if nothing else matches" admits it);
 * {@link #filter} keeps pre-releases only when a clause names one, when asked to, or when no final
 * release matches. An installed pre-release is always accepted by {@code contains}.
 */
public final class Pep440SpecifierSet {

  private static final Pep440SpecifierSet ANY = new Pep440SpecifierSet(List.of(), Optional.empty());

  private final List<Pep440Specifier> specifiers;
  private final Optional<Boolean> explicitPrereleases;

  private Pep440SpecifierSet(List<Pep440Specifier> specifiers, Optional<Boolean> prereleases) {
    this.specifiers = List.copyOf(specifiers);
    this.explicitPrereleases = prereleases;
  }

  /** The set that matches every version. */
  public static Pep440SpecifierSet any() {
    return ANY;
  }

  /**
   * Parses {@code >=1.0, <2}; empty text is the empty set.
   *
   * @throws InvalidSpecifierException naming the clause that is wrong
   */
  public static Pep440SpecifierSet parse(String text) {
    return parse(text, Optional.empty());
  }

  /** Parses with an explicit pre-release setting. */
  public static Pep440SpecifierSet parse(String text, Optional<Boolean> prereleases) {
    List<Pep440Specifier> clauses = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      if (!part.isBlank()) {
        clauses.add(Pep440Specifier.parse(part));
      }
    }
    return new Pep440SpecifierSet(clauses, prereleases);
  }

  /** The clauses, in the order written. */
  public List<Pep440Specifier> specifiers() {
    return specifiers;
  }

  /**
   * Whether the set admits pre-releases by default: the explicit setting, else true when a clause
   * names a pre-release, else empty (PEP 440's default applies).
   */
  public Optional<Boolean> prereleases() {
    if (explicitPrereleases.isPresent()) {
      return explicitPrereleases;
    }
    return specifiers.stream().anyMatch(s -> s.prereleases().equals(Optional.of(true)))
        ? Optional.of(true)
        : Optional.empty();
  }

  /** Whether a version string is in the set. */
  public boolean contains(String version) {
    return contains(VersionItem.of(version), Optional.empty(), false);
  }

  /** Whether a parsed version is in the set. */
  public boolean contains(Pep440Version version) {
    return contains(VersionItem.of(version), Optional.empty(), false);
  }

  /**
   * Whether a version string is in the set.
   *
   * @param prereleases accept (true) or refuse (false) pre-releases; empty: the set's default
   * @param installed whether the version is already installed (a pre-release is then accepted)
   */
  public boolean contains(String version, Optional<Boolean> prereleases, boolean installed) {
    return contains(VersionItem.of(version), prereleases, installed);
  }

  /** As {@link #contains(String, Optional, boolean)}, for a parsed version. */
  public boolean contains(Pep440Version version, Optional<Boolean> prereleases, boolean installed) {
    return contains(VersionItem.of(version), prereleases, installed);
  }

  private boolean contains(VersionItem item, Optional<Boolean> prereleases, boolean installed) {
    Optional<Pep440Version> version = item.version();
    Optional<Boolean> policy = prereleases;
    if (version.isPresent() && installed && version.get().isPreRelease()) {
      policy = Optional.of(true);
    }
    boolean arbitrary = hasArbitrary();
    if (version.isPresent()
        && !arbitrary
        && version.get().local().isEmpty()
        && !specifiers.isEmpty()) {
      Pep440Version v = version.get();
      if (v.isPreRelease()
          && (policy.equals(Optional.of(false))
              || (policy.isEmpty() && explicitPrereleases.equals(Optional.of(false))))) {
        return false;
      }
      return specifiers.stream().allMatch(s -> s.matches(v));
    }
    VersionItem check =
        (arbitrary && !item.parsedObject()) || version.isEmpty()
            ? item
            : VersionItem.of(version.get());
    return !filterItems(List.of(check), Function.identity(), policy).isEmpty();
  }

  /**
   * The versions in the set, in their order, with pre-releases filtered as described above;
   * invalid version strings are dropped unless an {@code ===} clause names them.
   */
  public List<String> filter(List<String> versions, Optional<Boolean> prereleases) {
    return filter(versions, Function.identity(), prereleases);
  }

  /** As {@link #filter(List, Optional)}, for items that carry a version string. */
  public <T> List<T> filter(
      List<T> items, Function<T, String> version, Optional<Boolean> prereleases) {
    return filterItems(items, item -> VersionItem.of(version.apply(item)), prereleases);
  }

  /** As {@link #filter(List, Optional)}, for parsed versions. */
  public List<Pep440Version> filterVersions(
      List<Pep440Version> versions, Optional<Boolean> prereleases) {
    return filterItems(versions, VersionItem::of, prereleases);
  }

  <T> List<T> filterItems(
      List<T> items, Function<T, VersionItem> key, Optional<Boolean> prereleases) {
    Optional<Boolean> policy = prereleases.isPresent() ? prereleases : prereleases();
    if (specifiers.isEmpty()) {
      return PrereleasePolicy.apply(items, key, policy);
    }
    if (hasArbitrary()) {
      List<T> matches =
          items.stream()
              .filter(
                  item ->
                      specifiers.stream()
                          .allMatch(s -> s.contains(key.apply(item), Optional.of(true))))
              .toList();
      return PrereleasePolicy.apply(matches, key, policy);
    }
    return PrereleasePolicy.filterMembers(
        items, key, v -> specifiers.stream().allMatch(s -> s.matches(v)), policy);
  }

  /**
   * Whether no version can satisfy every clause ({@code >=2.0,<1.0}, {@code ==1.0,!=1.0},
   * {@code ~=1.4.2,~=1.5.0}), as the reference implementation decides it: by interval
   * intersection, by the one candidate text {@code ===} clauses leave, and, when the set refuses
   * pre-releases, by whether only pre-releases remain. The empty set is satisfiable.
   */
  public boolean isUnsatisfiable() {
    if (specifiers.isEmpty()) {
      return false;
    }
    List<VersionInterval> intervals = intervals();
    if (intervals.isEmpty() || arbitraryUnsatisfiable()) {
      return true;
    }
    return prereleases().equals(Optional.of(false)) && VersionRanges.prereleaseOnly(intervals);
  }

  /**
   * Whether every version this set admits is also admitted by {@code other}. Pre-release policy
   * is not part of the comparison: both sets must have the same explicit setting.
   *
   * @throws IllegalArgumentException if either set has an {@code ===} clause (text equality has
   *     no interval), or their explicit pre-release settings differ
   */
  public boolean isSubsetOf(Pep440SpecifierSet other) {
    checkRelationOperand(other);
    return VersionRanges.intersect(intervals(), VersionRanges.complement(other.intervals()))
        .isEmpty();
  }

  /**
   * Whether every version {@code other} admits is also admitted by this set.
   *
   * @throws IllegalArgumentException as {@link #isSubsetOf}
   */
  public boolean isSupersetOf(Pep440SpecifierSet other) {
    return other.isSubsetOf(this);
  }

  /**
   * Whether no version is admitted by both sets.
   *
   * @throws IllegalArgumentException as {@link #isSubsetOf}
   */
  public boolean isDisjointFrom(Pep440SpecifierSet other) {
    checkRelationOperand(other);
    return VersionRanges.intersect(intervals(), other.intervals()).isEmpty();
  }

  private void checkRelationOperand(Pep440SpecifierSet other) {
    Objects.requireNonNull(other, "other");
    if (hasArbitrary() || other.hasArbitrary()) {
      throw new IllegalArgumentException(
          "set relations do not support === clauses ('"
              + this
              + "' and '"
              + other
              + "'): === compares text, not versions");
    }
    if (!explicitPrereleases.equals(other.explicitPrereleases)) {
      throw new IllegalArgumentException(
          "cannot relate sets with different pre-release" + " settings");
    }
  }

  /** The versions every clause admits, as sorted disjoint intervals; {@code ===} ignored. */
  private List<VersionInterval> intervals() {
    List<VersionInterval> result = List.of(VersionInterval.ALL);
    for (Pep440Specifier clause : specifiers) {
      result = VersionRanges.intersect(result, VersionRanges.of(clause));
      if (result.isEmpty()) {
        break;
      }
    }
    return result;
  }

  /**
   * {@code ===} matches one text only (ignoring case), so the set is unsatisfiable when two such
   * clauses disagree or that text fails another clause.
   */
  private boolean arbitraryUnsatisfiable() {
    List<Pep440Specifier> arbitrary =
        specifiers.stream().filter(Pep440Specifier::isArbitrary).toList();
    if (arbitrary.isEmpty()) {
      return false;
    }
    String text = arbitrary.get(0).version();
    if (arbitrary.stream().anyMatch(s -> !s.version().equalsIgnoreCase(text))) {
      return true;
    }
    Optional<Pep440Version> candidate = Pep440Version.tryParse(text);
    if (prereleases().equals(Optional.of(false))
        && candidate.map(Pep440Version::isPreRelease).orElse(false)) {
      return true;
    }
    List<Pep440Specifier> standard = specifiers.stream().filter(s -> !s.isArbitrary()).toList();
    if (standard.isEmpty()) {
      return false;
    }
    return candidate.isEmpty()
        || !standard.stream().allMatch(s -> s.contains(candidate.get(), Optional.empty()));
  }

  private boolean hasArbitrary() {
    return specifiers.stream().anyMatch(Pep440Specifier::isArbitrary);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pep440SpecifierSet other
        && new java.util.HashSet<>(specifiers).equals(new java.util.HashSet<>(other.specifiers));
  }

  @Override
  public int hashCode() {
    return Objects.hash(new java.util.HashSet<>(specifiers));
  }

  /**
   * Both sets at once: every clause of each. The pre-release settings combine when they agree or
   * one is unset.
   *
   * @throws IllegalArgumentException if one set admits pre-releases explicitly and the other
   *     explicitly refuses them
   */
  public Pep440SpecifierSet and(Pep440SpecifierSet other) {
    Optional<Boolean> prereleases;
    if (explicitPrereleases.isPresent()
        && other.explicitPrereleases.isPresent()
        && !explicitPrereleases.equals(other.explicitPrereleases)) {
      throw new IllegalArgumentException(
          "cannot combine a set that admits pre-releases with one" + " that refuses them");
    }
    prereleases = explicitPrereleases.or(() -> other.explicitPrereleases);
    List<Pep440Specifier> all = new ArrayList<>(specifiers);
    all.addAll(other.specifiers);
    return new Pep440SpecifierSet(all, prereleases);
  }

  /**
   * The clauses sorted, without equal repeats (the first in sorted order stays: {@code >1.0}
   * for {@code >1.0.0,>1.0}), joined by commas: {@code <5.0,>=1.0}.
   */
  @Override
  public String toString() {
    java.util.LinkedHashSet<Pep440Specifier> distinct =
        new java.util.LinkedHashSet<>(
            specifiers.stream()
                .sorted(java.util.Comparator.comparing(Pep440Specifier::toString))
                .toList());
    return String.join(",", distinct.stream().map(Pep440Specifier::toString).toList());
  }
}
