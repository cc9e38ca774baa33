package io.pkgguard.source.pypi.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.source.pypi.requirements.MarkerEvaluator.Context;
import io.pkgguard.source.pypi.testing.ConformanceData;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Markers against the reference implementation's parse, str, equality and evaluation vectors. */
class MarkerConformanceTest {

  private static final List<JsonNode> VECTORS =
      ConformanceData.jsonl("conformance/pep508-markers.jsonl");

  /** A Linux CPython 3.11 interpreter: the base the vectors' environments are laid over. */
  private static final Map<String, Object> LINUX_CPYTHON_311 =
      Map.ofEntries(
          Map.entry("implementation_name", "cpython"),
          Map.entry("implementation_version", "3.11.7"),
          Map.entry("os_name", "posix"),
          Map.entry("platform_machine", "x86_64"),
          Map.entry("platform_release", "6.1.0-18-amd64"),
          Map.entry("platform_system", "Linux"),
          Map.entry("platform_version", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1"),
          Map.entry("python_full_version", "3.11.7"),
          Map.entry("platform_python_implementation", "CPython"),
          Map.entry("python_version", "3.11"),
          Map.entry("sys_platform", "linux"));

  static Stream<JsonNode> ofType(String type) {
    return VECTORS.stream().filter(v -> v.get("type").asText().equals(type));
  }

  static Stream<JsonNode> parse() {
    return ofType("parse");
  }

  static Stream<JsonNode> evaluate() {
    return ofType("evaluate");
  }

  static Stream<JsonNode> canonical() {
    return ofType("str");
  }

  static Stream<JsonNode> equal() {
    return ofType("equal");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parse")
  void parsesWhatTheReferenceParses(JsonNode row) throws Exception {
    String marker = row.get("marker").asText();
    if (row.get("valid").asBoolean()) {
      RequirementParser.parseMarker(marker);
    } else {
      assertThatThrownBy(() -> RequirementParser.parseMarker(marker))
          .as(marker)
          .isInstanceOf(InvalidRequirementException.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonical")
  void printsTheCanonicalForm(JsonNode row) throws Exception {
    assertThat(Marker.canonical(RequirementParser.parseMarker(row.get("marker").asText())))
        .isEqualTo(row.get("str").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("equal")
  void equalMarkersHaveEqualCanonicalForms(JsonNode row) throws Exception {
    String left = Marker.canonical(RequirementParser.parseMarker(row.get("left").asText()));
    String right = Marker.canonical(RequirementParser.parseMarker(row.get("right").asText()));
    assertThat(left.equals(right))
        .as("%s vs %s", left, right)
        .isEqualTo(row.get("equal").asBoolean());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evaluate")
  void evaluatesAsTheReference(JsonNode row) throws Exception {
    Marker marker = RequirementParser.parseMarker(row.get("marker").asText());
    Map<String, Object> environment = new HashMap<>(LINUX_CPYTHON_311);
    JsonNode given = row.get("environment");
    if (given != null && !given.isNull()) {
      given
          .fields()
          .forEachRemaining(
              e -> {
                JsonNode value = e.getValue();
                if (value.isArray()) {
                  Set<String> set = new HashSet<>();
                  value.forEach(v -> set.add(v.asText()));
                  environment.put(e.getKey(), set);
                } else {
                  environment.put(e.getKey(), value.isNull() ? null : value.asText());
                }
              });
    }
    Context context = Context.valueOf(row.get("context").asText().toUpperCase(Locale.ROOT));
    JsonNode expected = row.get("expected");
    if (expected.isBoolean()) {
      assertThat(MarkerEvaluator.evaluate(marker, environment, context))
          .as(row.toString())
          .isEqualTo(expected.asBoolean());
    } else {
      MarkerEvaluationException.Kind kind =
          expected.asText().equals("error:UndefinedComparison")
              ? MarkerEvaluationException.Kind.UNDEFINED_COMPARISON
              : MarkerEvaluationException.Kind.UNDEFINED_NAME;
      assertThatThrownBy(() -> MarkerEvaluator.evaluate(marker, environment, context))
          .as(row.toString())
          .isInstanceOfSatisfying(
              MarkerEvaluationException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }
  }

  @Test
  void theVectorsAreAllThere() {
    assertThat(parse().count()).isEqualTo(2187);
    assertThat(evaluate().count()).isEqualTo(84);
  }
}
