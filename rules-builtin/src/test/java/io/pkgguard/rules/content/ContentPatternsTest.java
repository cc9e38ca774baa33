package io.pkgguard.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentPatternsTest {

  @Test
  void theBuiltInFileIsValidAndVersioned() {
    assertThat(ContentPatterns.builtIn())
        .hasSizeGreaterThan(30)
        .extracting(ContentPattern::id)
        .doesNotHaveDuplicates();
    assertThat(ContentPatterns.builtInVersion()).matches("\\d{4}\\.\\d{2}\\.\\d{2}(\\.\\d+)?");
  }

  /**
   * A word a pattern needs decides where its expression is tried; a word every Python file is
   * full of makes it tried everywhere. One such word ({@code def}) once cost half again of the
   * 50 MB wheel's time (docs/performance.md, 2026.12.06.20).
   */
  @Test
  void noBuiltInPatternOnPythonCodeNeedsAWordEveryFileIsFullOf() {
    List<String> everywhere = List.of("def", "class", "self", "return", "import", "(", ")", "=");

    assertThat(ContentPatterns.builtIn())
        .filteredOn(p -> p.files() == ContentPattern.Files.PYTHON)
        .filteredOn(p -> p.view() != ContentPattern.View.STRINGS) // literals, not the code
        // a callee flow's sink: the flow calls no expression, it looks at names looked up
        .filteredOn(p -> !p.id().equals("any-call"))
        .allSatisfy(p -> assertThat(p.needs()).as(p.id()).doesNotContainAnyElementsOf(everywhere));
  }

  @Test
  void aWordTooShortForTheTrigramFilterIsOneOfTheKnownFew() {
    // a word of fewer than three characters cannot be ruled out by a file's trigrams, so its
    // pattern is tried around every occurrence in every file; a comma inside a word splits it
    // into such pieces without a warning (range(1, 25 became "25": .21's first draft)
    List<String> known = List.of("^", "(", "nc", "2)");

    List<String> unknown =
        ContentPatterns.builtIn().stream()
            .flatMap(
                p ->
                    p.needs().stream()
                        .filter(word -> word.length() < 3 && !known.contains(word))
                        .map(word -> p.id() + " needs \"" + word + "\""))
            .toList();

    assertThat(unknown).isEmpty();
  }

  @Test
  void aPolicyFileMayCombineBuiltInSignals() {
    List<ContentPattern> more =
        ContentPatterns.parse(
            """
        # ours
        pattern\tinternal-host\tpython\tstrings\tsignal\t1\tcorp\tcorp\\.example\tour host
        combine\tleaks-to-us\tfile\t-\thigh\t-\t-\tenv-iterate+internal-host\tsends the environment home
        """,
            "ours.tsv",
            ContentPatterns.builtIn());

    assertThat(more).extracting(ContentPattern::id).containsExactly("internal-host", "leaks-to-us");
    assertThat(more.get(1).requires())
        .containsExactly(List.of("env-iterate"), List.of("internal-host"));
    assertThat(more.get(0).needs()).containsExactly("corp");
    assertThat(more.get(0).mayMatch("https://vault.corp.example")).isTrue();
    assertThat(more.get(0).mayMatch("https://elsewhere.example")).isFalse();
  }

  @Test
  void everyMistakeNamesTheFileAndLine() {
    assertError(
        "pattern\tx\tpython\tcode\thigh\t1\tok",
        "ours.tsv:1: expected 9 tab-separated" + " columns");
    assertError("pattern\tBad Id\tpython\tcode\thigh\t1\t-\tx\tm", "ours.tsv:1: id 'Bad Id'");
    assertError(
        "pattern\tx\teverything\tcode\thigh\t1\t-\tx\tm", "ours.tsv:1: files must be one of");
    assertError("pattern\tx\tpython\tbytes\thigh\t1\t-\tx\tm", "ours.tsv:1: view must be one of");
    assertError("pattern\tx\tpython\tcode\tsevere\t1\t-\tx\tm", "ours.tsv:1: level must be");
    assertError("pattern\tx\tpython\tcode\thigh\tmany\t-\tx\tm", "ours.tsv:1: min must be");
    assertError(
        "pattern\tx\tpython\tcode\thigh\t1\t-\t(unclosed\tm",
        "ours.tsv:1: the regular expression is invalid");
    assertError(
        "combine\tx\tfile\t-\thigh\t-\t-\tnetwork+nowhere\tm",
        "ours.tsv:1: combines 'nowhere', which no earlier line defines");
    assertError(
        "pattern\tnetwork\tpython\tcode\thigh\t1\t-\tx\tm",
        "ours.tsv:1: pattern id 'network' is already defined at content-patterns.tsv:");
    assertError("\n\nkind\tx\tpython\tcode\thigh\t1\t-\tx\tm", "ours.tsv:3: kind must be");
    assertError(
        "combine\tx\tfile\t-\thigh\t-\t-\tnetwork+!nowhere\tm",
        "ours.tsv:1: combines 'nowhere', which no earlier line defines");
    assertError(
        "combine\tx\tfile\t-\thigh\t-\t-\t!network+process\tm",
        "ours.tsv:1: a combination starts with a part that must be found");
    assertError(
        "pattern\tx\tsummary\tcode\tsignal\t1\t-\tx\tm",
        "ours.tsv:1: a summary pattern reads the summary as text");
  }

  @Test
  void aPartMarkedWithAnExclamationMarkMustBeAbsent() {
    List<ContentPattern> more =
        ContentPatterns.parse(
            """
        pattern\tsays-networking\tsummary\ttext\tsignal\t1\tnetwork\t(?i)network\tsays so
        combine\tquiet-socket\tpackage\t-\thigh\t-\t-\tsocket-connect+!says-networking|network\tm
        """,
            "ours.tsv",
            ContentPatterns.builtIn());

    assertThat(more.get(0).files()).isEqualTo(ContentPattern.Files.SUMMARY);
    assertThat(more.get(1).requires())
        .containsExactly(List.of("socket-connect"), List.of("!says-networking", "!network"));
  }

  @Test
  void aPolicyFlowFollowsItsOwnSourcesIntoBuiltInSinks() {
    List<ContentPattern> more =
        ContentPatterns.parse(
            """
        pattern\tvault-read\tpython\tcode\tsignal\t1\tvault\t\\bvault\\.read\\s*\\(\tvault
        flow\tvault-sent\tpython\tcode\thigh\tany\t-\tvault-read>send-call\tsends a vault secret
        """,
            "ours.tsv",
            ContentPatterns.builtIn());

    ContentPattern flow = more.get(1);
    assertThat(flow.flow()).isTrue();
    assertThat(flow.sources()).containsExactly("vault-read");
    assertThat(flow.sinks()).containsExactly("send-call");
    assertThat(flow.reach()).contains(DataFlow.Reach.ANY);
  }

  @Test
  void aFlowLineIsCheckedLikeAnyOther() {
    assertError(
        "flow\tx\tpython\tcode\thigh\tall\t-\tnet-read>exec-call\tm",
        "ours.tsv:1: a flow's min column says where a sink takes the value");
    assertError(
        "flow\tx\tscript\ttext\thigh\tany\t-\tnet-read>exec-call\tm",
        "ours.tsv:1: a flow follows values through Python code");
    assertError(
        "flow\tx\tpython\tcode\thigh\tany\t-\tnet-read+exec-call\tm",
        "ours.tsv:1: a flow is written sources>sinks");
    assertError(
        "flow\tx\tpython\tcode\thigh\tany\t-\tnet-read>nowhere\tm",
        "ours.tsv:1: flows from or to 'nowhere', which no earlier line defines");
    assertError(
        "flow\tx\tpython\tcode\thigh\tany\t-\tnet-read>reverse-shell\tm",
        "ours.tsv:1: 'reverse-shell' must be a pattern of Python files");
    assertError(
        "flow\tx\tpython\tcode\thigh\tany\t-\tnet-read>~exec-call\tm",
        "ours.tsv:1: '~exec-call': only a source opens a channel");
  }

  private static void assertError(String text, String message) {
    assertThatThrownBy(() -> ContentPatterns.parse(text, "ours.tsv", ContentPatterns.builtIn()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }
}
