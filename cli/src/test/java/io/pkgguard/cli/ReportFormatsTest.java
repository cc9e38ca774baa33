package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --format sarif|cyclonedx|html} end to end: a project whose requirements pull in a
 * vulnerable dependency, judged from a mirror, written in each format and validated against the
 * format's official schema (SARIF 2.1.0 from the report module's test resources, CycloneDX 1.6 by
 * CycloneDX's own parser).
 */
class ReportFormatsTest {

  private static final Instant OLD = Instant.now().minus(Duration.ofDays(200));
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private DemoMirror mirror;
  private Path requirements;

  @BeforeEach
  void project() throws Exception {
    mirror =
        new DemoMirror(dir.resolve("index"))
            .wellKept("good", "1.0", OLD)
            .wellKept("oldlib", "2.0", OLD)
            .requiring("good", "oldlib==2.0");
    requirements = dir.resolve("requirements.txt");
    Files.writeString(requirements, "# the app\ngood==1.0\n");
  }

  private CliRun check(String format, String... more) {
    Path advisories =
        DemoMirror.advisories(
            dir.resolve("advisories.zip"),
            DemoMirror.vulnerability(
                "PYSEC-2099-1",
                "oldlib",
                "0",
                "2.1",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
    String[] base = {
      "check",
      "--index",
      mirror.root().toString(),
      "--offline",
      "--advisory-db",
      advisories.toString(),
      "--format",
      format
    };
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    CliRun run = CliRun.of(all);
    assertThat(run.err()).isEmpty();
    return run;
  }

  @Test
  void sarifIsValidAndPointsTheDependencysAdvisoryAtTheLineThatPulledItIn() throws Exception {
    CliRun run = check("sarif", "-r", requirements.toString());

    JsonNode log = JSON.readTree(run.out());
    assertThat(sarifSchema().validate(log)).isEmpty();
    JsonNode advisory = null;
    for (JsonNode result : log.path("runs").get(0).path("results")) {
      if (result.path("ruleId").asText().equals("vulnerabilities")) {
        advisory = result;
      }
    }
    assertThat(advisory).isNotNull();
    assertThat(advisory.path("message").path("text").asText())
        .startsWith("good 1.0 \u2192 oldlib 2.0: PYSEC-2099-1");
    JsonNode physical = advisory.path("locations").get(0).path("physicalLocation");
    assertThat(physical.path("artifactLocation").path("uri").asText()).endsWith("requirements.txt");
    assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(2);
    assertThat(run.exit()).isEqualTo(1); // special approval, as in text
  }

  @Test
  void cyclonedxIsAValidSbomWithTheGraphAndTheAdvisory() throws Exception {
    CliRun run = check("cyclonedx", "-r", requirements.toString());

    assertThat(
            new JsonParser()
                .validate(run.out().getBytes(StandardCharsets.UTF_8), Version.VERSION_16))
        .isEmpty();
    JsonNode bom = JSON.readTree(run.out());
    assertThat(bom.path("components").findValuesAsText("purl"))
        .containsExactly("pkg:pypi/good@1.0", "pkg:pypi/oldlib@2.0");
    assertThat(bom.path("vulnerabilities").get(0).path("id").asText()).isEqualTo("PYSEC-2099-1");
    assertThat(bom.path("vulnerabilities").get(0).path("affects").get(0).path("ref").asText())
        .isEqualTo("pkg:pypi/oldlib@2.0");
  }

  @Test
  void htmlIsOnePageWithEveryPackage() {
    CliRun run = check("html", "good==1.0");

    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .contains("good 1.0 <span class=\"badge SPECIAL_APPROVAL\">")
        .contains("pulled in by good 1.0 \u2192 oldlib 2.0");
  }

  @Test
  void aSelectionWithoutAProjectFileIsAUsageError() {
    CliRun run = CliRun.of("check", "--extra", "socks", "requests");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--extra and --group select from a project file given with -r");
  }

  @Test
  void anExtraOfAPyprojectIsJudgedToo() throws Exception {
    Path project = dir.resolve("pyproject.toml");
    Files.writeString(
        project,
        """
        [project]
        name = "app"
        dependencies = []

        [project.optional-dependencies]
        legacy = ["oldlib==2.0"]
        """);
    CliRun without = check("json", "-r", project.toString());
    CliRun with = check("json", "-r", project.toString(), "--extra", "legacy");

    assertThat(JSON.readTree(without.out()).path("verdicts").get(0).path("dependencies")).isEmpty();
    assertThat(
            JSON.readTree(with.out())
                .path("verdicts")
                .get(0)
                .path("dependencies")
                .get(0)
                .path("name")
                .asText())
        .isEqualTo("oldlib");
    CliRun unknown = CliRun.of("check", "--offline", "-r", project.toString(), "--group", "dev");
    assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("pyproject.toml: has no dependency group 'dev'");
  }

  private static JsonSchema sarifSchema() throws Exception {
    Path schema =
        Path.of("..", "report", "src", "test", "resources", "schemas", "sarif-schema-2.1.0.json");
    try (InputStream in = Files.newInputStream(schema)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }
}
