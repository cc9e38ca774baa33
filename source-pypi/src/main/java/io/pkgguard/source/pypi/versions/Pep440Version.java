package io.pkgguard.source.pypi.versions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PEP 440 version: {@code [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]}, parsed leniently as
 * the PEP's normalisation rules allow ({@code 1.0-ALPHA.1}, {@code v2}, {@code 1.0-1}) and
 * printed in normal form. Ordering is PEP 440's: release numerically with trailing zeros
 * ignored, then dev-only releases before pre-releases before the final release before
 * post-releases, dev releases before what they develop, local versions after their public
 * version. Equality is consistent with that ordering ({@code 1.0 == 1.0.0}). Immutable.
 *
 * <p>Numbers are limited to 18 digits (the reference implementation allows any size); no
 * published version comes close.
 */
public final class Pep440Version implements Comparable<Pep440Version> {

  // The PEP 440 appendix's regular expression, written out. CASE_INSENSITIVE without
  // UNICODE_CASE is ASCII-only: 'İ' must not pass for 'i'.
  private static final Pattern VERSION =
      Pattern.compile(
          "v?"
              + "(?:(?<epoch>[0-9]+)!)?"
              + "(?<release>[0-9]+(?:\\.[0-9]+)*)"
              + "(?<pre>[-_.]?(?<preL>alpha|beta|preview|pre|rc|a|b|c)[-_.]?(?<preN>[0-9]+)?)?"
              + "(?<post>-(?<postN1>[0-9]+)|[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?)?"
              + "(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?"
              + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
          Pattern.CASE_INSENSITIVE);
  private static final int MAX_DIGITS = 18;
  private static final int SHOWN = 40;

  /**
   * The longest version text read. PEP 440 sets no limit, but no release on PyPI has a version
   * over 40 characters (the tool library's list of every project's latest version), and a very
   * long one is an attack: the regular expression would recurse once per segment.
   */
  public static final int MAX_LENGTH = 256;

  /** Pre-release kinds in order. */
  public enum PreKind {
    /** Alpha ({@code a}, {@code alpha}). */
    A,
    /** Beta ({@code b}, {@code beta}). */
    B,
    /** Release candidate ({@code rc}, {@code c}, {@code pre}, {@code preview}). */
    RC;

    /** The normal-form label: {@code a}, {@code b} or {@code rc}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final long epoch;
  private final long[] release;
  private final PreKind preKind;
  private final long preNumber;
  private final long post;
  private final long dev;
  private final List<String> local;
  private final String text;

  private Pep440Version(
      long epoch,
      long[] release,
      PreKind preKind,
      long preNumber,
      long post,
      long dev,
      List<String> local) {
    this.epoch = epoch;
    this.release = release;
    this.preKind = preKind;
    this.preNumber = preNumber;
    this.post = post;
    this.dev = dev;
    this.local = List.copyOf(local);
    this.text = render(true);
  }

  /**
   * Parses a version. Surrounding white space is ignored.
   *
   * @throws InvalidVersionException saying what is wrong
   */
  public static Pep440Version parse(String input) {
    String trimmed = stripWhitespace(input);
    if (trimmed.length() > MAX_LENGTH) {
      throw new InvalidVersionException(
          "a version of "
              + trimmed.length()
              + " characters ('"
              + shown(trimmed)
              + "') is longer than the "
              + MAX_LENGTH
              + " pkgguard reads; no"
              + " published version comes close");
    }
    Matcher m = VERSION.matcher(trimmed);
    if (!m.matches()) {
      throw new InvalidVersionException(
          "'"
              + shown(input)
              + "' is not a valid PEP 440 version"
              + " (such as 1.0, 2.0.1rc1, 1!3.0.post2.dev1+local.7)");
    }
    long epoch = m.group("epoch") == null ? 0 : number(m.group("epoch"), input);
    String[] parts = m.group("release").split("\\.");
    long[] release = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      release[i] = number(parts[i], input);
    }
    PreKind preKind = null;
    long preNumber = 0;
    if (m.group("pre") != null) {
      preKind =
          switch (m.group("preL").toLowerCase(Locale.ROOT)) {
            case "a", "alpha" -> PreKind.A;
            case "b", "beta" -> PreKind.B;
            default -> PreKind.RC;
          };
      preNumber = m.group("preN") == null ? 0 : number(m.group("preN"), input);
    }
    long post = -1;
    if (m.group("post") != null) {
      String n = m.group("postN1") != null ? m.group("postN1") : m.group("postN2");
      post = n == null ? 0 : number(n, input);
    }
    long dev =
        m.group("dev") == null ? -1 : m.group("devN") == null ? 0 : number(m.group("devN"), input);
    List<String> local =
        m.group("local") == null
            ? List.of()
            : Arrays.stream(m.group("local").toLowerCase(Locale.ROOT).split("[-_.]")).toList();
    return new Pep440Version(epoch, release, preKind, preNumber, post, dev, local);
  }

