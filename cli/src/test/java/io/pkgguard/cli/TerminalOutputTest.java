package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Decision;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a person at a terminal sees and a log does not: colour only on a terminal and never with
 * NO_COLOR, --no-color or TERM=dumb; a progress line only on a terminal that is not a CI job's,
 * cleared before the report; a summary that fits 80 columns.
 */
class TerminalOutputTest {

  private static Terminal terminal(Map<String, String> environment) {
    return new Terminal(true, true, 80, environment);
  }

  @Test
  void colourAndProgressNeedATerminalThatDoesNotLie() {
    assertThat(terminal(Map.of()).showsColour()).isTrue();
    assertThat(terminal(Map.of()).showsProgress()).isTrue();
    assertThat(terminal(Map.of("NO_COLOR", "1")).showsColour()).isFalse();
    assertThat(terminal(Map.of("NO_COLOR", "")).showsColour()).isTrue(); // no-color.org: non-empty
    assertThat(terminal(Map.of("TERM", "dumb")).showsColour()).isFalse();
    assertThat(terminal(Map.of("TERM", "dumb")).showsProgress()).isFalse();
    assertThat(terminal(Map.of("CI", "true")).showsProgress()).isFalse();
    assertThat(terminal(Map.of("GITHUB_ACTIONS", "true")).showsProgress()).isFalse();
    assertThat(Terminal.none().showsColour()).isFalse();
    assertThat(Terminal.none().showsProgress()).isFalse();
  }

  @Test
  void onlyTheDecisionsAndLevelsPkgguardWritesAreColoured() {
    String report =
        "REJECT            evil 1.0\n"
            + "    CRITICAL  typosquat           REVIEW is not a level here\n";

    String coloured = Colours.apply(report);

    assertThat(coloured)
        .startsWith("\u001b[1;31mREJECT\u001b[0m            evil 1.0\n")
        .contains("    \u001b[1;31mCRITICAL\u001b[0m  typosquat           REVIEW is not");
  }

  @Test
  void aRunWithoutATerminalHasNeitherColourNorProgress() {
    CliRun run =
        CliRun.in(
            new CliContext(Map.of(), "alice", q -> Optional.empty()),
            "check",
            "--offline",
            "requests");
    assertThat(run.out() + run.err()).doesNotContain("\u001b[");
  }

  @Test
  void theProgressLineFitsTheTerminalAndIsClearedWhenDone() {
    StringWriter err = new StringWriter();
    ProgressLine progress = new ProgressLine(new PrintWriter(err), 40);

    progress.resolved(PackageId.pypi("a-package-with-a-long-name"), "1.0.0");
    assertThat(progress.line("a-package-with-a-long-name 1.0.0")).hasSizeLessThanOrEqualTo(40);
    progress.close();
    progress.finished(Verdict.builder(PackageId.pypi("late"), Decision.ALLOW).build());

    assertThat(err.toString()).startsWith("\r\u001b[Kpkgguard: 1 resolved").endsWith("\r\u001b[K");
  }

  @Test
  void theSummaryFitsEightyColumnsWhateverTheCounts() {
    List<Verdict> many = new ArrayList<>();
    for (Decision d : Decision.values()) {
      for (int i = 0; i < 25_000; i++) {
        many.add(Verdict.builder(PackageId.pypi("p" + i), d).build());
      }
    }
    String summary = TextReport.summary(many);
    assertThat(summary.strip()).hasSizeLessThanOrEqualTo(80);
    assertThat(summary).startsWith("100000 packages: 25000 allowed, 25000 review");
    assertThat(TextReport.summary(many.subList(0, 8)).strip())
        .isEqualTo("8 packages: 8 allowed, 0 to review, 0 needing special approval, 0 rejected");
  }
}
