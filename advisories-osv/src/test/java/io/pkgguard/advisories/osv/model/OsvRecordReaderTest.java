package io.pkgguard.advisories.osv.model;

import static io.pkgguard.advisories.osv.OsvFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.Advisory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OsvRecordReaderTest {

  private final OsvRecordReader reader = new OsvRecordReader();

  private OsvRecord read(String text, String origin) throws OsvFormatException {
    return reader.read(text.getBytes(StandardCharsets.UTF_8), origin);
  }

  @Nested
  class RealRecords {

    @Test
    void readsAnOsvApiAnswer() throws Exception {
      OsvRecord r = reader.read(bytes("api/vulns-GHSA-9hjg-9r4m-mvj7.json"), "GHSA.json");
      assertThat(r.id()).isEqualTo("GHSA-9hjg-9r4m-mvj7");
      assertThat(r.aliases()).contains("CVE-2024-47081");
      assertThat(r.databaseSeverity()).contains("MODERATE");
      assertThat(r.severities()).extracting(Advisory.Severity::type).contains("CVSS_V3");
      assertThat(r.affected())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.ecosystem()).isEqualTo("PyPI");
                assertThat(a.name()).isEqualTo("requests");
                assertThat(a.ranges())
                    .singleElement()
                    .satisfies(
                        range -> {
                          assertThat(range.type()).isEqualTo("ECOSYSTEM");
                          assertThat(range.events())
                              .containsExactly(
                                  new OsvEvent(OsvEvent.Kind.INTRODUCED, "0"),
                                  new OsvEvent(OsvEvent.Kind.FIXED, "2.32.4"));
                        });
                assertThat(a.versions()).contains("2.32.3").doesNotContain("2.32.4");
              });
      assertThat(r.references()).isNotEmpty();
      assertThat(r.withdrawn()).isEmpty();
      assertThat(r.isMalicious()).isFalse();
    }

    @Test
    void readsTheYamlOfThePypaAdvisoryDatabase() throws Exception {
      OsvRecord r = reader.read(bytes("records/PYSEC-2022-42969.yaml"), "PYSEC-2022-42969.yaml");
      assertThat(r.id()).isEqualTo("PYSEC-2022-42969");
      assertThat(r.affected().get(0).ranges().get(0).events())
          .containsExactly(
              new OsvEvent(OsvEvent.Kind.INTRODUCED, "0"),
              new OsvEvent(OsvEvent.Kind.LAST_AFFECTED, "1.11.0"));
      assertThat(r.modified()).isPresent();
    }

    @Test
    void readsAMaliciousPackageRecord() throws Exception {
      OsvRecord r = reader.read(bytes("records/MAL-2026-15859-pypi-0requests.json"), "MAL.json");
      assertThat(r.isMalicious()).isTrue();
      assertThat(r.affected())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.name()).isEqualTo("0requests");
                assertThat(a.versions()).containsExactly("0.0.1");
              });
    }
  }

  @Nested
  class Timestamps {

    @Test
    void acceptsTheFormsRecordsUse() {
      assertThat(OsvRecordReader.timestamp("2024-09-20T15:46:52.557962Z"))
          .contains(Instant.parse("2024-09-20T15:46:52.557962Z"));
      assertThat(OsvRecordReader.timestamp("2024-09-20T17:46:52+02:00"))
          .contains(Instant.parse("2024-09-20T15:46:52Z"));
      assertThat(OsvRecordReader.timestamp("2024-09-20T15:46:52"))
          .contains(Instant.parse("2024-09-20T15:46:52Z"));
      assertThat(OsvRecordReader.timestamp("2024-09-20"))
          .contains(Instant.parse("2024-09-20T00:00:00Z"));
      assertThat(OsvRecordReader.timestamp("last Tuesday")).isEmpty();
    }

    @Test
    void aGarbageWithdrawnDateIsAnErrorNotAnActiveAdvisory() {
      assertThatThrownBy(() -> read("{\"id\":\"PYSEC-1\",\"withdrawn\":\"soon\"}", "x.json"))
          .hasMessage("x.json (PYSEC-1): withdrawn: 'soon' is not an RFC 3339 time");
    }
  }

  @Nested
  class BadInput {

    @Test
    void emptyTruncatedAndNonObjectDocuments() {
      assertThatThrownBy(() -> read("", "a.json")).hasMessage("a.json: empty");
      assertThatThrownBy(() -> read("{\"id\": \"PYSEC-1\", \"affected\": [", "a.json"))
          .hasMessageStartingWith("a.json: not valid JSON: Unexpected end-of-input");
      assertThatThrownBy(() -> read("[1, 2]", "a.json"))
          .hasMessage("a.json: an object expected, found array");
      assertThatThrownBy(() -> read("id: [unclosed", "a.yaml"))
          .hasMessageStartingWith("a.yaml: not valid YAML");
    }

    @Test
    void missingAndMistypedFieldsNameTheField() {
      assertThatThrownBy(() -> read("{\"summary\": \"x\"}", "a.json"))
          .hasMessage("a.json: id: missing");
      assertThatThrownBy(
              () -> read("{\"id\": \"X-1\", \"affected\": [{\"ranges\": []}]}", "a.json"))
          .hasMessage("a.json (X-1): affected[0].package: missing");
      assertThatThrownBy(
              () ->
                  read(
                      "{\"id\": \"X-1\", \"affected\": [{\"package\": {\"ecosystem\":"
                          + " \"PyPI\", \"name\": \"a\"}, \"ranges\": [{\"type\": \"ECOSYSTEM\", \"events\":"
                          + " [{\"introduced\": \"0\", \"fixed\": \"1.0\"}]}]}]}",
                      "a.json"))
          .hasMessageContaining(
              "affected[0].ranges[0].events[0]: an event is an object with" + " exactly one of");
      assertThatThrownBy(
              () ->
                  read(
                      "{\"id\": \"X-1\", \"affected\": [{\"package\": {\"ecosystem\":"
                          + " \"PyPI\", \"name\": \"a\"}, \"ranges\": [{\"type\": \"ECOSYSTEM\", \"events\":"
                          + " [{\"patched\": \"1.0\"}]}]}]}",
                      "a.json"))
          .hasMessageEndingWith("affected[0].ranges[0].events[0]: unknown event 'patched'");
      assertThatThrownBy(
              () ->
                  read(
                      "{\"id\": \"X-1\", \"affected\": [{\"package\": {\"ecosystem\":"
                          + " \"PyPI\", \"name\": \"a\"}, \"versions\": [{\"v\": 1}]}]}",
                      "a.json"))
          .hasMessageEndingWith("affected[0].versions: strings expected, found object");
    }

    @Test
    void idsMustBePlainAdvisoryIds() {
      // a Cyrillic 'С' in place of the Latin 'C': not an id anybody publishes
      assertThatThrownBy(() -> read("{\"id\": \"\u0421VE-2024-1\"}", "a.json"))
          .hasMessageContaining("is not an advisory id");
      assertThatThrownBy(() -> read("{\"id\": \"" + "A".repeat(300) + "\"}", "a.json"))
          .hasMessageContaining("is not an advisory id");
    }

    @Test
    void hugeAndDeepDocumentsAreRefused() {
      byte[] huge =
          ("{\"id\": \"X-1\", \"details\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> reader.read(huge, "big.json"))
          .hasMessageStartingWith(
              "big.json: " + huge.length + " bytes, more than the 4194304" + "-byte limit");
      String deep = "{\"id\": \"X-1\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
      assertThatThrownBy(() -> read(deep, "deep.json"))
          .hasMessageContaining("deep.json: not valid JSON")
          .hasMessageContaining("depth");
    }

    @Test
    void yamlAliasesAreNeverExpanded() throws Exception {
      StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
      for (int i = 1; i < 30; i++) {
        bomb.append("a")
            .append(i)
            .append(": &a")
            .append(i)
            .append(" [")
            .append(("*a" + (i - 1) + ", ").repeat(9))
            .append("*a")
            .append(i - 1)
            .append("]\n");
      }
      bomb.append("id: X-1\n");
      // 10^30 strings if expanded; the reader sees each alias once
      assertThat(read(bomb.toString(), "bomb.yaml").id()).isEqualTo("X-1");
    }

    @Test
    void unknownRangeTypesAndSeverityTypesAreKept() throws Exception {
      OsvRecord r =
          read(
              "{\"id\": \"X-1\", \"severity\": [{\"type\": \"Ubuntu\", \"score\":"
                  + " \"medium\"}], \"affected\": [{\"package\": {\"ecosystem\": \"PyPI\", \"name\":"
                  + " \"a\"}, \"ranges\": [{\"type\": \"CALVER\", \"events\": [{\"introduced\":"
                  + " \"2024.1\"}]}]}]}",
              "a.json");
      assertThat(r.affected().get(0).ranges().get(0).type()).isEqualTo("CALVER");
      assertThat(r.severities()).containsExactly(new Advisory.Severity("Ubuntu", "medium"));
    }
  }
}
