package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pkgguard install} and {@code pkgguard audit} end to end: a real virtual environment made
 * with the machine's python3, packages from a local mirror, offline.
 */
class InstallCommandTest {

  private static final Instant OLD = Instant.now().minus(Duration.ofDays(200));

  @TempDir Path dir;
  private DemoMirror mirror;
  private Path venv;
  private final List<String> asked = new ArrayList<>();

  @BeforeEach
  void buildMirror() {
    mirror =
        new DemoMirror(dir.resolve("index"))
            .wellKept("good", "1.0", OLD)
            .project(
                "bare",
                "0.3",
                OLD,
                Map.of(
                    "summary",
                    "Quick helpers for scripts",
                    "description",
                    "Helpers.",
                    "license",
                    "MIT"),
                "bare-0.3-py3-none-any.whl",
                "bdist_wheel");
    venv = dir.resolve("venv");
  }

  private CliRun pkgguard(Optional<Boolean> answer, String command, String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                command,
                "--index",
                mirror.root().toString(),
                "--offline",
                "--advisory-db",
                DemoMirror.advisories(
                        dir.resolve("advisories.zip"),
                        DemoMirror.vulnerability(
                            "PYSEC-2099-1",
                            "oldlib",
                            "0",
                            "2.1",
                            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                    .toString(),
                "--venv",
                venv.toString()));
    all.addAll(List.of(args));
    CliRun run =
        CliRun.in(
            new CliContext(
                Map.of(
                    "PKGGUARD_PYTHON_PROBE",
                    "off",
                    "PATH",
                    System.getenv().getOrDefault("PATH", "")),
                "alice",
                question -> {
                  asked.add(question);
                  return answer;
                }),
            all.toArray(String[]::new));
    assertThat(run.isClean()).as("no stack trace in:%n%s%s", run.out(), run.err()).isTrue();
    return run;
  }

  /** The mirror serves the environment's own pip and setuptools too, so an audit can judge them. */
  private void publishTheEnvironmentsOwnPackages() throws Exception {
    try (Stream<Path> site = Files.walk(venv.resolve("lib"), 3)) {
      site.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".dist-info"))
          .forEach(
              n -> {
                String stem = n.substring(0, n.length() - ".dist-info".length());
                int dash = stem.lastIndexOf('-');
                String name = stem.substring(0, dash);
                if (!name.equals("good") && !name.equals("bare")) {
                  mirror.wellKept(name, stem.substring(dash + 1), OLD);
                }
              });
    }
  }

  @Test
  void anAllowedPackageIsInstalledAndTheAuditFindsTheEnvironmentIntact() throws Exception {
    CliRun install = pkgguard(Optional.empty(), "install", "--yes", "good");

    assertThat(install.exit()).as(install.err()).isZero();
    assertThat(install.out())
        .contains(
            "ALLOW             good 1.0",
            "Installed and verified 1 packages in " + venv.toRealPath() + ": good 1.0");
    publishTheEnvironmentsOwnPackages();
    CliRun audit = pkgguard(Optional.empty(), "audit");
    assertThat(audit.exit()).as(audit.out() + audit.err()).isZero();
    assertThat(audit.out()).contains("ALLOW             good 1.0", "intact");
  }

  @Test
  void withoutATerminalNothingThatNeedsReviewIsInstalled() {
    CliRun run = pkgguard(Optional.empty(), "install", "--yes", "bare");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("bare 0.3 was not approved, so nothing was installed");
    assertThat(venv.resolve("bin/python")).exists(); // the environment was made, and is empty
  }

  @Test
  void onATerminalTheUserConfirmsAReviewAndAnEditAfterwardsIsFoundAndReverted() throws Exception {
    CliRun install = pkgguard(Optional.of(true), "install", "bare");

    assertThat(install.exit()).as(install.err()).isZero();
    assertThat(asked)
        .containsExactly(
            "Install 1 packages into " + venv.toRealPath() + "?",
            "Install bare 0.3 (REVIEW, findings above)?");
    Path module;
    try (Stream<Path> found = Files.walk(venv.resolve("lib"))) {
      module =
          found.filter(p -> p.endsWith(Path.of("bare", "__init__.py"))).findFirst().orElseThrow();
    }
    Files.writeString(module, "import os\n");
    publishTheEnvironmentsOwnPackages();

    CliRun audit = pkgguard(Optional.empty(), "audit");
    assertThat(audit.exit()).isEqualTo(3);
    assertThat(audit.out()).contains("MODIFIED  lib/", "bare/__init__.py", "NOT INTACT");

    assertThat(pkgguard(Optional.empty(), "audit", "--revert").exit()).isZero();
    assertThat(module).content().doesNotContain("import os");
  }

  @Test
  void aRejectedPackageStopsEverythingAndAMissingEnvironmentIsSaidSo() {
    CliRun rejected = pkgguard(Optional.of(true), "install", "--yes", "good", "reqeusts");
    assertThat(rejected.exit()).isEqualTo(3);
    assertThat(rejected.err()).contains("Nothing was installed.");

    CliRun noVenv =
        CliRun.in(
            new CliContext(Map.of(), "alice", q -> Optional.empty()),
            "install",
            "--offline",
            "--index",
            mirror.root().toString(),
            "good");
    assertThat(noVenv.exit()).isEqualTo(2);
    assertThat(noVenv.err()).contains("give the virtual environment with --venv DIR");
  }
}
