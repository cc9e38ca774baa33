package io.pkgguard.rules.names;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A symmetric-delete index (the SymSpell idea): every word is stored under each string that
 * deleting up to its allowed number of characters produces, so the words within edit distance
 * {@code d} of a query are among those stored under the query's own deletions — a few dozen
 * hash probes instead of a comparison with every word. Keys are 64-bit hashes of the deleted
 * strings in one open-addressing table of primitives (no string per entry), so an index of the
 * 15,000 most popular names holds about a million entries in some 25 MB and builds in tens of
 * milliseconds. Hash collisions only add candidates; callers confirm each with
 * {@link EditDistance}. Immutable after construction; thread-safe.
 */
final class DeletionIndex {

  /** Words and queries longer than this are not indexed or looked up. */
  static final int MAX_WORD = 64;

  private static final long EMPTY = 0L;

  private final long[] keys;
  private final int[] values;
  private final int mask;
  private final int size;

  private DeletionIndex(long[] keys, int[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
    this.size = size;
  }

  /**
   * Indexes words, each under its deletions of up to {@code allowed[i]} characters.
   *
   * @param words the words, identified by their position
   * @param allowed how many deletions each word gets (0 to 2)
   */
  static DeletionIndex of(String[] words, int[] allowed) {
    Builder builder = new Builder(words.length * 16);
    char[] buffer = new char[MAX_WORD];
    for (int id = 0; id < words.length; id++) {
      String word = words[id];
      if (allowed[id] <= 0 || word.length() > buffer.length) {
        continue;
      }
      builder.word = id;
      forEachDeletion(word, allowed[id], buffer, builder);
    }
    return builder.build();
  }

  /** Calls {@code found} with the id of every word stored under a deletion of the query. */
  void candidates(String query, int deletions, IntConsumer found) {
    if (query.length() > MAX_WORD) {
      return;
    }
    char[] buffer = new char[MAX_WORD];
    forEachDeletion(query, deletions, buffer, hash -> lookup(hash, found));
  }

  int entries() {
    return size;
  }

  private void lookup(long hash, IntConsumer found) {
    int slot = slot(hash, mask);
    while (keys[slot] != EMPTY) {
      if (keys[slot] == hash) {
        found.accept(values[slot]);
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The hashes of the word itself and of every string made by deleting one, or two, characters.
   * The hash is polynomial, {@code H(t) = sum of t[k] * B^(m-1-k)} over a string of length m,
   * so with prefix sums {@code P(i)} (of the first i characters) and suffix sums {@code S(j)}
   * (of characters j.., at their weights in the whole word) the hash of the word without
   * position i is {@code P(i) * B^(n-1-i) + S(i+1)}: constant time per deletion, where hashing
   * each deleted string afresh would cost its length.
   */
  private static void forEachDeletion(
      String word, int deletions, char[] buffer, java.util.function.LongConsumer sink) {
    int n = word.length();
    word.getChars(0, n, buffer, 0);
    long[] power = new long[n + 1];
    long[] prefix = new long[n + 1];
    power[0] = 1;
    for (int k = 0; k < n; k++) {
      power[k + 1] = power[k] * BASE;
      prefix[k + 1] = prefix[k] * BASE + buffer[k];
    }
    // suffix[j]: characters j.. weighted as in the word; suffix2[j]: one place lower, as they
    // weigh after a deletion before them and another after them.
    long[] suffix = new long[n + 1];
    long[] suffix2 = new long[n + 1];
    for (int k = n - 1; k >= 0; k--) {
      suffix[k] = suffix[k + 1] + buffer[k] * power[n - 1 - k];
      suffix2[k] = suffix2[k + 1] + (n - 2 - k >= 0 ? buffer[k] * power[n - 2 - k] : 0);
    }
    sink.accept(finish(prefix[n], n));
    if (deletions < 1) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (i > 0 && buffer[i] == buffer[i - 1]) {
        continue; // deleting either of two equal neighbours gives the same string
      }
      sink.accept(finish(prefix[i] * power[n - 1 - i] + suffix[i + 1], n - 1));
      if (deletions < 2) {
        continue;
      }
      for (int j = i + 1; j < n; j++) {
        if (j > i + 1 && buffer[j] == buffer[j - 1]) {
          continue;
        }
        long hash = prefix[i] * power[n - 2 - i] + (suffix2[i + 1] - suffix2[j]) + suffix[j + 1];
        sink.accept(finish(hash, n - 2));
      }
    }
  }

  /** An odd multiplier, so that the polynomial hash keeps every bit of information mod 2^64. */
  private static final long BASE = 0x100000001b3L;

  /** Mixes the length in and spreads the bits; never {@link #EMPTY}. */
  private static long finish(long polynomial, int length) {
    long h = (polynomial ^ ((long) length << 56)) * 0x9e3779b97f4a7c15L;
    h ^= h >>> 31;
    return h == EMPTY ? 1 : h;
  }

  private static int slot(long hash, int mask) {
    long mixed = hash ^ (hash >>> 29);
    mixed *= 0xbf58476d1ce4e5b9L;
    return (int) (mixed ^ (mixed >>> 32)) & mask;
  }

  /**
   * Collects (hash, id) pairs, then lays them out in a table twice their number. A named class
   * rather than a lambda: it runs at start-up, where every lambda costs a bootstrap.
   */
  private static final class Builder implements java.util.function.LongConsumer {
    private long[] hashes;
    private int[] ids;
    private int count;
    private int word;

    @Override
    public void accept(long hash) {
      add(hash, word);
    }

    Builder(int capacity) {
      hashes = new long[Math.max(16, capacity)];
      ids = new int[hashes.length];
    }

    void add(long hash, int id) {
      if (count == hashes.length) {
        hashes = Arrays.copyOf(hashes, count * 2);
        ids = Arrays.copyOf(ids, count * 2);
      }
      hashes[count] = hash;
      ids[count] = id;
      count++;
    }

    DeletionIndex build() {
      int capacity = Integer.highestOneBit(Math.max(16, count * 2) - 1) << 1;
      long[] keys = new long[capacity];
      int[] values = new int[capacity];
      int mask = capacity - 1;
      for (int k = 0; k < count; k++) {
        int slot = slot(hashes[k], mask);
        while (keys[slot] != EMPTY) {
          if (keys[slot] == hashes[k] && values[slot] == ids[k]) {
            break; // the same word under the same deletion twice
          }
          slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
          keys[slot] = hashes[k];
          values[slot] = ids[k];
        }
      }
      return new DeletionIndex(keys, values, count);
    }
  }
}
