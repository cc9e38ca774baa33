package io.pkgguard.source.pypi.versions;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One PEP 440 version clause ({@code >=1.0}, {@code ==2.*}, {@code ~=1.4.5}, {@code ===foo}).
 *
 * <p>{@link #matches} is pure membership, as PEP 440 defines each operator: {@code <V} excludes
 * V's pre-releases (unless V is one), {@code >V} excludes V's post-releases and local versions
 * (unless V is a post- or dev-release), {@code ==V} without a local label matches V's local
 * versions, {@code ~=V} is {@code >=V} within V's prefix, wildcards match every version under the
 * prefix. Pre-release policy is separate ({@link #contains}, {@link #prereleases}). Where PEP 440
 * is silent, behaviour follows the reference implementation (pypa/packaging 26). Immutable.
 */
public final class Pep440Specifier {

  private static final List<String> OPERATORS =
      List.of("===", "~=", "==", "!=", "<=", ">=", "<", ">");

  private final String operator;
  private final String version;
  private final Optional<Boolean> explicitPrereleases;

  /** The parsed version (without a trailing .*); empty only for an unparsable === operand. */
  private final Optional<Pep440Version> parsed;

  private final boolean wildcard;

  private Pep440Specifier(String operator, String version, Optional<Boolean> prereleases) {
    this.operator = operator;
    this.version = version;
    this.explicitPrereleases = prereleases;
    this.wildcard = version.endsWith(".*");
    this.parsed =
        Pep440Version.tryParse(wildcard ? version.substring(0, version.length() - 2) : version);
  }

  /**
   * Parses one clause; white space around and after the operator is ignored.
   *
   * @throws InvalidSpecifierException saying what is wrong
   */
  public static Pep440Specifier parse(String text) {
    return parse(text, Optional.empty());
  }

  /** Parses one clause with an explicit pre-release setting. */
  public static Pep440Specifier parse(String text, Optional<Boolean> prereleases) {
    String trimmed = text.strip();
    for (String operator : OPERATORS) {
      if (trimmed.startsWith(operator)) {
        String version = trimmed.substring(operator.length()).strip();
        if (version.isEmpty()
            || version.chars().anyMatch(Character::isWhitespace)
            || (operator.equals("===") && (version.contains(";") || version.contains(")")))) {
          throw new InvalidSpecifierException(
              "'"
                  + text
                  + "' is not a valid specifier: expected"
                  + " one version after "
                  + operator);
        }
        if (!version.chars().allMatch(c -> c < 0x80)) {
          throw new InvalidSpecifierException(
              "'" + text + "' is not a valid specifier: the" + " version has non-ASCII characters");
        }
        VersionSyntax.clauseProblem(operator, version)
            .ifPresent(
                problem -> {
                  throw new InvalidSpecifierException(
                      "'" + text + "' is not a valid specifier: " + problem);
                });
        return new Pep440Specifier(operator, version, prereleases);
      }
    }
    throw new InvalidSpecifierException(
        "'"
            + text
            + "' is not a valid specifier: expected an"
            + " operator (~=, ==, !=, <=, >=, <, >, ===) and a version");
  }

  /** The operator. */
  public String operator() {
    return operator;
  }

  /** The version as written (with {@code .*} for prefix matches). */
  public String version() {
    return version;
  }

  /** This clause with an explicit pre-release setting. */
  public Pep440Specifier withPrereleases(Optional<Boolean> prereleases) {
    return new Pep440Specifier(operator, version, prereleases);
  }

  /**
   * Whether this clause admits pre-releases when nothing says otherwise: the explicit setting if
   * any; otherwise true when its own version is a pre-release (except for {@code !=} and
   * wildcards); empty for an {@code ===} operand that is not a version.
   */
  public Optional<Boolean> prereleases() {
    if (explicitPrereleases.isPresent()) {
      return explicitPrereleases;
    }
    if (operator.equals("!=") || (operator.equals("==") && wildcard)) {
      return Optional.of(false);
    }
    return parsed.map(Pep440Version::isPreRelease);
  }

  /** The explicit pre-release setting, if one was given. */
  Optional<Boolean> explicitPrereleases() {
    return explicitPrereleases;
  }

  /** Whether this is a prefix match ({@code ==1.2.*}, {@code !=1.2.*}). */
  boolean isWildcard() {
    return wildcard;
  }

  /** The clause's version without {@code .*}; not for {@code ===} clauses. */
  Pep440Version parsedVersion() {
    return parsed.orElseThrow(() -> new IllegalStateException(this + " has no PEP 440 version"));
  }

  /** Whether this is an {@code ===} clause. */
  boolean isArbitrary() {
    return operator.equals("===");
  }

  /**
   * Whether a version string is contained, with the pre-release policy applied: a pre-release
   * is refused only when pre-releases are excluded (explicitly, or by {@code prereleases}).
   */
  public boolean contains(String item, Optional<Boolean> prereleases) {
    return contains(VersionItem.of(item), prereleases);
  }

  boolean contains(VersionItem item, Optional<Boolean> prereleases) {
    Optional<Boolean> policy =
        prereleases.isPresent() ? prereleases : resolve(explicitPrereleases, prereleases());
    if (isArbitrary()) {
      boolean same = item.text().toLowerCase(Locale.ROOT).equals(version.toLowerCase(Locale.ROOT));
      return same
          && !(policy.equals(Optional.of(false))
              && item.version().map(Pep440Version::isPreRelease).orElse(false));
    }
    if (item.version().isEmpty()) {
      return false;
    }
    Pep440Version v = item.version().get();
    if (policy.equals(Optional.of(false)) && v.isPreRelease()) {
      return false;
    }
    return matches(v);
  }

  /**
   * The versions this clause admits, in order, with pre-releases filtered: kept when asked to,
   * when this clause names a pre-release, or when no final release matches.
   */
  public List<String> filter(List<String> versions, Optional<Boolean> prereleases) {
    return filterItems(versions, VersionItem::of, prereleases);
  }

  <T> List<T> filterItems(
      List<T> items,
      java.util.function.Function<T, VersionItem> key,
      Optional<Boolean> prereleases) {
    Optional<Boolean> policy =
        prereleases.isPresent() ? prereleases : resolve(explicitPrereleases, prereleases());
    if (isArbitrary()) {
      List<T> same =
          items.stream().filter(item -> key.apply(item).text().equalsIgnoreCase(version)).toList();
      return PrereleasePolicy.apply(same, key, policy);
    }
    return PrereleasePolicy.filterMembers(items, key, this::matches, policy);
  }

  /** Whether a parsed version is contained, with the pre-release policy applied. */
  public boolean contains(Pep440Version item, Optional<Boolean> prereleases) {
    return contains(VersionItem.of(item), prereleases);
  }

  /** An explicit setting wins; otherwise auto-detected "true" holds; else the PEP default. */
  static Optional<Boolean> resolve(Optional<Boolean> explicit, Optional<Boolean> detected) {
    if (explicit.isPresent()) {
      return explicit;
    }
    return detected.equals(Optional.of(true)) ? detected : Optional.empty();
  }

  /** Pure membership of a version, no pre-release policy ({@code ===} compares text). */
  public boolean matches(Pep440Version v) {
    if (isArbitrary()) {
      return v.toString().equalsIgnoreCase(version);
    }
    Pep440Version spec = parsed.orElseThrow();
    if (wildcard) {
      boolean inPrefix = v.compareTo(baseDev0(spec)) >= 0 && v.compareTo(nextPrefixDev0(spec)) < 0;
      return operator.equals("==") == inPrefix;
    }
    return switch (operator) {
      case ">=" -> v.compareTo(spec) >= 0;
      case "<=" -> v.compareTo(spec) <= 0 || sameLocalFamily(v, spec);
      case ">" -> greaterThan(v, spec);
      case "<" -> v.compareTo(spec.isPreRelease() ? spec : devZero(spec)) < 0;
      case "==" -> equalTo(v, spec);
      case "!=" -> !equalTo(v, spec);
      case "~=" -> v.compareTo(spec) >= 0 && v.compareTo(nextPrefixDev0(prefix(spec))) < 0;
      default -> throw new IllegalStateException("unknown operator " + operator);
    };
  }

  private boolean equalTo(Pep440Version v, Pep440Version spec) {
    // With a local label in the specifier only that exact version matches; without one, the
    // version and all its local variants do.
    return version.contains("+") ? v.compareTo(spec) == 0 : sameLocalFamily(v, spec);
  }

  /** {@code >V}: above V, but not V's post-releases or local variants unless V says so. */
  private static boolean greaterThan(Pep440Version v, Pep440Version spec) {
    if (spec.dev().isPresent()) {
      return v.compareTo(spec.withDev(spec.dev().getAsLong() + 1)) >= 0;
    }
    if (spec.post().isPresent()) {
      return v.compareTo(spec.withPostAndDev(spec.post().getAsLong() + 1, 0)) >= 0;
    }
    return v.compareTo(spec) > 0 && !samePostFamily(v, spec);
  }

  /** Same epoch, release (zero-padded) and pre-release as V: V, V.postN, V+local. */
  private static boolean samePostFamily(Pep440Version v, Pep440Version spec) {
    return v.epoch() == spec.epoch()
        && sameRelease(v, spec)
        && v.preKind().equals(spec.preKind())
        && v.preNumber().equals(spec.preNumber());
  }

  /** Same public version as V: V itself and V+anything. */
  private static boolean sameLocalFamily(Pep440Version v, Pep440Version spec) {
    return v.publicVersion().compareTo(spec.publicVersion()) == 0;
  }

  private static boolean sameRelease(Pep440Version a, Pep440Version b) {
    List<Long> x = a.release();
    List<Long> y = b.release();
    for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
      if (!Objects.equals(i < x.size() ? x.get(i) : 0L, i < y.size() ? y.get(i) : 0L)) {
        return false;
      }
    }
    return true;
  }

  private static Pep440Version devZero(Pep440Version v) {
    return v.publicVersion().withDev(0);
  }

  /** V's release with everything after it dropped, as its first dev release: 1.2 → 1.2.dev0. */
  private static Pep440Version baseDev0(Pep440Version v) {
    return v.baseVersion().withDev(0);
  }

  /** The first dev release after V's prefix: 1.2 → 1.3.dev0. */
  private static Pep440Version nextPrefixDev0(Pep440Version v) {
    return v.baseVersion().withLastReleasePartIncremented().withDev(0);
  }

  /** V's release without its last part: ~=1.4.5 is bounded by 1.5. */
  private static Pep440Version prefix(Pep440Version v) {
    return v.baseVersion().withoutLastReleasePart();
  }

  /**
   * The clause in canonical form, which decides equality: the version normalised with trailing
   * zeros removed ({@code ==1.0.0} is {@code ==1}), except after {@code ~=} where they matter;
   * wildcards and {@code ===} as written. The pre-release setting does not take part.
   */
  public String canonical() {
    if (isArbitrary() || wildcard) {
      return operator + version;
    }
    return operator + parsed.orElseThrow().canonicalText(!operator.equals("~="));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pep440Specifier other && canonical().equals(other.canonical());
  }

  @Override
  public int hashCode() {
    return canonical().hashCode();
  }

  /** The operator and version, such as {@code >=1.0}. */
  @Override
  public String toString() {
    return operator + version;
  }
}
