package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void showsControlBidiAndInvisibleCharactersAsEscapes() {
    assertThat(TerminalText.clean("a\u001b[31mb")).isEqualTo("a\\u001b[31mb");
    assertThat(TerminalText.clean("line\nbreak\ttab")).isEqualTo("line\\u000abreak\\u0009tab");
    assertThat(TerminalText.clean("\u202Eexe.txt")).isEqualTo("\\u202eexe.txt");
    assertThat(TerminalText.clean("zero\u200Bwidth")).isEqualTo("zero\\u200bwidth");
    assertThat(TerminalText.clean("c1\u009bcsi")).isEqualTo("c1\\u009bcsi");
  }

  @Test
  void keepsOrdinaryTextIncludingNonLatinLetters() {
    assertThat(TerminalText.clean("requests 2.32.3 — “ok” ü 漢字"))
        .isEqualTo("requests 2.32.3 — “ok” ü 漢字");
  }

  @Test
  void cutsVeryLongText() {
    String cleaned = TerminalText.clean("x".repeat(10_000));
    assertThat(cleaned)
        .hasSize(TerminalText.MAX_LENGTH + "… (10000 characters)".length())
        .endsWith("… (10000 characters)");
  }
}
