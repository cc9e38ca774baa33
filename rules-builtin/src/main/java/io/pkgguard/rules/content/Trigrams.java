package io.pkgguard.rules.content;

import java.util.function.Supplier;

/**
 * Which three-character sequences a text holds, as a 65,536-bit set of their hashes: a word can
 * only occur if every one of its trigrams is in the set, so most absent words are ruled out
 * without searching the text. False positives only cost a search; there are no false negatives.
 *
 * <p>A Python file's code view ({@link PythonSource#code()}) is its text with comments dropped
 * and string literals emptied, so a word that cannot cross one of those places (it holds no line
 * break and no two quotes side by side) can only occur in the code view if it occurs in the text:
 * {@link #ofCodeView} answers for such words from the text's set and builds a set of the code
 * view's own only for the others, which saves a pass over nearly every Python file.
 */
final class Trigrams {

  private static final int BITS = 1 << 16;

  private final long[] set;
  private final boolean nonAscii;

  /** For a code view: the text's trigrams, and the view's own once a word needs them. */
  private final Trigrams ofText;

  private final Supplier<String> codeView;
  private Trigrams ofCode;

  Trigrams(String text) {
    this.set = new long[BITS / 64];
    this.ofText = null;
    this.codeView = null;
    int n = text.length();
    int seen = 0;
    for (int i = 0; i < Math.min(n, 2); i++) {
      seen |= text.charAt(i);
    }
    if (n >= 3) {
      int h = (text.charAt(0) << 8) ^ text.charAt(1);
      for (int i = 2; i < n; i++) {
        char c = text.charAt(i);
        seen |= c;
        h = ((h << 8) ^ c) & 0xFFFFFF;
        int bucket = hash(h);
        set[bucket >>> 6] |= 1L << bucket;
      }
    }
    this.nonAscii = seen > 0x7F;
  }

  private Trigrams(Trigrams ofText, Supplier<String> codeView) {
    this.set = null;
    this.nonAscii = ofText.nonAscii;
    this.ofText = ofText;
    this.codeView = codeView;
  }

  /**
   * The trigrams of a code view made from a text by dropping comments and emptying literals (and
   * by nothing else), answered from the text's where that is exact.
   *
   * @param ofText the trigrams of the text, lower-cased as the view is
   * @param codeView the lower-cased code view, read only if a word may cross a dropped part
   */
  static Trigrams ofCodeView(Trigrams ofText, Supplier<String> codeView) {
    return new Trigrams(ofText, codeView);
  }

  /**
   * Whether the text holds a character outside ASCII (noted while the trigrams are taken). For a
   * code view, the text's answer: it may say yes for a character only in a comment or literal,
   * which costs a search, never a miss.
   */
  boolean hasNonAscii() {
    return nonAscii;
  }

  /** False only if {@code word} certainly does not occur in the text. */
  boolean mayContain(String word) {
    if (set == null) {
      return spansASplice(word) ? ownOfCode().mayContain(word) : ofText.mayContain(word);
    }
    if (word.length() < 3) {
      return true;
    }
    int h = (word.charAt(0) << 8) ^ word.charAt(1);
    for (int i = 2; i < word.length(); i++) {
      h = ((h << 8) ^ word.charAt(i)) & 0xFFFFFF;
      int bucket = hash(h);
      if ((set[bucket >>> 6] & (1L << bucket)) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word may cross a place where the code view joins what the text kept apart. An
   * emptied literal keeps its opening quote with the text before it and its closing quote with
   * the text after, so only a word holding both quotes side by side crosses it; a dropped comment
   * and the lines of a multi-line literal leave a line break where they were. An f-string keeps
   * its replacement fields and drops the text between them, so a quote before an opening brace,
   * a closing brace before an opening one or before a quote may be a join too.
   */
  private static boolean spansASplice(String word) {
    if (word.indexOf('\n') >= 0) {
      return true;
    }
    for (int i = 1; i < word.length(); i++) {
      char before = word.charAt(i - 1);
      char after = word.charAt(i);
      if (isQuote(before) && (isQuote(after) || after == '{')
          || before == '}' && (after == '{' || isQuote(after))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  private Trigrams ownOfCode() {
    if (ofCode == null) {
      ofCode = new Trigrams(codeView.get());
    }
    return ofCode;
  }

  private static int hash(int trigram) {
    return (trigram * 0x9E3779B1) >>> 16;
  }
}
