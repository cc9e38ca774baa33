package io.pkgguard.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TrigramsTest {

  /**
   * A code view's trigrams are answered from its text's for words without quotes or line breaks;
   * that must never rule out a word the code view holds, whatever the literals and comments: every
   * piece of every code view of the malicious corpus, and of shapes written to join text across a
   * literal or comment, is still found.
   */
  @Test
  void aCodeViewNeverRulesOutAWordItHolds() throws IOException {
    List<String> texts = new java.util.ArrayList<>(corpus());
    texts.add("x = b'ab'c'd' # os.sys\ntem\ny = r\"\"\"q\nw\"\"\"+u'z'\n");
    texts.add("f(\"a\")(\"b\").system#c\n('''\n\n''').popen\nopen('x\n");
    texts.add("s = 'unterminated\nimport os as o # x\n\"\"\"doc\"\"\"; o.system(\"\")");
    Random random = new Random(7);
    for (String text : texts) {
      String lowerText = text.toLowerCase(Locale.ROOT);
      String code = PythonSource.parse(lowerText).code();
      Trigrams ofCode = Trigrams.ofCodeView(new Trigrams(lowerText), () -> code);
      for (int from = 0; from + 3 <= code.length(); from += 1 + random.nextInt(3)) {
        String word = code.substring(from, Math.min(code.length(), from + 3 + random.nextInt(10)));
        assertThat(ofCode.mayContain(word)).as("%s in the code view of %s", word, text).isTrue();
      }
    }
  }

  private static List<String> corpus() throws IOException {
    Path corpus = Path.of("src/test/resources/io/pkgguard/rules/content/corpus");
    try (Stream<Path> files = Files.list(corpus)) {
      return files
          .filter(f -> f.toString().endsWith(".py"))
          .map(
              f -> {
                try {
                  return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

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
