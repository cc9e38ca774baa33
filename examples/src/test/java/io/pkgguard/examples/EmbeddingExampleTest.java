package io.pkgguard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example against the demo index this module builds (target/demo-index). */
class EmbeddingExampleTest {

  private static final Path DEMO_INDEX = Path.of("target/demo-index");

  @Test
  void showsEveryDecisionOnTheDemoIndex() {
    String report = EmbeddingExample.describe(DEMO_INDEX.toAbsolutePath().toUri(), List.of(
        "sampleproject", "quickhelpers", "reqeusts", "winsetup-tools", "discord-token-grabber",
        "luigi"));
    List<String> lines = report.lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(2)).startsWith("reqeusts: refuse: 'reqeusts' looks like 'requests'"
        + " (rank 6): the letters 'ue' swapped; the project is brand new: first release ");
    assertThat(lines).element(2).asString().doesNotContain("days ago");
    assertThat(lines.stream().filter(l -> !l.startsWith("reqeusts"))).containsExactly(
        "sampleproject: install 4.0.0 (exactly these files: sampleproject-4.0.0-py3-none-any.whl"
            + " sha256:c23e447ea90d796d1e645c35c4b2de125040add12a845825546f91c93f391b6b,"
            + " sampleproject-4.0.0.tar.gz"
            + " sha256:0ace7980f82c5815ede4cd7bf9f6693684cec2ae47b9b7ade9add533b8627c6b)",
        "quickhelpers: ask the user to approve: no author or maintainer is given; no licence is"
            + " given; no project URLs (home page, source code) are given",
        "winsetup-tools: ask an administrator to approve: the release ships"
            + " winsetup_tools-1.2.0.win32.exe, an .exe file rather than a wheel or source archive",
        "discord-token-grabber: refuse: the name contains 'grabber', a word used by malicious"
            + " packages",
        "luigi: ask the user to approve: only a source distribution is available: installing it"
            + " runs the project's build code");
  }
}
