package io.pkgguard.source.conda.versions;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conda version and its ordering, as conda's {@code VersionOrder} defines them: an optional
 * integer epoch before {@code !}, the version split into components at {@code .} and {@code _},
 * an optional local part after {@code +}; each component split into runs of digits (compared as
 * numbers) and of other characters (compared as lower-case strings, below numbers), with {@code
 * dev} below every other string and {@code post} above every number; a component that starts
 * with a letter is preceded by 0, and a missing component counts as 0, so {@code 1.1 == 1.1.0}
 * and {@code 1.1.a1 == 1.1.0a1}. A trailing {@code _} (openssl's convention) sorts below any
 * letter. Immutable and thread-safe.
 */
public final class CondaVersion implements Comparable<CondaVersion> {

  /** Longer versions are refused before any parsing: no real conda version comes near it. */
  public static final int MAX_LENGTH = 256;

  private static final Pattern ALLOWED = Pattern.compile("[*.+!_0-9a-z]+");
  private static final Pattern RUNS = Pattern.compile("[0-9]+|[*]+|[^0-9*]+");

  /** The {@code post} marker: greater than every number. */
  private enum Post {
    POST
  }

  private static final BigInteger FILL = BigInteger.ZERO;

  private final String normalized;
  private final List<List<Object>> release;
  private final List<List<Object>> local;

  private CondaVersion(String normalized, List<List<Object>> release, List<List<Object>> local) {
    this.normalized = normalized;
    this.release = release;
    this.local = local;
  }

  /**
   * Parses a conda version.
   *
   * @param text the version as written
   * @return the version
   * @throws InvalidCondaVersionException saying what is wrong
   */
  public static CondaVersion parse(String text) throws InvalidCondaVersionException {
    if (text.length() > MAX_LENGTH) {
      throw new InvalidCondaVersionException(
          shorten(text), "longer than " + MAX_LENGTH + " characters");
    }
    String version = PythonText.strip(text).toLowerCase(Locale.ROOT);
    if (version.isEmpty()) {
      throw new InvalidCondaVersionException(text, "empty version string");
    }
    boolean valid = ALLOWED.matcher(version).matches();
    if (!valid && version.indexOf('-') >= 0 && version.indexOf('_') < 0) {
      version = version.replace('-', '_');
      valid = ALLOWED.matcher(version).matches();
    }
    if (!valid) {
      throw new InvalidCondaVersionException(
          text,
          "invalid character(s); a conda version has only letters, digits and . _ + ! *"
              + " (or - when it has no _)");
    }
    String normalized = version;
    String[] epochSplit = version.split("!", -1);
    String epoch;
    if (epochSplit.length == 1) {
      epoch = "0";
    } else if (epochSplit.length == 2) {
      if (epochSplit[0].isEmpty() || !epochSplit[0].chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new InvalidCondaVersionException(text, "epoch must be an integer");
      }
      epoch = epochSplit[0];
    } else {
      throw new InvalidCondaVersionException(text, "duplicated epoch separator '!'");
    }
    String[] localSplit = epochSplit[epochSplit.length - 1].split("\\+", -1);
    List<String> localParts = new ArrayList<>();
    if (localSplit.length == 2) {
      localParts.addAll(List.of(localSplit[1].replace('_', '.').split("\\.", -1)));
    } else if (localSplit.length > 2) {
      throw new InvalidCondaVersionException(text, "duplicated local version separator '+'");
    }
    String main = localSplit[0];
    if (main.isEmpty()) {
      throw new InvalidCondaVersionException(
          text, "missing version before local version separator '+'");
    }
    List<String> releaseParts = new ArrayList<>();
    releaseParts.add(epoch);
    if (main.endsWith("_")) {
      String[] parts = main.substring(0, main.length() - 1).replace('_', '.').split("\\.", -1);
      parts[parts.length - 1] = parts[parts.length - 1] + "_";
      releaseParts.addAll(List.of(parts));
    } else {
      releaseParts.addAll(List.of(main.replace('_', '.').split("\\.", -1)));
    }
    return new CondaVersion(
        normalized, components(text, releaseParts), components(text, localParts));
  }

  /**
   * {@return the version, or empty if {@code text} is not a conda version}
   *
   * @param text the version as written
   */
  public static Optional<CondaVersion> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidCondaVersionException e) {
      return Optional.empty();
    }
  }

  private static List<List<Object>> components(String text, List<String> parts)
      throws InvalidCondaVersionException {
    List<List<Object>> result = new ArrayList<>(parts.size());
    for (String part : parts) {
      List<Object> atoms = new ArrayList<>();
      Matcher runs = RUNS.matcher(part);
      while (runs.find()) {
        String run = runs.group();
        if (Character.isDigit(run.charAt(0)) && run.charAt(0) <= '9') {
          atoms.add(new BigInteger(run));
        } else if (run.equals("post")) {
          atoms.add(Post.POST);
        } else if (run.equals("dev")) {
          atoms.add("DEV"); // upper case: below '_' and every lower-case letter
        } else {
          atoms.add(run);
        }
      }
      if (atoms.isEmpty()) {
        throw new InvalidCondaVersionException(text, "empty version component");
      }
      if (!(part.charAt(0) >= '0' && part.charAt(0) <= '9')) {
        atoms.add(0, FILL);
      }
      result.add(List.copyOf(atoms));
    }
    return List.copyOf(result);
  }

  /** {@return the normalized spelling: lower case, stripped, {@code -} read as {@code _}} */
  public String normalized() {
    return normalized;
  }

  /**
   * {@return the parsed components in conda's notation: the epoch first, one list per component;
   * numbers as {@link BigInteger}, strings lower case, {@code dev} as {@code "DEV"}, {@code post}
   * as {@code "+inf"}} Meant for diagnostics and conformance tests.
   */
  public List<List<Object>> components() {
    return release.stream()
        .map(c -> c.stream().map(a -> a == Post.POST ? (Object) "+inf" : a).toList())
        .toList();
  }

  /** {@return whether the version has a pre-release or development marker before any number} */
  public boolean isPreRelease() {
    for (List<Object> component : release) {
      for (Object atom : component) {
        if (atom instanceof String s && !s.equals("_")) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public int compareTo(CondaVersion other) {
    int byRelease = compare(release, other.release);
    return byRelease != 0 ? byRelease : compare(local, other.local);
  }

  private static int compare(List<List<Object>> left, List<List<Object>> right) {
    int components = Math.max(left.size(), right.size());
    for (int i = 0; i < components; i++) {
      List<Object> a = i < left.size() ? left.get(i) : List.of();
      List<Object> b = i < right.size() ? right.get(i) : List.of();
      int atoms = Math.max(a.size(), b.size());
      for (int j = 0; j < atoms; j++) {
        int order = compareAtoms(j < a.size() ? a.get(j) : FILL, j < b.size() ? b.get(j) : FILL);
        if (order != 0) {
          return order;
        }
      }
    }
    return 0;
  }

  private static int compareAtoms(Object a, Object b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a instanceof String left) {
      return b instanceof String right ? Integer.signum(left.compareTo(right)) : -1;
    }
    if (b instanceof String) {
      return 1;
    }
    if (a == Post.POST) {
      return 1;
    }
    if (b == Post.POST) {
      return -1;
    }
    return ((BigInteger) a).compareTo((BigInteger) b);
  }

  /**
   * Whether this version begins with {@code prefix}, as conda matches {@code 1.2.*}: every
   * component of the prefix but its last is equal, and its last component's atoms but the last are
   * equal, and the last atom is equal (a number) or a prefix (a string). With a local part in the
   * prefix, the main versions are equal and the same is asked of the local parts.
   *
   * @param prefix the prefix version
   * @return whether this version starts with it
   */
  public boolean startsWith(CondaVersion prefix) {
    List<List<Object>> mine;
    List<List<Object>> theirs;
    if (!prefix.local.isEmpty()) {
      if (compare(release, prefix.release) != 0) {
        return false;
      }
      mine = local;
      theirs = prefix.local;
    } else {
      mine = release;
      theirs = prefix.release;
    }
    int last = theirs.size() - 1;
    if (compare(head(mine, last), theirs.subList(0, last)) != 0) {
      return false;
    }
    List<Object> mineLast = mine.size() <= last ? List.of() : mine.get(last);
    List<Object> theirLast = theirs.get(last);
    int lastAtom = theirLast.size() - 1;
    if (compare(List.of(head(mineLast, lastAtom)), List.of(theirLast.subList(0, lastAtom))) != 0) {
      return false;
    }
    Object mineAtom = mineLast.size() <= lastAtom ? FILL : mineLast.get(lastAtom);
    Object theirAtom = theirLast.get(lastAtom);
    if (theirAtom instanceof String prefixText) {
      return mineAtom instanceof String text && text.startsWith(prefixText);
    }
    return mineAtom.equals(theirAtom);
  }

  private static <T> List<T> head(List<T> list, int count) {
    return list.subList(0, Math.min(count, list.size()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CondaVersion v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    // Equal versions may differ in trailing zeros and fill values: hash what cannot differ.
    return release.size() > 1 ? release.get(1).get(0).hashCode() : 0;
  }

  @Override
  public String toString() {
    return normalized;
  }

  static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "... (" + text.length() + " chars)";
  }
}
