package io.pkgguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * The SBOM as SBOM pipelines read it: valid against the official CycloneDX 1.6 schema, every
 * package a component with purl and hashes, the graph as judged, advisories in the VEX section.
 */
class CycloneDxReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode valid(String bom) throws Exception {
    List<ParseException> problems =
        new JsonParser().validate(bom.getBytes(StandardCharsets.UTF_8), Version.VERSION_16);
    assertThat(problems).as("CycloneDX 1.6 schema violations").isEmpty();
    return JSON.readTree(bom);
  }

  @Test
  void everyPackageIsAComponentWithPurlHashesAndLicence() throws Exception {
    JsonNode bom = valid(CycloneDxReport.write(SampleReports.environment()));

    assertThat(bom.path("specVersion").asText()).isEqualTo("1.6");
    assertThat(bom.path("components").findValuesAsText("purl"))
        .containsExactly(
            "pkg:pypi/requests@2.32.3",
            "pkg:pypi/urllib3@2.2.1",
            "pkg:pypi/reqeusts@1.0",
            "pkg:pypi/six@1.16.0");
    JsonNode requests = bom.path("components").get(0);
    assertThat(requests.path("hashes").get(0).path("alg").asText()).isEqualTo("SHA-256");
    assertThat(requests.path("licenses").get(0).path("expression").asText())
        .isEqualTo("Apache-2.0");
    assertThat(requests.path("externalReferences").get(0).path("type").asText())
        .isEqualTo("distribution");
  }

  @Test
  void verdictsAndFindingsAreProperties() throws Exception {
    JsonNode bom = valid(CycloneDxReport.write(SampleReports.environment()));
    JsonNode reqeusts = bom.path("components").get(2);

    assertThat(property(reqeusts, "pkgguard:decision")).isEqualTo("REJECT");
    assertThat(property(reqeusts, "pkgguard:finding")).startsWith("CRITICAL typosquat: 'reqeusts'");
    assertThat(
            property(
                bom.path("metadata").path("component"), "pkgguard:verdict:app/requirements.txt"))
        .isEqualTo("REJECT");
  }

  @Test
  void theDependencyGraphIsTheOneJudged() throws Exception {
    JsonNode bom = valid(CycloneDxReport.write(SampleReports.environment()));
    JsonNode graph = bom.path("dependencies");

    assertThat(graph.get(0).path("dependsOn").toString())
        .isEqualTo(
            "[\"pkg:pypi/requests@2.32.3\",\"pkg:pypi/reqeusts@1.0\",\"pkg:pypi/six@1.16.0\"]");
    assertThat(graph.get(1).path("ref").asText()).isEqualTo("pkg:pypi/requests@2.32.3");
    assertThat(graph.get(1).path("dependsOn").toString()).isEqualTo("[\"pkg:pypi/urllib3@2.2.1\"]");
  }

  @Test
  void advisoriesAreInTheVexSectionWithTheirAnalysis() throws Exception {
    JsonNode bom = valid(CycloneDxReport.write(SampleReports.environment()));
    JsonNode vulnerability = bom.path("vulnerabilities").get(0);

    assertThat(vulnerability.path("id").asText()).isEqualTo("GHSA-34jh-p97f-mpxf");
    assertThat(vulnerability.path("source").path("url").asText())
        .isEqualTo("https://osv.dev/vulnerability/GHSA-34jh-p97f-mpxf");
    assertThat(vulnerability.path("ratings").get(0).path("severity").asText()).isEqualTo("high");
    assertThat(vulnerability.path("analysis").path("state").asText()).isEqualTo("exploitable");
    assertThat(vulnerability.path("analysis").path("response").toString())
        .isEqualTo("[\"update\"]");
    assertThat(vulnerability.path("affects").get(0).path("ref").asText())
        .isEqualTo("pkg:pypi/urllib3@2.2.1");
  }

  @Test
  void anEmptyRunIsStillAValidBom() throws Exception {
    valid(CycloneDxReport.write(new Report(List.of(), List.of(), "0.1.0", SampleReports.NOW)));
  }

  private static String property(JsonNode component, String name) {
    for (JsonNode p : component.path("properties")) {
      if (p.path("name").asText().equals(name)) {
        return p.path("value").asText();
      }
    }
    throw new AssertionError("no property " + name);
  }
}
