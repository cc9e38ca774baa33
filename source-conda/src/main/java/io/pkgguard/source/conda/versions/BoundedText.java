package io.pkgguard.source.conda.versions;

/**
 * Text that a regular expression may read only so many times: specs come from channels, and a
 * hostile pattern must not stall an evaluation by backtracking. Running out throws {@link
 * IllegalArgumentException} naming the pattern and the text.
 */
public final class BoundedText implements CharSequence {

  private final String text;
  private final String pattern;
  private final int[] budget;

  /** Steps a regular expression may take on one text before it counts as hostile. */
  public static final int BUDGET = 100_000;

  /**
   * {@return {@code text}, readable {@link #BUDGET} times by {@code pattern}}
   *
   * @param text the text to match
   * @param pattern the pattern, named in the exception when the budget runs out
   */
  public static CharSequence of(String text, String pattern) {
    return new BoundedText(text, new int[] {BUDGET}, pattern);
  }

  private BoundedText(String text, int[] budget, String pattern) {
    this.text = text;
    this.budget = budget;
    this.pattern = pattern;
  }

  @Override
  public char charAt(int index) {
    if (--budget[0] < 0) {
      throw new IllegalArgumentException(
          "the regular expression '"
              + CondaVersion.shorten(pattern)
              + "' takes too long to match '"
              + CondaVersion.shorten(text)
              + "'");
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new BoundedText(text.substring(start, end), budget, pattern);
  }

  @Override
  public String toString() {
    return text;
  }
}
