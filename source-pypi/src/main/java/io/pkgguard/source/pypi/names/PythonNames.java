package io.pkgguard.source.pypi.names;

import io.pkgguard.api.NameScheme;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Python project names. Valid names follow PEP 508: ASCII letters and digits, with {@code .},
 * {@code -} and {@code _} inside (never first or last). Names are compared after PEP 503
 * normalisation: lower case, every run of {@code .-_} replaced by one {@code -}. Stateless and
 * thread-safe.
 */
public final class PythonNames implements NameScheme {

  private static final PythonNames INSTANCE = new PythonNames();
  private static final Pattern VALID =
      Pattern.compile("^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATOR_RUNS = Pattern.compile("[-_.]+");

  private PythonNames() {}

  /** The scheme. */
  public static PythonNames scheme() {
    return INSTANCE;
  }

  /** PEP 503 normalisation; defined for any input. */
  @Override
  public String normalize(String name) {
    return SEPARATOR_RUNS.matcher(name).replaceAll("-").toLowerCase(Locale.ROOT);
  }

  /** Whether {@code name} is valid and already in normalised form. */
  public boolean isNormalized(String name) {
    return isValid(name) && normalize(name).equals(name);
  }

  /** Whether {@code name} is a valid PEP 508 name. */
  public boolean isValid(String name) {
    return VALID.matcher(name).matches();
  }

  @Override
  public Optional<String> problem(String name) {
    if (name.isEmpty()) {
      return Optional.of("the name is empty");
    }
    if (isValid(name)) {
      return Optional.empty();
    }
    for (int i = 0; i < name.length(); ) {
      int codePoint = name.codePointAt(i);
      String where = " at position " + (i + 1);
      if (codePoint > 0x7F) {
        return Optional.of(
            describe(codePoint)
                + where
                + " is not allowed: Python names are ASCII letters, digits, '.', '-' and '_'"
                + (Character.isLetter(codePoint)
                    ? " (a non-ASCII letter that looks like an ASCII one is a common disguise)"
                    : ""));
      }
      if (Character.isISOControl(codePoint)) {
        return Optional.of(
            "the control character " + describe(codePoint) + where + " is not allowed");
      }
      if (Character.isWhitespace(codePoint)) {
        return Optional.of("a space" + where + " is not allowed: names contain no white space");
      }
      if (!Character.isLetterOrDigit(codePoint) && "._-".indexOf(codePoint) < 0) {
        return Optional.of(
            "'"
                + Character.toString(codePoint)
                + "'"
                + where
                + " is not allowed: names use letters, digits, '.', '-' and '_'");
      }
      i += Character.charCount(codePoint);
    }
    return Optional.of("the name must start and end with a letter or digit");
  }

  /** {@code U+0430 (CYRILLIC SMALL LETTER A)}. */
  static String describe(int codePoint) {
    String unicodeName = Character.getName(codePoint);
    return String.format(Locale.ROOT, "U+%04X", codePoint)
        + (unicodeName == null ? "" : " (" + unicodeName + ")");
  }
}
