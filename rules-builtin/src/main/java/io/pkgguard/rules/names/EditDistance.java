package io.pkgguard.rules.names;

/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form (insertions, deletions,
 * substitutions, and swaps of adjacent characters, each costing one), bounded: the computation
 * stops as soon as the distance is known to exceed the bound. Also names the single edit that
 * turns one name into another, for reports.
 */
final class EditDistance {

  /** QWERTY rows, for "the key next to it". */
  private static final String[] ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};

  private EditDistance() {}

  /** The distance, or {@code bound + 1} if it is larger than {@code bound}. */
  static int within(String a, String b, int bound) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > bound) {
      return bound + 1;
    }
    int[] twoBack = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = current[0];
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          value = Math.min(value, twoBack[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > bound) {
        return bound + 1;
      }
      int[] spare = twoBack;
      twoBack = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[m], bound + 1);
  }

  /**
   * The kind of the one edit that turns {@code target} into {@code candidate} (which must be at
   * distance 1), with a description such as "the letters 'eu' swapped".
   */
  static Edit single(String candidate, String target) {
    int n = candidate.length();
    int m = target.length();
    int i = 0;
    while (i < Math.min(n, m) && candidate.charAt(i) == target.charAt(i)) {
      i++;
    }
    if (n == m + 1) {
      char extra = candidate.charAt(i);
      boolean doubled =
          (i > 0 && candidate.charAt(i - 1) == extra)
              || (i + 1 < n && candidate.charAt(i + 1) == extra);
      boolean inNumber = Character.isDigit(extra) && digitBeside(candidate, i);
      return doubled
          ? new Edit(Transformation.REPETITION, "the letter '" + extra + "' doubled", i, inNumber)
          : new Edit(Transformation.INSERTION, "the letter '" + extra + "' added", i, inNumber);
    }
    if (n + 1 == m) {
      char dropped = target.charAt(i);
      return new Edit(
          Transformation.OMISSION,
          "the letter '" + dropped + "' dropped",
          i,
          Character.isDigit(dropped) && digitBeside(target, i));
    }
    if (i + 1 < n
        && candidate.charAt(i) == target.charAt(i + 1)
        && candidate.charAt(i + 1) == target.charAt(i)
        && candidate.substring(i + 2).equals(target.substring(i + 2))) {
      return new Edit(
          Transformation.TRANSPOSITION,
          "the letters '" + target.charAt(i) + target.charAt(i + 1) + "' swapped",
          i);
    }
    char wrong = candidate.charAt(i);
    char right = target.charAt(i);
    String change = "'" + right + "' replaced by '" + wrong + "'";
    boolean digits = Character.isDigit(wrong) && Character.isDigit(right);
    return neighbours(wrong, right)
        ? new Edit(Transformation.KEYBOARD_SUBSTITUTION, change + ", the key next to it", i, digits)
        : new Edit(Transformation.SUBSTITUTION, change, i, digits);
  }

  /** Whether the character at {@code i} has a digit next to it. */
  private static boolean digitBeside(String text, int i) {
    return (i > 0 && Character.isDigit(text.charAt(i - 1)))
        || (i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)));
  }

  /** Whether two keys touch on a QWERTY keyboard. */
  static boolean neighbours(char a, char b) {
    int[] pa = position(a);
    int[] pb = position(b);
    if (pa == null || pb == null || a == b) {
      return false;
    }
    int rows = pb[0] - pa[0];
    int cols = pb[1] - pa[1];
    // Staggered rows: the keys above are at the same and the next column, below at the same
    // and the previous one.
    return (rows == 0 && Math.abs(cols) == 1)
        || (rows == -1 && (cols == 0 || cols == 1))
        || (rows == 1 && (cols == 0 || cols == -1));
  }

  private static int[] position(char c) {
    for (int row = 0; row < ROWS.length; row++) {
      int col = ROWS[row].indexOf(c);
      if (col >= 0) {
        return new int[] {row, col};
      }
    }
    return null;
  }

  /**
   * One edit and how to say it.
   *
   * @param kind the transformation
   * @param description what changed, for reports
   * @param position where in the target it happened
   * @param digitForDigit whether only a number changed: a digit replaced by a digit, or added to
   *     or dropped from a number
   */
  record Edit(Transformation kind, String description, int position, boolean digitForDigit) {

    Edit(Transformation kind, String description, int position) {
      this(kind, description, position, false);
    }

    /**
     * Whether the edit leaves a name easily taken for the target: in a name of seven or more
     * characters any edit but a letter put in front; in a shorter one only a swapped, dropped or
     * doubled letter. A replaced letter in a five- or six-letter name too often makes another
     * word ({@code clock} and {@code click}, {@code abate} and {@code agate}) to reject it on the
     * name alone. A changed number is never close: it names another version.
     */
    boolean close(int targetLength) {
      if (digitForDigit) {
        return false; // cu12 → cu13, cu12 → cu112: another version, not a slip
      }
      if (targetLength >= 7) {
        return !(kind == Transformation.INSERTION && position == 0);
      }
      return kind == Transformation.TRANSPOSITION
          || kind == Transformation.OMISSION
          || kind == Transformation.REPETITION;
    }
  }
}
