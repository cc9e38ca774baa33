package io.pkgguard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real host on the module path: a separate JVM started with {@code --module-path} (the jars of
 * this module's runtime dependencies, as Maven resolves them, and this module), as a modular host
 * application would run. Plugins are found through the modules' {@code provides}, and every codec
 * a distribution file needs is there: a {@code .tar.xz} sdist is read, not refused.
 */
class ModulePathHostTest {

  private static final Path RUNTIME_CLASSPATH = Path.of("target/runtime-classpath.txt");

  @TempDir Path dir;

  private static String modulePath() throws IOException {
    return Path.of("target/classes").toAbsolutePath()
        + java.io.File.pathSeparator
        + Files.readString(RUNTIME_CLASSPATH).strip();
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String mainClass, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                modulePath(),
                "--module",
                "io.pkgguard.examples/" + mainClass));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    var out = process.getInputStream().readAllBytes();
    var err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the host exits").isTrue();
    return new Run(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  /** An sdist compressed with xz, as some projects publish them. */
  private Path xzSdist() throws IOException {
    Path sdist = dir.resolve("tidyxz-1.0.tar.xz");
    try (OutputStream file = Files.newOutputStream(sdist);
        XZCompressorOutputStream xz = new XZCompressorOutputStream(file);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(xz)) {
      add(
          tar,
          "tidyxz-1.0/PKG-INFO",
          """
          Metadata-Version: 2.1
          Name: tidyxz
          Version: 1.0
          Summary: A small configuration helper packed with xz
          Author: Example Author
          License: MIT
          """);
      add(
          tar,
          "tidyxz-1.0/pyproject.toml",
          """
          [build-system]
          requires = ["setuptools>=61"]
          build-backend = "setuptools.build_meta"
          """);
      add(tar, "tidyxz-1.0/tidyxz/__init__.py", "VALUE = 1\n");
    }
    return sdist;
  }

  private static void add(TarArchiveOutputStream tar, String name, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(bytes.length);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }

  @Test
  void aModularHostJudgesAnXzCompressedSdistByItsContent() throws Exception {
    Run run =
        run(
            "io.pkgguard.examples.LocalFileExample",
            "target/demo-advisories.zip",
            xzSdist().toString());

    assertThat(run.err()).doesNotContain("Exception", "Error", "\tat ");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("tidyxz 1.0: ")
        .contains("tidyxz-1.0.tar.xz sha256:")
        .doesNotContain("cannot be read here", "failed internally");
  }

  @Test
  void aModularHostFindsEveryPluginAndDecidesAsOnTheClassPath() throws Exception {
    Run run =
        run(
            "io.pkgguard.examples.EmbeddingExample",
            "target/demo-index",
            "target/demo-advisories.zip",
            "tidyconf",
            "discord-token-grabber",
            "0requests");

    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    assertThat(run.exit()).isZero();
    assertThat(run.out().lines().toList())
        .hasSize(3)
        .satisfies(
            lines -> {
              assertThat(lines.get(0)).startsWith("tidyconf: install 1.4.0");
              assertThat(lines.get(1))
                  .isEqualTo(
                      "discord-token-grabber: refuse: the name contains"
                          + " 'grabber', a word used by malicious packages");
              assertThat(lines.get(2))
                  .startsWith("0requests: refuse:")
                  .endsWith(
                      "known malicious package: MAL-2026-15859: Malicious code in 0requests"
                          + " (PyPI)");
            });
  }
}
