package io.pkgguard.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void aCallWordIsFoundWithOrWithoutSpacesBeforeItsParenthesis() {
    String code = "r = s.post(u)\nt = s.post \t(u)\nv = s.post\n(u)";

    assertThat(Words.find(code, ".post(")).containsExactly(5, 19, 35);
    assertThat(Words.occursIn(code, ".post(")).isTrue();
  }

  @Test
  void aCallWordIsNotFoundInLongerNamesThatBeginAlike() {
    String code = "self.post_init()\nx = self.postprocess(y)\nz = a.post\n";

    assertThat(Words.find(code, ".post(")).isEmpty();
    assertThat(Words.occursIn(code, ".post(")).isFalse();
  }

  @Test
  void otherWordsAreFoundOnlyAsWritten() {
    String code = "map(chr, x) + map (chr, y) + join(chr (z))";

    assertThat(Words.find(code, "map(chr,")).containsExactly(0);
    assertThat(Words.find(code, "join(chr(")).containsExactly(29); // a call word: chr then (
    assertThat(Words.find(code, "(")).hasSize(4); // a lone parenthesis is no call
    assertThat(Words.find(code, "x) (")).isEmpty();
  }

  @Test
  void theTrigramsAreAskedAboutTheNameOfACall() {
    assertThat(Words.literalPart(".post(")).isEqualTo(".post");
    assertThat(Words.literalPart("shot(")).isEqualTo("shot");
    assertThat(Words.literalPart("(")).isEqualTo("(");
    assertThat(Words.literalPart("map(chr,")).isEqualTo("map(chr,");
  }

  @Test
  void pastTheMostOccurrencesWorthListingTheWholeViewIsSearched() {
    String code = "a.post(1)\n".repeat(Words.MOST + 1);

    assertThat(Words.find(code, ".post(")).isNull();
    assertThat(Words.find("a.post(1)\n".repeat(3), ".post(")).isEqualTo(List.of(1, 11, 21));
  }
}
