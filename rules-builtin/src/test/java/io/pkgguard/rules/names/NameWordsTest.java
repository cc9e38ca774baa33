package io.pkgguard.rules.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The words project names are made of, and how a glued word splits into them. */
class NameWordsTest {

  private static NameWords words(String tsv) throws IOException {
    return NameWords.parse(new BufferedReader(new StringReader(tsv)));
  }

  @Test
  void aPartSplitsWhenEveryPieceIsACommonWordOfThreeLettersDigitsOrPy() throws IOException {
    NameWords words = words("# comment\nhack\t41\nutil\t666\nth\t90\nwall\t30\nrare\t4\n");

    assertThat(words.splitsIntoWords("")).isTrue();
    assertThat(words.splitsIntoWords("util")).isTrue();
    assertThat(words.splitsIntoWords("pyutil2")).isTrue();
    assertThat(words.splitsIntoWords("utilwall")).isTrue();
    assertThat(words.splitsIntoWords("thwall")).as("two-letter pieces do not count").isFalse();
    assertThat(words.splitsIntoWords("rarewall")).as("used by too few names").isFalse();
  }

  @Test
  void aWordReadsWithoutTheKeywordWhenOtherPiecesCoverIt() throws IOException {
    NameWords words = words("units\t400\nunit\t300\nhack\t41\nutil\t666\n");

    assertThat(words.readsWithout("unitspy", "spy")).isTrue();
    assertThat(words.readsWithout("pyhackutil", "hack")).isFalse();
  }

  @Test
  void theShippedListKnowsWordsNamesUse() {
    NameWords words = NameWords.builtin();

    assertThat(words.count("util")).isGreaterThan(NameWords.COMMON);
    assertThat(words.count("spyder")).isPositive();
    assertThat(words.count("hackney")).isZero();
  }

  @Test
  void aLineThatIsNotWordTabCountIsRefused() {
    assertThatThrownBy(() -> words("hack 41\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not word<TAB>count");
  }
}