  /** The version, if {@code input} is valid. */
  public static Optional<Pep440Version> tryParse(String input) {
    try {
      return Optional.of(parse(input));
    } catch (InvalidVersionException e) {
      return Optional.empty();
    }
  }

  private static long number(String digits, String input) {
    String significant = digits.replaceFirst("^0+(?=.)", "");
    if (significant.length() > MAX_DIGITS) {
      throw new InvalidVersionException(
          "'" + input + "' has a number longer than " + MAX_DIGITS + " digits");
    }
    return Long.parseLong(significant);
  }

  /** Removes what Python's {@code str.strip()} removes: Unicode white space at either end. */
  /** At most the first 40 characters of a text, for messages. */
  static String shown(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }

  private static String stripWhitespace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isPythonSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isPythonSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** The epoch, 0 unless given. */
  public long epoch() {
    return epoch;
  }

  /** The release segment, as written ({@code 1.0.0} has three parts). */
  public List<Long> release() {
    return Arrays.stream(release).boxed().toList();
  }

  /** The pre-release kind, if any. */
  public Optional<PreKind> preKind() {
    return Optional.ofNullable(preKind);
  }

  /** The pre-release number, if this is a pre-release. */
  public OptionalLong preNumber() {
    return preKind == null ? OptionalLong.empty() : OptionalLong.of(preNumber);
  }

  /** The post-release number, if any. */
  public OptionalLong post() {
    return post < 0 ? OptionalLong.empty() : OptionalLong.of(post);
  }

  /** The development release number, if any. */
  public OptionalLong dev() {
    return dev < 0 ? OptionalLong.empty() : OptionalLong.of(dev);
  }

  /** The local label in normal form ({@code ubuntu.1}), if any. */
  public Optional<String> local() {
    return local.isEmpty() ? Optional.empty() : Optional.of(String.join(".", local));
  }

  /** Whether this is a pre-release or a development release. */
  public boolean isPreRelease() {
    return preKind != null || dev >= 0;
  }

  /** Whether this is a development release. */
  public boolean isDevRelease() {
    return dev >= 0;
  }

  /** Whether this is a post-release. */
  public boolean isPostRelease() {
    return post >= 0;
  }

  /** The first release number, 0 if absent. */
  public long major() {
    return release.length > 0 ? release[0] : 0;
  }

  /** The second release number, 0 if absent. */
  public long minor() {
    return release.length > 1 ? release[1] : 0;
  }

  /** The third release number, 0 if absent. */
  public long micro() {
    return release.length > 2 ? release[2] : 0;
  }

  /** This version without its local label. */
  public Pep440Version publicVersion() {
    return local.isEmpty()
        ? this
        : new Pep440Version(epoch, release, preKind, preNumber, post, dev, List.of());
  }

  /** The epoch and release only ({@code 1!2.0} of {@code 1!2.0rc1.post3}). */
  public Pep440Version baseVersion() {
    return new Pep440Version(epoch, release, null, 0, -1, -1, List.of());
  }

  /** This public version with the dev number replaced ({@code 1.0} → {@code 1.0.dev0}). */
  Pep440Version withDev(long newDev) {
    return new Pep440Version(epoch, release, preKind, preNumber, post, newDev, List.of());
  }

  /** This public version with post and dev numbers replaced. */
  Pep440Version withPostAndDev(long newPost, long newDev) {
    return new Pep440Version(epoch, release, preKind, preNumber, newPost, newDev, List.of());
  }

  /** Epoch and release with the last release part plus one ({@code 1.2} → {@code 1.3}). */
  Pep440Version withLastReleasePartIncremented() {
    long[] next = release.clone();
    next[next.length - 1]++;
    return new Pep440Version(epoch, next, null, 0, -1, -1, List.of());
  }

  /** Epoch and release without the last release part ({@code 1.4.5} → {@code 1.4}). */
  Pep440Version withoutLastReleasePart() {
    return new Pep440Version(
        epoch, Arrays.copyOf(release, Math.max(1, release.length - 1)), null, 0, -1, -1, List.of());
  }

  /** The next pre-release's first dev release: 1.0a1 → 1.0a2.dev0. */
  Pep440Version nextPreReleaseDev0() {
    if (preKind == null) {
      throw new IllegalStateException(text + " is not a pre-release");
    }
    return new Pep440Version(epoch, release, preKind, preNumber + 1, -1, 0, List.of());
  }

