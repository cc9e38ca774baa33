package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesCommandTest {

  @Test
  void listsEveryInstalledRuleOnOneLine() {
    CliRun run = CliRun.of("rules");
    assertThat(run.exit()).isZero();
    assertThat(run.out().lines())
        .hasSize(16)
        .allSatisfy(line -> assertThat(line).contains(" [from "));
    assertThat(run.out())
        .contains(
            "package-age          HIGH      AGE           The project is not brand new",
            "name-keywords        CRITICAL  NAME",
            "environment          HIGH      DEPENDENCY    A requirements or lock file asks for");
  }

  @Test
  void explainPrintsWhatTheRuleDocumentationSays() throws Exception {
    CliRun run = CliRun.of("explain", "package-age");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("# package-age")
        .contains("high-below-days = 7", "Malicious packages live short lives");
    assertThat(run.out())
        .isEqualTo(
            java.nio.file.Files.readString(
                java.nio.file.Path.of("..", "docs", "rules", "package-age.md")));
    CliRun unknown = CliRun.of("explain", "packge-age");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no rule 'packge-age'");
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(CliRun.of("--help").exit()).isZero();
    assertThat(CliRun.of("--help").out()).contains("Exit codes: 0 everything allowed");
    assertThat(CliRun.of("--version").out()).contains("pkgguard 0.1.0");
    assertThat(CliRun.of("check", "--help").out()).contains("--index", "--policy", "--format");
  }
}
