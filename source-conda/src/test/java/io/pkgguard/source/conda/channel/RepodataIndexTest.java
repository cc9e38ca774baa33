package io.pkgguard.source.conda.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.SourceException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading repodata as a stream, and refusing hostile files with the file and the place. */
class RepodataIndexTest {

  @TempDir Path dir;

  private RepodataIndex index(String json) throws Exception {
    Path file = dir.resolve("repodata.json");
    Files.writeString(file, json);
    return RepodataIndex.build(file, "https://example.org/c/noarch/repodata.json");
  }

  @Test
  void recordsAreFoundByNameInBothTablesAndReadBackWhole() throws Exception {
    RepodataIndex index =
        index(
            """
            {"info": {"subdir": "linux-64"},
             "packages": {"zlib-1.2.13-h0_5.tar.bz2": {"name": "zlib", "version": "1.2.13",
                "build": "h0_5", "build_number": 5, "depends": ["libgcc-ng >=12"],
                "sha256": "AB12", "timestamp": 1700000000000, "size": 10}},
             "packages.conda": {"zlib-1.3.1-h0_0.conda": {"name": "zlib", "version": "1.3.1",
                "build": "h0_0", "track_features": "debug", "noarch": false}},
             "removed": [], "repodata_version": 1}
            """);
    assertThat(index.subdir()).contains("linux-64");
    assertThat(index.recordCount()).isEqualTo(2);
    List<RepodataRecord> zlib = index.records("ZLIB");
    assertThat(zlib)
        .extracting(RepodataRecord::filename)
        .containsExactly("zlib-1.2.13-h0_5.tar.bz2", "zlib-1.3.1-h0_0.conda");
    RepodataRecord old = zlib.get(0);
    assertThat(old.buildNumber()).isEqualTo(5);
    assertThat(old.depends()).containsExactly("libgcc-ng >=12");
    assertThat(old.sha256()).contains("ab12");
    assertThat(old.subdir()).isEqualTo("linux-64");
    assertThat(old.timestamp())
        .hasValueSatisfying(t -> assertThat(t.getEpochSecond()).isEqualTo(1700000000L));
    assertThat(zlib.get(1).trackFeatures()).isEqualTo("debug");
    assertThat(zlib.get(1).noarch()).isEmpty();
    assertThat(index.records("numpy")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an empty file | '' | the file is empty",
        "a truncated file | '{\"packages\": {\"a-1-0.conda\": {\"name\": \"a\"' | invalid or truncated JSON",
        "an array | '[]' | the document is an array, not an object",
        "packages as a list | '{\"packages\": []}' | 'packages' is an array, not an object",
        "a record as a string | '{\"packages\": {\"a-1-0.conda\": \"a\"}}' | a-1-0.conda is a string",
        "a numeric name | '{\"packages\": {\"a-1-0.conda\": {\"name\": 1}}}' | 'name' is not a non-empty string",
        "no name | '{\"packages\": {\"a-1-0.conda\": {\"version\": \"1\"}}}' | a-1-0.conda has no 'name'",
        "a duplicate top-level key | '{\"packages\": {}, \"packages\": {}}' | the key 'packages' appears twice",
        "a duplicate record key | '{\"packages\": {\"a-1-0.conda\": {\"name\": \"a\", \"name\": \"b\"}}}' | the key 'name' appears twice",
        "a file listed twice | '{\"packages\": {\"a-1-0.conda\": {\"name\": \"a\"}}, \"packages.conda\": {\"a-1-0.conda\": {\"name\": \"a\"}}}' | a package file name appears twice",
        "trailing content | '{\"packages\": {}} {}' | unexpected content after the document",
      })
  void hostileOrBrokenRepodataIsRefusedSayingWhatAndWhere(
      String what, String json, String message) {
    assertThatThrownBy(() -> index(json))
        .isInstanceOf(SourceException.class)
        .satisfies(
            e ->
                assertThat(((SourceException) e).reason())
                    .isEqualTo(SourceException.Reason.MALFORMED))
        .hasMessageStartingWith("https://example.org/c/noarch/repodata.json: ")
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "depends as a string | '\"depends\": \"python\"' | 'depends' is not a list",
        "build number as text | '\"build_number\": \"1\"' | 'build_number' is not a whole number",
        "a negative size | '\"size\": -1' | 'size' is not a whole number",
        "a numeric version | '\"version\": 1' | 'version' is not a string",
      })
  void aRecordOfTheWrongShapeIsRefusedWhenRead(String what, String field, String message)
      throws Exception {
    String version = field.contains("\"version\"") ? "" : "\"version\": \"1\", ";
    RepodataIndex index =
        index(
            "{\"packages\": {\"a-1-0.conda\": {\"name\": \"a\", \"build\": \"0\", "
                + version
                + field
                + "}}}");
    assertThatThrownBy(() -> index.records("a"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("a-1-0.conda")
        .hasMessageContaining(message);
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "[".repeat(100) + "]".repeat(100);
    assertThatThrownBy(
            () ->
                index("{\"packages\": {\"a-1-0.conda\": {\"name\": \"a\", \"x\": " + deep + "}}}"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void aMillionRecordsAreIndexedAndOneNameIsReadBack() throws IOException, SourceException {
    Path file = dir.resolve("big.json");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"info\": {\"subdir\": \"linux-64\"}, \"packages.conda\": {");
      for (int i = 0; i < 1_000_000; i++) {
        out.write(i == 0 ? "" : ",");
        out.write(
            "\"p"
                + (i % 20_000)
                + "-"
                + i
                + "-0.conda\":{\"name\":\"p"
                + (i % 20_000)
                + "\",\"version\":\""
                + i
                + "\",\"build\":\"0\"}");
      }
      out.write("}}");
    }
    RepodataIndex index = RepodataIndex.build(file, "big");
    assertThat(index.recordCount()).isEqualTo(1_000_000);
    assertThat(index.nameCount()).isEqualTo(20_000);
    assertThat(index.records("p7"))
        .hasSize(50)
        .allSatisfy(r -> assertThat(r.name()).isEqualTo("p7"));
  }
}
