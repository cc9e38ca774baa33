package io.pkgguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SARIF as code scanning reads it: valid against the official SARIF 2.1.0 schema, with the
 * fields GitHub documents as required, results pointing at the line that asked for the package.
 */
class SarifReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Validates against the official schema (draft-04), as every test here does. */
  static JsonNode valid(String sarif) throws Exception {
    JsonSchema schema;
    try (InputStream in =
        SarifReportTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode log = JSON.readTree(sarif);
    Set<ValidationMessage> problems = schema.validate(log);
    assertThat(problems).as("SARIF 2.1.0 schema violations").isEmpty();
    return log;
  }

  @Test
  void anEnvironmentIsAValidLogWithAResultPerFindingAboveNone() throws Exception {
    JsonNode log = valid(SarifReport.write(SampleReports.environment()));

    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    JsonNode run = log.path("runs").get(0);
    assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("pkgguard");
    JsonNode results = run.path("results");
    // extra index (environment rule), typosquat, advisory; licences are NONE, the core's
    // per-package summary is left to the package's own findings.
    assertThat(results).hasSize(3);
    assertThat(results.findValuesAsText("ruleId"))
        .containsExactlyInAnyOrder("environment", "typosquat", "vulnerabilities");
  }

  @Test
  void aDependencysFindingPointsAtTheLineThatPulledItIn() throws Exception {
    JsonNode results =
        valid(SarifReport.write(SampleReports.environment())).path("runs").get(0).path("results");
    JsonNode advisory = result(results, "vulnerabilities");

    JsonNode location = advisory.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText())
        .isEqualTo("app/requirements.txt");
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(2);
    assertThat(advisory.path("message").path("text").asText())
        .startsWith("requests 2.32.3 \u2192 urllib3 2.2.1: GHSA-34jh-p97f-mpxf");
    assertThat(advisory.path("properties").path("dependencyPath").toString())
        .isEqualTo("[\"pypi:requests@2.32.3\",\"pypi:urllib3@2.2.1\"]");
    assertThat(advisory.path("properties").path("decision").asText()).isEqualTo("SPECIAL_APPROVAL");
    assertThat(advisory.path("level").asText()).isEqualTo("error");

    JsonNode typo = result(results, "typosquat");
    assertThat(
            typo.path("locations")
                .get(0)
                .path("physicalLocation")
                .path("region")
                .path("startLine")
                .asInt())
        .isEqualTo(3);
    JsonNode extraIndex = result(results, "environment");
    assertThat(
            extraIndex
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("region")
                .path("startLine")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void rulesCarryTheirHelpDefaultLevelAndSecuritySeverity() throws Exception {
    JsonNode run = valid(SarifReport.write(SampleReports.environment())).path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");

    JsonNode typosquat = rules.get(0);
    assertThat(typosquat.path("id").asText()).isEqualTo("typosquat");
    assertThat(typosquat.path("help").path("text").asText()).contains("typing slip");
    assertThat(typosquat.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
    assertThat(typosquat.path("properties").path("security-severity").asText()).isEqualTo("9.5");
    // Every result's ruleIndex names its rule, including ids no descriptor has (the core's).
    for (JsonNode result : run.path("results")) {
      assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText())
          .isEqualTo(result.path("ruleId").asText());
    }
  }

  @Test
  void everyResultHasWhatGithubCodeScanningRequires() throws Exception {
    JsonNode run = valid(SarifReport.write(SampleReports.environment())).path("runs").get(0);
    for (JsonNode result : run.path("results")) {
      // GitHub's documented requirements: message.text, ruleId, a location with a relative
      // artifact URI and region.startLine; partialFingerprints keep alerts stable across runs.
      assertThat(result.path("message").path("text").asText()).isNotBlank();
      assertThat(result.path("ruleId").asText()).isNotBlank();
      JsonNode physical = result.path("locations").get(0).path("physicalLocation");
      assertThat(physical.path("artifactLocation").path("uri").asText()).doesNotContain("://");
      assertThat(physical.path("region").path("startLine").asInt()).isPositive();
      assertThat(result.path("partialFingerprints").size()).isEqualTo(1);
    }
    assertThat(run.path("properties").path("verdicts").get(0).path("decision").asText())
        .isEqualTo("REJECT");
  }

  @Test
  void aPackageNamedOnTheCommandLineHasALogicalLocationOnly() throws Exception {
    Finding typo =
        Finding.of("typosquat", RiskLevel.CRITICAL, RiskCategory.NAME, "close to 'requests'");
    Report report =
        new Report(
            List.of(
                Report.Subject.ofPackage(
                    SampleReports.pkg(
                        "reqeusts", "1.0", Decision.REJECT, List.of(typo), List.of()))),
            List.of(),
            "0.1.0",
            SampleReports.NOW);

    JsonNode result = valid(SarifReport.write(report)).path("runs").get(0).path("results").get(0);

    JsonNode location = result.path("locations").get(0);
    assertThat(location.has("physicalLocation")).isFalse();
    assertThat(location.path("logicalLocations").get(0).path("name").asText())
        .isEqualTo("reqeusts");
  }

  @Test
  void hostileTextStaysDataAndPathsBecomeUriReferences() throws Exception {
    Finding bidi =
        Finding.of(
            "typosquat",
            RiskLevel.HIGH,
            RiskCategory.NAME,
            "\"}]\u202e\u0000 </script> \uff52equests");
    Report report =
        new Report(
            List.of(
                Report.Subject.ofFile(
                    SampleReports.pkg("x", "1", Decision.REJECT, List.of(bidi), List.of()),
                    "dist dir/x #1.whl")),
            List.of(),
            "0.1.0",
            SampleReports.NOW);

    String sarif = SarifReport.write(report);
    JsonNode result = valid(sarif).path("runs").get(0).path("results").get(0);

    assertThat(sarif.chars().allMatch(c -> c < 0x80)).isTrue();
    assertThat(result.path("message").path("text").asText()).contains("\u202e\u0000");
    assertThat(
            result
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("artifactLocation")
                .path("uri")
                .asText())
        .isEqualTo("dist%20dir/x%20%231.whl");
  }

  @Test
  void anOptionThePipConfigurationSetsPointsAtThatFile() throws Exception {
    Finding extra =
        Finding.of(
                "environment",
                RiskLevel.HIGH,
                RiskCategory.SOURCE,
                "/etc/pip.conf:3: --extra-index-url https://corp.example/simple: ...")
            .withEvidence("file", "/etc/pip.conf", "line", "3");
    Report sample = SampleReports.environment();
    Report.Subject subject = sample.subjects().get(0);
    Report report =
        new Report(
            List.of(
                new Report.Subject(
                    io.pkgguard.api.Verdict.builder(subject.verdict().id(), Decision.REJECT)
                        .findings(List.of(extra))
                        .build(),
                    true,
                    subject.file(),
                    subject.description())),
            List.of(),
            "0.1.0",
            SampleReports.NOW);

    JsonNode physical =
        valid(SarifReport.write(report))
            .path("runs")
            .get(0)
            .path("results")
            .get(0)
            .path("locations")
            .get(0)
            .path("physicalLocation");

    assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("/etc/pip.conf");
    assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(3);
  }

  @Test
  void anEmptyRunIsStillAValidLog() throws Exception {
    JsonNode log =
        valid(SarifReport.write(new Report(List.of(), List.of(), "0.1.0", SampleReports.NOW)));
    assertThat(log.path("runs").get(0).path("results")).isEmpty();
  }

  private static JsonNode result(JsonNode results, String rule) {
    for (JsonNode r : results) {
      if (r.path("ruleId").asText().equals(rule)) {
        return r;
      }
    }
    throw new AssertionError("no result of " + rule);
  }
}
