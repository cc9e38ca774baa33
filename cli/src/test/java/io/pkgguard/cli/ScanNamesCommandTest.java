package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanNamesCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path list(String content) throws IOException {
    Path file = dir.resolve("names.txt");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static List<JsonNode> lines(CliRun run) {
    return run.out()
        .lines()
        .map(
            line -> {
              try {
                return JSON.readTree(line);
              } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
              }
            })
        .toList();
  }

  @Test
  void printsOneJsonLinePerFlaggedNameInInputOrderAndASummary() throws IOException {
    CliRun run =
        CliRun.of(
            "scan-names",
            list("requests\nreqeusts\nnumpy-utils\nflask\n" + "discord-token-grabber\n")
                .toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(3);
    List<JsonNode> flagged = lines(run);
    assertThat(flagged)
        .extracting(n -> n.get("name").asText())
        .containsExactly("reqeusts", "numpy-utils", "discord-token-grabber");
    JsonNode first = flagged.get(0);
    assertThat(first.get("level").asText()).isEqualTo("CRITICAL");
    assertThat(first.get("rule").asText()).isEqualTo("typosquat");
    assertThat(first.get("target").asText()).isEqualTo("requests");
    assertThat(first.get("transformation").asText()).isEqualTo("adjacent letters swapped");
    assertThat(flagged.get(1).get("level").asText()).isEqualTo("MEDIUM");
    assertThat(flagged.get(2).get("rule").asText()).isEqualTo("name-keywords");
    assertThat(flagged.get(2).get("target").isNull()).isTrue();
    assertThat(run.err()).contains("5 names screened", "3 flagged", "2 critical", "1 medium");
  }

  @Test
  void readsStandardInputForADash() {
    InputStream saved = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream("colourama\r\nrequests\r\n".getBytes(StandardCharsets.UTF_8)));
      CliRun run = CliRun.of("scan-names", "-");
      assertThat(run.exit()).isEqualTo(3);
      assertThat(lines(run))
          .singleElement()
          .satisfies(n -> assertThat(n.get("target").asText()).isEqualTo("colorama"));
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void aCleanListExitsZero() throws IOException {
    CliRun run = CliRun.of("scan-names", list("requests\nnumpy\nsix\n").toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("3 names screened", "0 flagged");
  }

  @Test
  void everyKindOfBrokenNameGetsANameFormatFindingAndNothingLeaksRaw() throws IOException {
    String names =
        String.join(
                "\n",
                "",
                "a".repeat(10_000),
                "nul\u0000byte",
                "req\u200Buests",
                "\u202Erequests",
                "pаndas-日本",
                "---",
                "...",
                "\u001b[31mred")
            + "\n";
    CliRun run = CliRun.of("scan-names", list(names).toString());

    assertThat(run.isClean()).as(run.out()).isTrue();
    List<JsonNode> flagged = lines(run);
    assertThat(flagged)
        .hasSize(9)
        .allSatisfy(
            n -> {
              assertThat(n.get("rule").asText()).isEqualTo("name-format");
              assertThat(n.get("level").asText()).isEqualTo("CRITICAL");
            });
    assertThat(flagged.get(1).get("name").asText()).endsWith("(10000 characters)");
    assertThat(run.out()).doesNotContain("\u202E", "\u200B", "\u001b");
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAsInvalidNames() throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n', 'o', 'k', '\n'});
    CliRun run = CliRun.of("scan-names", file.toString());
    assertThat(lines(run))
        .singleElement()
        .satisfies(n -> assertThat(n.get("rule").asText()).isEqualTo("name-format"));
  }

  @Test
  void aMissingFileOrADirectoryIsAUsageError() {
    CliRun missing = CliRun.of("scan-names", dir.resolve("nope.txt").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file", "'-' to read standard input");
    CliRun directory = CliRun.of("scan-names", dir.toString());
    assertThat(directory.exit()).isEqualTo(2);
    assertThat(directory.err()).contains("is a directory");
  }

  @Test
  void aDeviceIsAUsageErrorNotAnEndlessRead() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.exists(java.nio.file.Path.of("/dev/zero")));
    CliRun run =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20), () -> CliRun.of("scan-names", "/dev/zero"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("is not a regular file");
  }

  @Test
  void anEcosystemWithoutSupportIsAUsageError() throws IOException {
    CliRun run = CliRun.of("scan-names", "--ecosystem", "npm", list("x\n").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no npm ecosystem is installed", "installed: conda, pypi");
    assertThat(run.isClean()).isTrue();
  }

  @Test
  void condaNamesAreScreenedByCondaRules() throws IOException {
    CliRun run =
        CliRun.of("scan-names", "--ecosystem", "conda", list("numpy\n.hidden\n").toString());
    assertThat(run.out().lines())
        .singleElement()
        .satisfies(line -> assertThat(line).contains("\".hidden\"", "name-format"));
  }
}
