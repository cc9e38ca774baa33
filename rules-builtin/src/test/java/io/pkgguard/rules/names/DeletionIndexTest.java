package io.pkgguard.rules.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The deletion index and the letter-pair filter never lose a word within the allowed distance:
 * checked against a comparison with every word.
 */
class DeletionIndexTest {

  @Test
  void findsEveryWordWithinOneEditOfAQuery() {
    Random random = new Random(7);
    String[] words = randomWords(random, 3_000, 4, 14);
    int[] allowed = new int[words.length];
    java.util.Arrays.fill(allowed, 1);
    DeletionIndex index = DeletionIndex.of(words, allowed);
    for (int q = 0; q < 2_000; q++) {
      String query =
          q % 2 == 0
              ? mutateOnce(words[random.nextInt(words.length)], random)
              : randomWords(random, 1, 4, 14)[0];
      Set<Integer> found = new HashSet<>();
      index.candidates(query, 1, found::add);
      for (int id = 0; id < words.length; id++) {
        if (EditDistance.within(query, words[id], 1) <= 1) {
          assertThat(found).as("%s near %s", query, words[id]).contains(id);
        }
      }
    }
  }

  @Test
  void findsEveryWordWithinTwoEditsWhenAllowedTwo() {
    Random random = new Random(11);
    String[] words = randomWords(random, 500, 10, 18);
    int[] allowed = new int[words.length];
    java.util.Arrays.fill(allowed, 2);
    DeletionIndex index = DeletionIndex.of(words, allowed);
    BigramFilter filter = new BigramFilter(words, 2);
    for (int q = 0; q < 1_000; q++) {
      String query = mutateOnce(mutateOnce(words[random.nextInt(words.length)], random), random);
      Set<Integer> byDeletion = new HashSet<>();
      index.candidates(query, 2, byDeletion::add);
      Set<Integer> byPairs = new HashSet<>();
      filter.candidates(query, byPairs::add);
      for (int id = 0; id < words.length; id++) {
        if (EditDistance.within(query, words[id], 2) <= 2) {
          assertThat(byDeletion).as("deletions: %s near %s", query, words[id]).contains(id);
          assertThat(byPairs).as("pairs: %s near %s", query, words[id]).contains(id);
        }
      }
    }
  }

  @Test
  void wordsWithoutAllowanceAreNotIndexed() {
    DeletionIndex index = DeletionIndex.of(new String[] {"requests", "six"}, new int[] {1, 0});
    List<Integer> found = new ArrayList<>();
    index.candidates("six", 1, found::add);
    assertThat(found).isEmpty();
    index.candidates("reqests", 1, found::add);
    assertThat(found).containsOnly(0);
  }

  private static String[] randomWords(Random random, int count, int minLength, int maxLength) {
    String[] words = new String[count];
    for (int i = 0; i < count; i++) {
      int length = minLength + random.nextInt(maxLength - minLength + 1);
      StringBuilder out = new StringBuilder();
      for (int k = 0; k < length; k++) {
        out.append("abcdeflmnoprst0123".charAt(random.nextInt(18)));
      }
      words[i] = out.toString();
    }
    return words;
  }

  private static String mutateOnce(String word, Random random) {
    StringBuilder out = new StringBuilder(word);
    int at = random.nextInt(out.length());
    switch (random.nextInt(4)) {
      case 0 -> out.insert(at, 'x');
      case 1 -> out.deleteCharAt(at);
      case 2 -> {
        if (at + 1 < out.length()) {
          char c = out.charAt(at);
          out.setCharAt(at, out.charAt(at + 1));
          out.setCharAt(at + 1, c);
        }
      }
      default -> out.setCharAt(at, 'z');
    }
    return out.toString();
  }
}
