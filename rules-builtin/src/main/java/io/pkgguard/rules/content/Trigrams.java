package io.pkgguard.rules.content;

/**
 * Which three-character sequences a text holds, as a 65,536-bit set of their hashes: a word can
 * only occur if every one of its trigrams is in the set, so most absent words are ruled out
 * without searching the text. False positives only cost a search; there are no false negatives.
 */
final class Trigrams {

  private static final int BITS = 1 << 16;

  private final long[] set = new long[BITS / 64];
  private final boolean nonAscii;

  Trigrams(String text) {
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

  /** Whether the text holds a character outside ASCII (noted while the trigrams are taken). */
  boolean hasNonAscii() {
    return nonAscii;
  }

  /** False only if {@code word} certainly does not occur in the text. */
  boolean mayContain(String word) {
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

  private static int hash(int trigram) {
    return (trigram * 0x9E3779B1) >>> 16;
  }
}
