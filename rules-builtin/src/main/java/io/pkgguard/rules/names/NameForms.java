package io.pkgguard.rules.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The spellings of a name that look-alike matching compares: the PEP 503 form, the form without
 * separators, and the "visual" form in which characters that are easily mistaken for each other
 * (homoglyphs and leetspeak: 0/o, 1/l/i, rn/m, vv/w, 3/e, 5/s, 7/t, 4/a) are made the same.
 * Pure functions over ASCII; callers remove or replace everything else first.
 */
final class NameForms {

  /** Prefixes and suffixes that add "Python" to a name without changing what it names. */
  static final List<String> PYTHON_AFFIXES = List.of("python3", "python", "py3", "py");

  private NameForms() {}

  /** PEP 503: lower case, every run of {@code - _ .} one {@code -}. */
  static String normalize(String name) {
    if (isNormalized(name)) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean separator = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-' || c == '_' || c == '.') {
        separator = true;
        continue;
      }
      if (separator && out.length() > 0) {
        out.append('-');
      }
      separator = false;
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether a name is already lower-case ASCII letters and digits with single inner hyphens. */
  private static boolean isNormalized(String name) {
    int n = name.length();
    if (n == 0 || name.charAt(0) == '-' || name.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      boolean ok =
          c == '-' ? name.charAt(i - 1) != '-' : (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The normalised name without separators: {@code python-dateutil} → {@code pythondateutil}. */
  static String withoutSeparators(String normalized) {
    if (normalized.indexOf('-') < 0) {
      return normalized;
    }
    StringBuilder out = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (c != '-') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The visual skeleton of a separator-free name: digits and letter pairs that read as a letter
   * are replaced by it ({@code 0→o}, {@code 1→l}, {@code i→l}, {@code 3→e}, {@code 4→a},
   * {@code 5→s}, {@code 7→t}, {@code rn→m}, {@code vv→w}).
   */
  static String visual(String compact) {
    StringBuilder out = new StringBuilder(compact.length());
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      char next = i + 1 < compact.length() ? compact.charAt(i + 1) : 0;
      if (c == 'r' && next == 'n') {
        out.append('m');
        i++;
      } else if (c == 'v' && next == 'v') {
        out.append('w');
        i++;
      } else {
        out.append(
            switch (c) {
              case '0' -> 'o';
              case '1', 'i' -> 'l';
              case '3' -> 'e';
              case '4' -> 'a';
              case '5' -> 's';
              case '7' -> 't';
              default -> c;
            });
      }
    }
    return out.toString();
  }

  /**
   * The name without one Python prefix or suffix, with what was removed: {@code py-torch} →
   * {@code torch} ("prefix py"), {@code requests-python} → {@code requests}. Only removals that
   * leave at least three characters count.
   */
  static List<Stripped> withoutPythonAffix(String normalized) {
    List<Stripped> result = new ArrayList<>();
    String compact = withoutSeparators(normalized);
    for (String affix : PYTHON_AFFIXES) {
      if (compact.startsWith(affix) && compact.length() - affix.length() >= 3) {
        result.add(new Stripped(compact.substring(affix.length()), "the prefix '" + affix + "'"));
      }
      if (compact.endsWith(affix) && compact.length() - affix.length() >= 3) {
        result.add(
            new Stripped(
                compact.substring(0, compact.length() - affix.length()),
                "the suffix '" + affix + "'"));
      }
    }
    return result;
  }

  /**
   * The cores of a separator-free name: what remains after removing one Python prefix or suffix
   * (at least three characters), without descriptions. For building indexes at start-up.
   */
  static List<String> pythonAffixCores(String compact) {
    List<String> cores = new ArrayList<>(2);
    for (int i = 0; i < PYTHON_AFFIXES.size(); i++) {
      String affix = PYTHON_AFFIXES.get(i);
      int rest = compact.length() - affix.length();
      if (rest >= 3) {
        if (compact.startsWith(affix)) {
          cores.add(compact.substring(affix.length()));
        }
        if (compact.endsWith(affix)) {
          cores.add(compact.substring(0, rest));
        }
      }
    }
    return cores;
  }

  /**
   * The name without a trailing version number ({@code requests2}, {@code flask-3},
   * {@code numpy-v2}), if it has one and keeps at least three characters.
   */
  static Optional<Stripped> withoutVersionSuffix(String normalized) {
    String compact = withoutSeparators(normalized);
    int end = compact.length();
    while (end > 0 && (Character.isDigit(compact.charAt(end - 1)))) {
      end--;
    }
    if (end == compact.length()) {
      return Optional.empty();
    }
    String digits = compact.substring(end);
    if (end > 0 && compact.charAt(end - 1) == 'v') {
      end--;
    }
    return end >= 3
        ? Optional.of(
            new Stripped(compact.substring(0, end), "the version suffix '" + digits + "'"))
        : Optional.empty();
  }

  /**
   * A name with something removed.
   *
   * @param rest what remains, without separators
   * @param removed what was removed, for the report
   */
  record Stripped(String rest, String removed) {}
}
