package io.pkgguard.rules.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

  @ParameterizedTest(name = "{0} / {1} = {2}")
  @CsvSource({
    "requests, requests, 0",
    "reqeusts, requests, 1",
    "reqests, requests, 1",
    "requestss, requests, 1",
    "requesta, requests, 1",
    "rqeuests, requests, 1",
    "erquests, requests, 1",
    "abc, ca, 3",
    "kitten, sitting, 3",
    "'', abc, 3",
    "ab, ba, 1",
    "abcd, badc, 2"
  })
  void isTheOptimalStringAlignmentDistance(String a, String b, int expected) {
    assertThat(EditDistance.within(a, b, 10)).isEqualTo(expected);
    assertThat(EditDistance.within(b, a, 10)).isEqualTo(expected);
  }

  @Test
  void stopsAtTheBound() {
    assertThat(EditDistance.within("kitten", "sitting", 1)).isEqualTo(2);
    assertThat(EditDistance.within("a".repeat(500), "b".repeat(500), 2)).isEqualTo(3);
    assertThat(EditDistance.within("short", "a much longer name", 2)).isEqualTo(3);
  }

  @Test
  void agreesWithAPlainDynamicProgramOnRandomWords() {
    Random random = new Random(20261127);
    for (int i = 0; i < 2_000; i++) {
      String a = word(random);
      String b = random.nextBoolean() ? mutate(a, random) : word(random);
      int full = plain(a, b);
      assertThat(EditDistance.within(a, b, 2)).as("%s / %s", a, b).isEqualTo(Math.min(full, 3));
    }
  }

  @Test
  void namesTheSingleEdit() {
    assertThat(EditDistance.single("reqeusts", "requests").kind())
        .isEqualTo(Transformation.TRANSPOSITION);
    assertThat(EditDistance.single("reqeusts", "requests").description())
        .isEqualTo("the letters 'ue' swapped");
    assertThat(EditDistance.single("requestss", "requests").kind())
        .isEqualTo(Transformation.REPETITION);
    assertThat(EditDistance.single("colourama", "colorama").description())
        .isEqualTo("the letter 'u' added");
    assertThat(EditDistance.single("reqests", "requests").description())
        .isEqualTo("the letter 'u' dropped");
    assertThat(EditDistance.single("requesta", "requests").kind())
        .isEqualTo(Transformation.KEYBOARD_SUBSTITUTION);
    assertThat(EditDistance.single("requepts", "requests").kind())
        .isEqualTo(Transformation.SUBSTITUTION);
  }

  @Test
  void knowsWhichKeysTouch() {
    assertThat(EditDistance.neighbours('s', 'a')).isTrue();
    assertThat(EditDistance.neighbours('s', 'w')).isTrue();
    assertThat(EditDistance.neighbours('s', 'z')).isTrue();
    assertThat(EditDistance.neighbours('s', 'p')).isFalse();
    assertThat(EditDistance.neighbours('1', 'q')).isTrue();
    assertThat(EditDistance.neighbours('s', 's')).isFalse();
    assertThat(EditDistance.neighbours('-', 's')).isFalse();
  }

  private static String word(Random random) {
    int length = 1 + random.nextInt(12);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append((char) ('a' + random.nextInt(4)));
    }
    return out.toString();
  }

  private static String mutate(String word, Random random) {
    StringBuilder out = new StringBuilder(word);
    for (int edits = random.nextInt(3); edits >= 0; edits--) {
      int at = random.nextInt(out.length() + 1);
      switch (random.nextInt(4)) {
        case 0 -> out.insert(at, (char) ('a' + random.nextInt(4)));
        case 1 -> {
          if (at < out.length()) {
            out.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (at + 1 < out.length()) {
            char c = out.charAt(at);
            out.setCharAt(at, out.charAt(at + 1));
            out.setCharAt(at + 1, c);
          }
        }
        default -> {
          if (at < out.length()) {
            out.setCharAt(at, (char) ('a' + random.nextInt(4)));
          }
        }
      }
    }
    return out.toString();
  }

  /** The textbook optimal-string-alignment table, unbounded. */
  private static int plain(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
