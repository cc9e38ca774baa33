package io.pkgguard.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TrigramsTest {

  @Test
  void everyWordOfTheTextMayBeContainedAndMostOthersAreRuledOut() {
    Random random = new Random(3);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append((char) ('a' + random.nextInt(26)));
      if (i % 97 == 0) {
        text.append("\u0130\u4e2d\n");
      }
    }
    Trigrams trigrams = new Trigrams(text.toString());
    int ruledOut = 0;
    for (int i = 0; i < 2_000; i++) {
      int from = random.nextInt(text.length() - 12);
      assertThat(trigrams.mayContain(text.substring(from, from + 3 + random.nextInt(9)))).isTrue();
      if (!trigrams.mayContain("zq" + (char) ('0' + i % 10) + "x" + i)) {
        ruledOut++;
      }
    }
    assertThat(ruledOut).isGreaterThan(1_500);
    assertThat(new Trigrams("").mayContain("ab")).isTrue();
    assertThat(new Trigrams("ab").mayContain("abc")).isFalse();
  }
}
