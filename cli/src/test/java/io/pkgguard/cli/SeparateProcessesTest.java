package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one process records, another honours: an approval given by {@code pkgguard approve} holds
 * for a later {@code pkgguard check} in a new JVM. (Anything that differs between processes, such
 * as the iteration order of an immutable map, would silently void every approval.)
 */
class SeparateProcessesTest {

  @TempDir Path dir;

  private record Run(int exit, String out) {}

  private Run pkgguard(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpkgguard.home=" + dir.resolve("home"),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PKGGUARD_PYTHON_PROBE", "off");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), out);
  }

  @Test
  void anApprovalGivenInOneProcessHoldsInTheNext() throws Exception {
    DemoMirror mirror =
        new DemoMirror(dir.resolve("index"))
            .project(
                "bare",
                "0.3",
                Instant.now().minus(Duration.ofDays(200)),
                Map.of(
                    "summary",
                    "Quick helpers for scripts",
                    "description",
                    "Helpers.",
                    "license",
                    "MIT"),
                "bare-0.3-py3-none-any.whl",
                "bdist_wheel");
    Path names = dir.resolve("names.txt");
    Files.writeString(names, "requests\nnumpy\n");
    Path policy = dir.resolve("policy.toml");
    Files.writeString(
        policy,
        """
        [rules.typosquat]
        corpus-files = ["names.txt"]
        """);
    Path advisories =
        DemoMirror.advisories(
            dir.resolve("advisories.zip"),
            DemoMirror.vulnerability(
                "PYSEC-2099-1",
                "oldlib",
                "0",
                "2.1",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
    String[] where = {
      "--policy",
      policy.toString(),
      "--index",
      mirror.root().toString(),
      "--offline",
      "--advisory-db",
      advisories.toString()
    };

    Run approve =
        pkgguard(concat(new String[] {"approve", "bare", "--reason", "ok", "--yes"}, where));
    assertThat(approve.exit()).as(approve.out()).isZero();
    Run check = pkgguard(concat(new String[] {"check", "bare"}, where));

    assertThat(check.exit()).as(check.out()).isZero();
    assertThat(check.out()).contains("approved by");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
