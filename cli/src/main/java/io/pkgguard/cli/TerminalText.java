package io.pkgguard.cli;

/**
 * Makes untrusted text (package names, index metadata, messages quoting them) safe to print: every
 * control character (C0, DEL, C1 — so no ANSI escape sequence), bidirectional override and
 * invisible formatting character is shown as a visible {@code \}{@code uXXXX} escape, and long text
 * is cut. Line breaks are escaped too: one field stays on one line.
 */
final class TerminalText {

  static final int MAX_LENGTH = 300;

  private TerminalText() {}

  static String clean(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 16);
    int shown = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (shown >= MAX_LENGTH) {
        out.append("… (").append(text.length()).append(" characters)");
        break;
      }
      if (isUnsafe(cp)) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
      shown++;
    }
    return out.toString();
  }

  private static boolean isUnsafe(int cp) {
    return Character.isISOControl(cp)
        || Character.getType(cp) == Character.FORMAT
        || (cp >= 0x2028 && cp <= 0x2029)
        || Character.getType(cp) == Character.UNASSIGNED
        || Character.getType(cp) == Character.PRIVATE_USE
        || Character.getType(cp) == Character.SURROGATE;
  }
}
