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
    String report =
        EmbeddingExample.describe(
            DEMO_INDEX.toAbsolutePath().toUri(),
            Path.of("target/demo-advisories.zip").toAbsolutePath().toUri(),
            List.of(
                "tidyconf",
                "sampleproject",
                "quickhelpers",
                "reqeusts",
                "winsetup-tools",
                "discord-token-grabber",
                "luigi",
                "0requests"));
    List<String> lines = report.lines().toList();
    assertThat(lines).hasSize(8);
    assertThat(lines.get(0))
        .startsWith(
            "tidyconf: install 1.4.0 (exactly these files:"
                + " tidyconf-1.4.0-py3-none-any.whl"
                + " sha256:6ca621a7584b6c6d7b2c780a6d9641d6e6bff6bc95e672fedbd08043461b1183)");
    assertThat(lines.get(1))
        .startsWith(
            "sampleproject: ask the user to approve: depends on"
                + " peppercorn 0.6 (sampleproject \u2192 peppercorn), which is REVIEW")
        .contains(
            "the e-mail address author@example.com is at a disposable or placeholder" + " domain")
        .contains("unmaintained: no release since 2024-11-06");
    assertThat(lines.get(2))
        .isEqualTo(
            "quickhelpers: ask an administrator to approve: 3"
                + " metadata gaps together: the marks of a throw-away package");
    assertThat(lines.get(3))
        .startsWith(
            "reqeusts: refuse: depends on certifi (reqeusts \u2192"
                + " certifi), which is REJECT: the package does not exist")
        .contains("'reqeusts' looks like 'requests' (rank 6): the letters 'ue' swapped");
    assertThat(lines.get(4))
        .isEqualTo(
            "winsetup-tools: ask an administrator to approve: the"
                + " release ships winsetup_tools-1.2.0.win32.exe, an .exe file rather than a wheel or"
                + " source archive");
    assertThat(lines.get(5))
        .isEqualTo(
            "discord-token-grabber: refuse: the name contains"
                + " 'grabber', a word used by malicious packages");
    // luigi's recorded documents end with 3.6.0 of 2024-12-06: from 2026-12-06 on, "unmaintained"
    // joins the reasons (as it joined sampleproject's a month earlier), so only the first is fixed.
    assertThat(lines.get(6))
        .startsWith(
            "luigi: ask the user to approve: only a source"
                + " distribution is available: installing luigi-3.6.0.tar.gz runs setup.py (no"
                + " pyproject.toml)");
    assertThat(lines.get(7))
        .startsWith("0requests: refuse: depends on requests")
        .endsWith("known malicious package: MAL-2026-15859: Malicious code in 0requests (PyPI)");
  }
}
