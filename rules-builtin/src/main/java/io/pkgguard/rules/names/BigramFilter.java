package io.pkgguard.rules.names;

import java.util.function.IntConsumer;

/**
 * Candidates for a small edit distance among a few hundred words, by counting shared letter
 * pairs (the q-gram lemma): two words within {@code k} edits of each other, swaps of adjacent
 * letters included, share at least {@code max(n, m) - 1 - 3k} of their letter pairs, since one
 * edit touches at most three pairs. Counting is a handful of short posting lists per query and
 * needs no hashing of deleted strings, which makes it the cheaper filter when the word list is
 * short and the allowed distance is two. Immutable after construction; thread-safe.
 */
final class BigramFilter {

  private static final int[] NONE = new int[0];

  private final int[][] postings = new int[36 * 36][];
  private final int[] lengths;
  private final int maxEdits;

  /**
   * @param words the words, identified by position
   * @param maxEdits the distance the filter must not lose a match at
   */
  BigramFilter(String[] words, int maxEdits) {
    this.maxEdits = maxEdits;
    this.lengths = new int[words.length];
    int[] sizes = new int[postings.length];
    for (int id = 0; id < words.length; id++) {
      lengths[id] = words[id].length();
      for (int k = 0; k + 1 < words[id].length(); k++) {
        int pair = pair(words[id].charAt(k), words[id].charAt(k + 1));
        if (pair >= 0) {
          sizes[pair]++;
        }
      }
    }
    for (int i = 0; i < postings.length; i++) {
      postings[i] = sizes[i] == 0 ? NONE : new int[sizes[i]];
      sizes[i] = 0;
    }
    for (int id = 0; id < words.length; id++) {
      for (int k = 0; k + 1 < words[id].length(); k++) {
        int pair = pair(words[id].charAt(k), words[id].charAt(k + 1));
        if (pair >= 0) {
          postings[pair][sizes[pair]++] = id;
        }
      }
    }
  }

  /** Calls {@code found} with each word that may be within the filter's distance of the query. */
  void candidates(String query, IntConsumer found) {
    int[] shared = new int[lengths.length];
    for (int k = 0; k + 1 < query.length(); k++) {
      int pair = pair(query.charAt(k), query.charAt(k + 1));
      if (pair >= 0) {
        for (int id : postings[pair]) {
          shared[id]++;
        }
      }
    }
    int n = query.length();
    for (int id = 0; id < shared.length; id++) {
      int m = lengths[id];
      if (Math.abs(n - m) <= maxEdits && shared[id] >= Math.max(n, m) - 1 - 3 * maxEdits) {
        found.accept(id);
      }
    }
  }

  /** The index of a pair of [a-z0-9] characters, or -1 for anything else. */
  private static int pair(char a, char b) {
    int x = code(a);
    int y = code(b);
    return x < 0 || y < 0 ? -1 : x * 36 + y;
  }

  private static int code(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return 26 + c - '0';
    }
    return -1;
  }
}
