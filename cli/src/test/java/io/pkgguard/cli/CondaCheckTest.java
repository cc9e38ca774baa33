package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pkgguard check --ecosystem conda} on the demo channel the quick start uses
 * (examples/demo-channel, written by its build.py): verdicts from the same rules as PyPI's, the
 * packages' own contents judged, PyPI advisories applied where a conda package installs a PyPI
 * distribution, and the environment files read.
 */
class CondaCheckTest {

  private static final Path CHANNEL = Path.of("..", "examples", "demo-channel").toAbsolutePath();

  @TempDir Path dir;

  private CliRun check(String... args) {
    Path advisories =
        DemoMirror.advisories(
            dir.resolve("advisories.zip"),
            DemoMirror.vulnerability(
                "PYSEC-2099-7",
                "certifi",
                "2024.2.2",
                "2024.8.30",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
    String[] all = new String[args.length + 8];
    System.arraycopy(
        new String[] {
          "check",
          "--ecosystem",
          "conda",
          "--index",
          CHANNEL.toString(),
          "--offline",
          "--advisory-db",
          advisories.toString()
        },
        0,
        all,
        0,
        8);
    System.arraycopy(args, 0, all, 8, args.length);
    CliRun run = CliRun.of(all);
    assertThat(run.isClean()).as("%s%s", run.out(), run.err()).isTrue();
    return run;
  }

  @Test
  void aPostLinkScriptThatDownloadsAndRunsCodeIsRejected() {
    CliRun run = check("colorlog-helper");
    assertThat(run.exit()).isEqualTo(ExitCode.REJECT);
    assertThat(run.out())
        .contains("REJECT            colorlog-helper 0.1.0")
        .contains(
            "CRITICAL  content             a conda link script downloads code and runs it while"
                + " conda installs the package: bin/.colorlog-helper-post-link.sh");
  }

  @Test
  void aRepackagedPypiProjectGetsItsPypiAdvisories() {
    CliRun old = check("--no-deps", "certifi=2024.2.2");
    assertThat(old.out()).contains("certifi 2024.2.2").contains("PYSEC-2099-7");
    CliRun fixed = check("--no-deps", "certifi");
    assertThat(fixed.out())
        .contains("REVIEW            certifi 2024.8.30")
        .doesNotContain("vulnerabilities")
        .doesNotContain("metadata-quality"); // summary, description, URLs from about.json
  }

  @Test
  void aPackageNoDatabaseCoversIsNotCheckedAndSaysSo() {
    CliRun run = check("--no-deps", "python");
    assertThat(run.out())
        .contains("SPECIAL_APPROVAL  python 3.12.7")
        .contains(
            "no advisory database covers conda packages (OSV has no conda ecosystem), so known"
                + " vulnerabilities were not checked");
  }

  @Test
  void anEnvironmentFileIsOneVerdictWithItsPipBlockJudgedByThePypiSide() throws Exception {
    Path env = dir.resolve("environment.yml");
    Files.writeString(
        env,
        "channels:\n  - conda-forge\ndependencies:\n  - certifi=2024.8.30\n  - pip:\n"
            + "      - --index-url https://pypi.org/simple\n"
            + "      - sampleproject==4.0.0\n");
    CliRun run = check("-r", env.toString(), "--target", "subdir=linux-64");
    assertThat(run.out())
        .contains("environment environment.yml")
        .contains("certifi 2024.8.30")
        .contains("sampleproject 4.0.0")
        .contains(
            "environment.yml:2: the channel conda-forge is not a source of the policy: conda would"
                + " install from there")
        .as("the pip block's index is weighed against the PyPI sources, which trust pypi.org")
        .doesNotContain("https://pypi.org/simple is not");
    assertThat(run.exit()).isEqualTo(ExitCode.REJECT);
  }

  @Test
  void anExplicitSpecFileFromTheChannelIsJudgedPinnedWithItsHash() throws Exception {
    Path spec = dir.resolve("spec-file.txt");
    Path certifi = CHANNEL.resolve("noarch").resolve("certifi-2024.8.30-pyhd8ed1ab_0.tar.bz2");
    String sha256 =
        java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(certifi)));
    Files.writeString(
        spec, "# platform: linux-64\n@EXPLICIT\n" + certifi.toUri() + "#" + sha256 + "\n");
    CliRun run = check("-r", spec.toString(), "--target", "subdir=linux-64", "--no-deps");
    assertThat(run.out())
        .contains("environment spec-file.txt", "certifi 2024.8.30")
        .doesNotContain("asks for another channel")
        .doesNotContain("not pinned");
  }

  @Test
  void aHostileEnvironmentFileIsAUsageErrorNamingTheProblem() throws Exception {
    Path env = dir.resolve("environment.yml");
    Files.writeString(env, "name: x\nchanels: [conda-forge]\n");
    CliRun run = check("-r", env.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("environment.yml:2: unknown key 'chanels'");
  }
}
