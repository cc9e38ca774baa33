package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.cli.tools.ContentSurvey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The false-positive survey harness judges downloaded wheel files as they are. */
class ContentSurveyTest {

  @TempDir Path dir;

  @Test
  void aDirectoryOfWheelsIsJudgedFileByFile() throws Exception {
    Files.write(
        dir.resolve("good-1.0-py3-none-any.whl"), DemoFiles.wheel("good", "1.0", List.of()));
    Files.write(
        dir.resolve("hooked-2.0-py3-none-any.whl"),
        DemoFiles.wheel("hooked", "2.0", List.of(), Map.of("hooked.pth", "import hooked\n")));

    Run run = survey(dir.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out())
        .contains("NONE\tgood\t1.0\tfile\t")
        .contains("HIGH\thooked\t2.0\tfile\t")
        .contains("HIGH content: a .pth file runs code at every Python start-up");
    assertThat(run.err())
        .contains("2 distributions: 1 (50.0%) HIGH or CRITICAL, 0 (0.0%) MEDIUM at worst");
  }

  @Test
  void aPathThatIsNeitherFileNorDirectoryIsRefusedPlainly() {
    Run run = survey(dir.resolve("missing").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "content-survey: "
                + dir.resolve("missing")
                + " is neither a"
                + " directory nor a file; give site-packages directories, wheel files or directories"
                + " of wheels\n");
  }

  private record Run(int exit, String out, String err) {}

  private static Run survey(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new ContentSurvey());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int exit = command.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
