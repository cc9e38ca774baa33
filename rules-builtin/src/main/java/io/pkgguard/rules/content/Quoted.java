package io.pkgguard.rules.content;

/**
 * Text from inside an archive made safe to show: control characters, other invisible characters
 * and backslashes escaped, length bounded. Archive entry names and file contents are chosen by
 * whoever built the archive, and a message must not let them rewrite a terminal or a log line.
 */
final class Quoted {

  private Quoted() {}

  /** {@code text} escaped and cut to {@code max} characters (an ellipsis marks the cut). */
  static String of(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
    for (int i = 0; i < text.length(); i++) {
      if (out.length() >= max) {
        out.append('…');
        break;
      }
      char c = text.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20
          || c == 0x7f
          || (c >= 0x80 && c < 0xa0)
          || Character.getType(c) == Character.FORMAT
          || c == '\ufffd') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** An entry name for a message. */
  static String path(String path) {
    return of(path, 160);
  }
}
