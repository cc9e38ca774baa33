package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class PkgguardCommandTest {

  @Test
  void everySubcommandIsListedUnderTheNameItsAnnotationGives() {
    for (Map.Entry<String, Class<?>> entry : PkgguardCommand.SUBCOMMANDS.entrySet()) {
      Command command = entry.getValue().getAnnotation(Command.class);
      assertThat(command).as(entry.getValue().getName()).isNotNull();
      assertThat(command.name()).isEqualTo(entry.getKey());
      assertThat(command.aliases()).as("aliases would not be found by name").isEmpty();
    }
  }

  @Test
  void aRunNamingASubcommandBuildsOnlyThatOne() {
    assertThat(PkgguardCommand.neededBy("scan-names", "names.txt"))
        .containsExactly(ScanNamesCommand.class);
    assertThat(PkgguardCommand.neededBy("resume")).containsExactly(PauseCommand.Resume.class);
  }

  @Test
  void aRunWithoutOneOrWithAnUnknownOneBuildsThemAll() {
    assertThat(PkgguardCommand.neededBy()).hasSize(13);
    assertThat(PkgguardCommand.neededBy("--help", "check")).hasSize(13);
    assertThat(PkgguardCommand.neededBy("chek", "requests")).hasSize(13);
  }

  @Test
  void theUsageStillListsEverySubcommandInOrder() {
    CliRun help = CliRun.of("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .containsSubsequence(
            "check",
            "install",
            "audit",
            "approve",
            "approvals",
            "scan-names",
            "rules",
            "explain",
            "policy",
            "log",
            "pause",
            "resume",
            "stats");
  }

  @Test
  void aMistypedSubcommandIsAUsageErrorAsBefore() {
    CliRun run = CliRun.of("chek", "requests");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("Unmatched arguments", "'chek'", "pkgguard --help")
        .doesNotContain("\tat ");
  }

  @Test
  void theHelpTextsFormatWithoutWarnings() {
    CliRun help = CliRun.of("stats", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("(99.9% installation success, under 5% of legitimate");
    assertThat(help.err()).doesNotContain("Could not format");
  }

  @Test
  void aSubcommandsOwnSubcommandsAreStillThere() {
    CliRun run = CliRun.of("log", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("verify", "show");
  }
}
