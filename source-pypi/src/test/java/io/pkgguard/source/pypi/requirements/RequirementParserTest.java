package io.pkgguard.source.pypi.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.source.pypi.testing.ConformanceData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequirementParserTest {

  private static final List<JsonNode> VECTORS =
      ConformanceData.jsonl("conformance/pep508-requirements.jsonl");

  static Stream<JsonNode> parseVectors() {
    return VECTORS.stream().filter(v -> v.get("type").asText().equals("parse"));
  }

  static Stream<JsonNode> invalidVectors() {
    return VECTORS.stream().filter(v -> v.get("type").asText().equals("invalid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parseVectors")
  void parsesWhatTheReferenceImplementationParses(JsonNode vector) throws Exception {
    Requirement requirement = RequirementParser.parse(vector.get("input").asText());
    assertThat(requirement.name()).isEqualTo(vector.get("name").asText());
    List<String> extras = new ArrayList<>();
    vector.get("extras").forEach(e -> extras.add(e.asText()));
    assertThat(new TreeSet<>(requirement.extras())).isEqualTo(new TreeSet<>(extras));
    assertThat(requirement.url())
        .isEqualTo(
            vector.get("url").isNull()
                ? Optional.empty()
                : Optional.of(vector.get("url").asText()));
    assertThat(requirement.marker().isPresent()).isEqualTo(!vector.get("marker").isNull());
    String specifier = vector.get("specifier").asText();
    TreeSet<String> expected = new TreeSet<>();
    if (!specifier.isEmpty()) {
      expected.addAll(List.of(specifier.split(",")));
    }
    TreeSet<String> actual = new TreeSet<>();
    requirement.clauses().forEach(c -> actual.add(c.toString()));
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidVectors")
  void rejectsWhatTheReferenceImplementationRejects(JsonNode vector) {
    assertThatThrownBy(() -> RequirementParser.parse(vector.get("input").asText()))
        .isInstanceOf(InvalidRequirementException.class);
  }

  static Stream<JsonNode> strVectors() {
    return VECTORS.stream().filter(v -> v.get("type").asText().equals("str"));
  }

  static Stream<JsonNode> equalVectors() {
    return VECTORS.stream().filter(v -> v.get("type").asText().equals("equal"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strVectors")
  void printsTheCanonicalForm(JsonNode vector) throws Exception {
    assertThat(RequirementParser.parse(vector.get("input").asText()))
        .hasToString(vector.get("str").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parseVectors")
  void printsTheCanonicalFormOfEveryParsedRequirement(JsonNode vector) throws Exception {
    Requirement requirement = RequirementParser.parse(vector.get("input").asText());
    assertThat(requirement).hasToString(vector.get("str").asText());
    if (!vector.get("marker_str").isNull()) {
      assertThat(Marker.canonical(requirement.marker().orElseThrow()))
          .isEqualTo(vector.get("marker_str").asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("equalVectors")
  void comparesAsTheReferenceImplementation(JsonNode vector) throws Exception {
    Requirement left = RequirementParser.parse(vector.get("left").asText());
    Requirement right = RequirementParser.parse(vector.get("right").asText());
    assertThat(left.sameAs(right)).as(vector.toString()).isEqualTo(vector.get("equal").asBoolean());
    if (vector.has("str_equal") && !vector.get("str_equal").isNull()) {
      assertThat(left.toString().equals(right.toString()))
          .isEqualTo(vector.get("str_equal").asBoolean());
    }
  }

  @Test
  void theVectorsCoverEnoughCases() {
    assertThat(parseVectors().count()).isGreaterThan(5000);
    assertThat(invalidVectors().count()).isEqualTo(40);
  }

  @Test
  void readsAFullRequirement() throws Exception {
    Requirement r =
        RequirementParser.parse(
            "requests[security, socks] (>=2.8.1, ==2.8.*) ; python_version < \"2.7\"");
    assertThat(r.name()).isEqualTo("requests");
    assertThat(r.extras()).containsExactly("security", "socks");
    assertThat(r.clauses())
        .containsExactly(new VersionClause(">=", "2.8.1"), new VersionClause("==", "2.8.*"));
    assertThat(r.marker())
        .hasValueSatisfying(m -> assertThat(m).hasToString("python_version < \"2.7\""));
    assertThat(r.exactPin()).isEmpty();
  }

  @Test
  void knowsAnExactPin() throws Exception {
    assertThat(RequirementParser.parse("requests==2.32.3").exactPin()).contains("2.32.3");
    assertThat(RequirementParser.parse("requests===2.32.3-custom").exactPin())
        .contains("2.32.3-custom");
    assertThat(RequirementParser.parse("requests==2.*").exactPin()).isEmpty();
    assertThat(RequirementParser.parse("requests").exactPin()).isEmpty();
  }

  @Test
  void parsesMarkersIntoATree() throws Exception {
    Requirement r =
        RequirementParser.parse(
            "x; (os_name == 'nt' or sys.platform == \"win32\") and extra=='tests'");
    assertThat(r.marker())
        .hasValueSatisfying(
            m -> {
              assertThat(m).isInstanceOf(Marker.And.class);
              assertThat(m)
                  .hasToString(
                      "(os_name == \"nt\" or sys_platform == \"win32\") and extra == \"tests\"");
            });
  }

  @Test
  void errorsSayWhatWasExpectedAndWhere() {
    assertThatThrownBy(() -> RequirementParser.parse("name >= 1.0 <= 2.0"))
        .hasMessage(
            "expected ',' (between version clauses), ';' (before a marker) or the end"
                + " (at column 13)");
    assertThatThrownBy(() -> RequirementParser.parse("name[bar, baz"))
        .hasMessage("expected ']' to close the '[' of the extras (at column 5)");
    assertThatThrownBy(() -> RequirementParser.parse("name==1.0+local.*"))
        .hasMessageContaining(
            ".* suffix cannot be used with pre-release, post-release, dev or"
                + " local versions (at column 7)");
    assertThatThrownBy(() -> RequirementParser.parse("name; os_name == \"C:\\\\\""))
        .hasMessageContaining("backslashes");
    assertThatThrownBy(() -> RequirementParser.parse("x".repeat(70_000)))
        .hasMessageContaining("longer than 65536 characters");
  }
}
