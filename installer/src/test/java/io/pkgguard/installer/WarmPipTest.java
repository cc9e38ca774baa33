package io.pkgguard.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pip started ahead of time runs the arguments it is handed once, in the environment it was
 * started for; where it cannot (no pip, already stopped) it says so, and the caller runs pip the
 * ordinary way.
 */
class WarmPipTest {

  @TempDir Path dir;

  @Test
  void runsTheArgumentsItIsHandedWithTheEnvironmentsPip() throws Exception {
    PythonEnvironment environment = Environments.fresh(dir.resolve("venv"));

    try (WarmPip pip = WarmPip.start(environment).orElseThrow()) {
      assertThat(pip.serves(environment.python())).isTrue();
      ProcessRunner.Result result =
          pip.run(
                  List.of("list", "--format", "freeze", "--disable-pip-version-check"),
                  Environments.DEADLINE)
              .orElseThrow();

      assertThat(result.succeeded()).as(result.output()).isTrue();
      assertThat(result.output()).contains("pip==").doesNotContain("pip is ready");
    }
  }

  @Test
  void passesPipsFailureOnAsAFailure() throws Exception {
    PythonEnvironment environment = Environments.fresh(dir.resolve("venv"));

    try (WarmPip pip = WarmPip.start(environment).orElseThrow()) {
      ProcessRunner.Result result =
          pip.run(
                  List.of(
                      "install", "--no-index", "--disable-pip-version-check", "surely-not-here"),
                  Environments.DEADLINE)
              .orElseThrow();

      assertThat(result.succeeded()).isFalse();
      assertThat(result.output()).contains("surely-not-here");
    }
  }

  @Test
  void saysItCannotServeAnEnvironmentWithoutPip() throws Exception {
    ProcessRunner.Result made =
        ProcessRunner.run(
            List.of(
                Environments.python3().toString(),
                "-I",
                "-m",
                "venv",
                "--without-pip",
                dir.resolve("bare").toString()),
            dir,
            Environments.DEADLINE);
    assertThat(made.succeeded()).as(made.output()).isTrue();
    PythonEnvironment bare =
        PythonEnvironment.virtualEnvironment(
            dir.resolve("bare"), Environments.python3(), Environments.DEADLINE);

    try (WarmPip pip = WarmPip.start(bare).orElseThrow()) {
      Optional<ProcessRunner.Result> result = pip.run(List.of("--version"), Environments.DEADLINE);

      assertThat(result).isEmpty();
    }
  }

  @Test
  void aClosedPipRunsNothing() throws Exception {
    PythonEnvironment environment = Environments.fresh(dir.resolve("venv"));
    WarmPip pip = WarmPip.start(environment).orElseThrow();

    pip.close();

    assertThat(pip.run(List.of("--version"), Environments.DEADLINE)).isEmpty();
  }

  @Test
  void servesOnlyTheInterpreterItWasStartedFor() throws Exception {
    PythonEnvironment environment = Environments.fresh(dir.resolve("venv"));

    try (WarmPip pip = WarmPip.start(environment).orElseThrow()) {
      assertThat(pip.serves(Environments.python3())).isFalse();
    }
  }
}
