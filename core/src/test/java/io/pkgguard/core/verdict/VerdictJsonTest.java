package io.pkgguard.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pkgguard.api.Artifact;
import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictJsonTest {

  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

  private static Verdict verdict(
      String name,
      Optional<String> version,
      Decision decision,
      RiskLevel risk,
      List<Finding> findings,
      List<Verdict> dependencies,
      boolean complete) {
    return new Verdict(
        PackageId.pypi(name),
        version,
        version.isPresent()
            ? List.of(
                new Artifact(
                    name + "-1.0-py3-none-any.whl",
                    URI.create("https://files.pythonhosted.org/x.whl"),
                    Optional.of("ab".repeat(32))))
            : List.of(),
        decision,
        risk,
        findings,
        dependencies,
        complete,
        List.of("package-age"),
        List.of(),
        decision,
        List.of(),
        "sha256:00",
        T0,
        T0.plusMillis(5));
  }

  @Test
  void writesTheDocumentedShape() throws Exception {
    Finding finding =
        Finding.of("package-age", RiskLevel.HIGH, RiskCategory.AGE, "brand new")
            .withEvidence("age-days", "2")
            .withRemediation("wait");
    Verdict dependency =
        verdict(
            "dep", Optional.of("1.0"), Decision.ALLOW, RiskLevel.NONE, List.of(), List.of(), true);
    Verdict verdict =
        verdict(
            "app",
            Optional.of("1.0"),
            Decision.SPECIAL_APPROVAL,
            RiskLevel.HIGH,
            List.of(finding),
            List.of(dependency),
            true);

    JsonNode root = new ObjectMapper().readTree(VerdictJson.write(List.of(verdict)));

    assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
    JsonNode v = root.get("verdicts").get(0);
    assertThat(v.get("ecosystem").asText()).isEqualTo("pypi");
    assertThat(v.get("name").asText()).isEqualTo("app");
    assertThat(v.get("version").asText()).isEqualTo("1.0");
    assertThat(v.get("decision").asText()).isEqualTo("SPECIAL_APPROVAL");
    assertThat(v.get("risk").asText()).isEqualTo("HIGH");
    assertThat(v.get("complete").booleanValue()).isTrue();
    assertThat(v.get("artifacts").get(0).get("sha256").asText()).isEqualTo("ab".repeat(32));
    JsonNode f = v.get("findings").get(0);
    assertThat(f.get("rule").asText()).isEqualTo("package-age");
    assertThat(f.get("level").asText()).isEqualTo("HIGH");
    assertThat(f.get("category").asText()).isEqualTo("AGE");
    assertThat(f.get("message").asText()).isEqualTo("brand new");
    assertThat(f.get("evidence").get("age-days").asText()).isEqualTo("2");
    assertThat(f.get("remediation").asText()).isEqualTo("wait");
    assertThat(v.get("dependencies").get(0).get("name").asText()).isEqualTo("dep");
    assertThat(v.get("dependencies").get(0).get("dependencies").isArray()).isTrue();
    assertThat(v.get("rulesRun").get(0).asText()).isEqualTo("package-age");
    assertThat(v.get("policyFingerprint").asText()).isEqualTo("sha256:00");
    assertThat(v.get("startedAt").asText()).isEqualTo("2026-11-27T10:00:00Z");
    assertThat(v.get("finishedAt").asText()).isEqualTo("2026-11-27T10:00:00.005Z");
  }

  @Test
  void anUnresolvedVersionIsNullAndAnIncompleteEvaluationSaysSo() throws Exception {
    Verdict verdict =
        verdict(
            "ghost",
            Optional.empty(),
            Decision.REJECT,
            RiskLevel.CRITICAL,
            List.of(),
            List.of(),
            false);
    JsonNode v =
        new ObjectMapper().readTree(VerdictJson.write(List.of(verdict))).get("verdicts").get(0);
    assertThat(v.get("version").isNull()).isTrue();
    assertThat(v.get("complete").booleanValue()).isFalse();
    assertThat(v.get("artifacts").isEmpty()).isTrue();
  }

  @Test
  void untrustedTextIsEscapedSoNoTerminalControlOrBidiCharacterAppearsRaw() throws Exception {
    Finding hostile =
        Finding.of(
            "x",
            RiskLevel.LOW,
            RiskCategory.METADATA,
            "\u001b[31mred\u001b[0m \u202Eevil\u202C p\u0430ypal");
    String json =
        VerdictJson.write(
            List.of(
                verdict(
                    "app",
                    Optional.of("1"),
                    Decision.ALLOW,
                    RiskLevel.LOW,
                    List.of(hostile),
                    List.of(),
                    true)));
    assertThat(json).doesNotContain("\u001b").doesNotContain("\u202E").doesNotContain("\u0430");
    assertThat(json).contains("\\u001B[31mred", "\\u202E", "p\\u0430ypal");
    assertThat(new ObjectMapper().readTree(json).at("/verdicts/0/findings/0/message").asText())
        .isEqualTo(hostile.message());
  }
}
