package io.pkgguard.rules.names;

import java.util.Map;
import java.util.Optional;

/**
 * Non-ASCII characters that look like ASCII letters and digits. A subset of the Unicode
 * Consortium's confusables.txt (Unicode Technical Standard #39): the Cyrillic, Greek, Armenian,
 * Latin-extended and fullwidth characters most often used to disguise Latin names.
 */
final class Confusables {

  private static final Map<Integer, String> LOOK_ALIKES =
      Map.ofEntries(
          // Cyrillic
          Map.entry(0x0430, "a"),
          Map.entry(0x0435, "e"),
          Map.entry(0x043E, "o"),
          Map.entry(0x0440, "p"),
          Map.entry(0x0441, "c"),
          Map.entry(0x0443, "y"),
          Map.entry(0x0445, "x"),
          Map.entry(0x0456, "i"),
          Map.entry(0x0458, "j"),
          Map.entry(0x0455, "s"),
          Map.entry(0x0501, "d"),
          Map.entry(0x04BB, "h"),
          Map.entry(0x0410, "A"),
          Map.entry(0x0412, "B"),
          Map.entry(0x0415, "E"),
          Map.entry(0x041A, "K"),
          Map.entry(0x041C, "M"),
          Map.entry(0x041D, "H"),
          Map.entry(0x041E, "O"),
          Map.entry(0x0420, "P"),
          Map.entry(0x0421, "C"),
          Map.entry(0x0422, "T"),
          Map.entry(0x0425, "X"),
          // Greek
          Map.entry(0x03BF, "o"),
          Map.entry(0x03B1, "a"),
          Map.entry(0x03BD, "v"),
          Map.entry(0x03C1, "p"),
          Map.entry(0x03B9, "i"),
          Map.entry(0x03BA, "k"),
          Map.entry(0x0391, "A"),
          Map.entry(0x0392, "B"),
          Map.entry(0x0395, "E"),
          Map.entry(0x0397, "H"),
          Map.entry(0x0399, "I"),
          Map.entry(0x039A, "K"),
          Map.entry(0x039C, "M"),
          Map.entry(0x039D, "N"),
          Map.entry(0x039F, "O"),
          Map.entry(0x03A1, "P"),
          Map.entry(0x03A4, "T"),
          Map.entry(0x03A7, "X"),
          Map.entry(0x03A5, "Y"),
          Map.entry(0x0396, "Z"),
          // Armenian and Latin extensions
          Map.entry(0x0585, "o"),
          Map.entry(0x0578, "n"),
          Map.entry(0x057D, "u"),
          Map.entry(0x0261, "g"),
          Map.entry(0x0131, "i"),
          Map.entry(0x0269, "i"),
          Map.entry(0x1D00, "A"),
          Map.entry(0x0251, "a"),
          // Letter-like symbols
          Map.entry(0x2170, "i"),
          Map.entry(0x217C, "l"),
          Map.entry(0x2113, "l"));

  private Confusables() {}

  /** The ASCII text {@code codePoint} imitates, if it is a known look-alike. */
  static Optional<String> imitated(int codePoint) {
    if (codePoint >= 0xFF01 && codePoint <= 0xFF5E) {
      // Fullwidth forms of ASCII 0x21..0x7E.
      return Optional.of(Character.toString(codePoint - 0xFF01 + 0x21));
    }
    return Optional.ofNullable(LOOK_ALIKES.get(codePoint));
  }

  /** The name with every known look-alike replaced by what it imitates. */
  static String skeleton(String name) {
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints().forEach(cp -> out.append(imitated(cp).orElse(Character.toString(cp))));
    return out.toString();
  }

  /** Whether the name contains a known look-alike. */
  static boolean containsAny(String name) {
    return name.codePoints().anyMatch(cp -> imitated(cp).isPresent());
  }
}
