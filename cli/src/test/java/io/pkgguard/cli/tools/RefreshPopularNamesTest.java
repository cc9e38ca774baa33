package io.pkgguard.cli.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RefreshPopularNamesTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path dir;

  /** A dataset with the published document's fields, {@code count} rows (built, not recorded). */
  static String dataset(int count) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < count; i++) {
      rows.append(i == 0 ? "" : ",")
          .append("{\"download_count\":")
          .append(1_000_000 - i)
          .append(",\"project\":\"")
          .append(i == 1 ? "Typing_Extensions" : "project-" + i)
          .append("\"}");
    }
    return "{\"last_update\":\"2026-11-01 06:41:05\",\"source\":\"ClickHouse\",\"meta\":[],"
        + "\"rows\":["
        + rows
        + "]}";
  }

  private static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsThePublishedDocumentShape() throws IOException {
    try (InputStream in =
        getClass().getResourceAsStream("/fixtures/top-pypi-packages-excerpt.json")) {
      assertThatThrownBy(() -> PopularNamesDataset.toCorpus(in, "excerpt"))
          .hasMessage("excerpt lists only 6 projects; refusing to replace the corpus with so few");
    }
  }

  @Test
  void writesRanksInDownloadOrderWithNormalisedNamesAndItsSource() throws IOException {
    String corpus =
        PopularNamesDataset.toCorpus(text(dataset(150)), "https://example.test/top.json");

    assertThat(corpus)
        .startsWith("# The most downloaded PyPI projects")
        .contains("# Source: https://example.test/top.json (last_update 2026-11-01 06:41:05).")
        .contains("1\tproject-0\n2\ttyping-extensions\n3\tproject-2\n");
    assertThat(PopularNamesDataset.names(corpus)).hasSize(150);
  }

  @Test
  void refusesDocumentsThatAreNotTheDataset() {
    assertThatThrownBy(() -> PopularNamesDataset.toCorpus(text("<html>"), "x"))
        .hasMessageContaining("x is not JSON");
    assertThatThrownBy(() -> PopularNamesDataset.toCorpus(text("{\"rows\": 3}"), "x"))
        .hasMessageContaining("has no \"rows\" array");
    assertThatThrownBy(() -> PopularNamesDataset.toCorpus(text(""), "x"))
        .hasMessageContaining("has no \"rows\" array");
    assertThatThrownBy(
            () ->
                PopularNamesDataset.toCorpus(
                    text(dataset(150).replace("project-7", "../../etc/passwd")), "x"))
        .hasMessageContaining("rows[7].project is not a project name");
    assertThatThrownBy(
            () ->
                PopularNamesDataset.toCorpus(
                    text(dataset(150).replace("\"project-9\"", "42")), "x"))
        .hasMessageContaining("rows[9].project is not a project name");
    assertThatThrownBy(() -> PopularNamesDataset.toCorpus(text("[".repeat(100)), "x"))
        .hasMessageContaining("x is not JSON");
  }

  private int run(String... args) {
    CommandLine command = new CommandLine(new RefreshPopularNames());
    command.setErr(new PrintWriter(new StringWriter(), true));
    command.setOut(new PrintWriter(new StringWriter(), true));
    return command.execute(args);
  }

  @Test
  void downloadsAndReplacesTheFileOnlyWhenEverythingWorked() throws IOException {
    Path out = dir.resolve("popular.tsv");
    Files.writeString(out, "old\n");
    server.stubFor(get("/top.json").willReturn(aResponse().withBody(dataset(120))));
    server.stubFor(
        get("/broken.json").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(get("/missing.json").willReturn(aResponse().withStatus(404)));

    assertThat(run("--url", server.baseUrl() + "/broken.json", "--out", out.toString()))
        .isEqualTo(1);
    assertThat(run("--url", server.baseUrl() + "/missing.json", "--out", out.toString()))
        .isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo("old\n");

    assertThat(run("--url", server.baseUrl() + "/top.json", "--out", out.toString())).isZero();
    assertThat(PopularNamesDataset.names(Files.readString(out))).hasSize(120);
    assertThat(Files.list(dir)).containsExactly(out);
  }

  @Test
  void readsADownloadedCopyOffline() throws IOException {
    Path copy = dir.resolve("top.json");
    Files.writeString(copy, dataset(101));
    Path out = dir.resolve("popular.tsv");
    assertThat(run("--from", copy.toString(), "--out", out.toString())).isZero();
    assertThat(Files.readString(out)).contains("101\tproject-100");
  }
}