  /** Compares epoch and release only (trailing zeros ignored). */
  int compareEpochAndRelease(Pep440Version other) {
    int c = Long.compare(epoch, other.epoch);
    return c != 0 ? c : compareRelease(release, other.release);
  }

  /**
   * The suffix as the ordering sees it: pre-release rank (dev-only −1, a 0, b 1, rc 2, none 3),
   * pre-release number, post number (−1 when absent), dev number ({@link Long#MAX_VALUE} when
   * absent). Comparing these arrays in order is {@link #compareTo} for equal releases and locals.
   */
  long[] suffixKey() {
    return new long[] {
      preRank(), preKind == null ? 0 : preNumber, post, dev < 0 ? Long.MAX_VALUE : dev
    };
  }

  /** The normal form without the local label. */
  public String publicText() {
    return render(false);
  }

  /**
   * The normal form with trailing zeros of the release removed ({@code 1.4.0} → {@code 1.4}),
   * as the reference implementation's {@code canonicalize_version} does.
   */
  public String canonicalText(boolean stripTrailingZeros) {
    if (!stripTrailingZeros) {
      return text;
    }
    int length = release.length;
    while (length > 1 && release[length - 1] == 0) {
      length--;
    }
    return new Pep440Version(
            epoch, Arrays.copyOf(release, length), preKind, preNumber, post, dev, local)
        .text;
  }

  private String render(boolean withLocal) {
    StringBuilder out = new StringBuilder();
    if (epoch != 0) {
      out.append(epoch).append('!');
    }
    for (int i = 0; i < release.length; i++) {
      if (i > 0) {
        out.append('.');
      }
      out.append(release[i]);
    }
    if (preKind != null) {
      out.append(preKind.label()).append(preNumber);
    }
    if (post >= 0) {
      out.append(".post").append(post);
    }
    if (dev >= 0) {
      out.append(".dev").append(dev);
    }
    if (withLocal && !local.isEmpty()) {
      out.append('+').append(String.join(".", local));
    }
    return out.toString();
  }

  @Override
  public int compareTo(Pep440Version other) {
    int c = Long.compare(epoch, other.epoch);
    if (c != 0) {
      return c;
    }
    c = compareRelease(release, other.release);
    if (c != 0) {
      return c;
    }
    c = compareSuffix(other);
    if (c != 0) {
      return c;
    }
    return compareLocal(local, other.local);
  }

  private static int compareRelease(long[] a, long[] b) {
    int n = Math.max(a.length, b.length);
    for (int i = 0; i < n; i++) {
      // Missing parts count as zero: 1.0.0 == 1.
      int c = Long.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Dev-only, then a, b, rc, then final; without post before with; with dev before without. */
  private int compareSuffix(Pep440Version other) {
    int c = Integer.compare(preRank(), other.preRank());
    if (c != 0) {
      return c;
    }
    c = Long.compare(preKind == null ? 0 : preNumber, other.preKind == null ? 0 : other.preNumber);
    if (c != 0) {
      return c;
    }
    c = Long.compare(post, other.post);
    if (c != 0) {
      return c;
    }
    // No dev segment sorts after any dev segment.
    return Long.compare(dev < 0 ? Long.MAX_VALUE : dev, other.dev < 0 ? Long.MAX_VALUE : other.dev);
  }

  private int preRank() {
    if (preKind == null) {
      return post < 0 && dev >= 0 ? -1 : 3;
    }
    return preKind.ordinal();
  }

  /** Absent before present; numeric parts after alphanumeric ones; shorter before longer. */
  private static int compareLocal(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(!a.isEmpty(), !b.isEmpty());
    }
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = compareLocalPart(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareLocalPart(String a, String b) {
    boolean aNumber = a.chars().allMatch(Character::isDigit);
    boolean bNumber = b.chars().allMatch(Character::isDigit);
    if (aNumber && bNumber) {
      return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
    }
    if (aNumber != bNumber) {
      return aNumber ? 1 : -1;
    }
    return a.compareTo(b);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pep440Version other && compareTo(other) == 0;
  }

  @Override
  public int hashCode() {
    int length = release.length;
    while (length > 0 && release[length - 1] == 0) {
      length--;
    }
    long[] trimmed = Arrays.copyOf(release, length);
    List<Object> localKey = new ArrayList<>();
    for (String part : local) {
      localKey.add(
          part.chars().allMatch(Character::isDigit) ? new java.math.BigInteger(part) : part);
    }
    return Objects.hash(
        epoch,
        Arrays.hashCode(trimmed),
        preRank(),
        preKind == null ? 0 : preNumber,
        post,
        dev,
        localKey);
  }

  /** The normal form, such as {@code 1!2.0rc1.post3.dev4+ubuntu.1}. */
  @Override
  public String toString() {
    return text;
  }
}
