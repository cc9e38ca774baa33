package io.pkgguard.source.conda.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.source.conda.testing.Vectors;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** conda's own version tests (conformance/conda-version-*.txt|tsv|jsonl), every row. */
class CondaVersionConformanceTest {

  @TestFactory
  Stream<DynamicTest> every_block_sorts_as_conda_sorts_it() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, List<List<String>>> block :
        Vectors.ranks("conda-version-order.txt").entrySet()) {
      List<List<String>> ranks = block.getValue();
      tests.add(
          DynamicTest.dynamicTest(
              block.getKey() + " (" + ranks.size() + " ranks)",
              () -> {
                for (int i = 0; i < ranks.size(); i++) {
                  for (int j = 0; j < ranks.size(); j++) {
                    for (String left : ranks.get(i)) {
                      for (String right : ranks.get(j)) {
                        assertThat(Integer.signum(v(left).compareTo(v(right))))
                            .as("%s vs %s", left, right)
                            .isEqualTo(Integer.compare(i, j));
                      }
                    }
                  }
                }
              }));
    }
    return tests.stream();
  }

  @Test
  void versions_parse_into_condas_components() {
    List<JsonNode> rows = Vectors.objects("conda-version-parse.jsonl");
    assertThat(rows).hasSize(51);
    for (JsonNode row : rows) {
      CondaVersion version = v(row.get("input").asText());
      assertThat(version.normalized()).as(row.toString()).isEqualTo(row.get("str").asText());
      assertThat(version.components())
          .as(row.toString())
          .isEqualTo(components(row.get("components")));
    }
  }

  @Test
  void invalid_versions_are_refused() {
    List<List<String>> rows = Vectors.table("conda-invalid-versions.txt");
    assertThat(rows).hasSize(8);
    for (List<String> row : rows) {
      assertThatThrownBy(() -> CondaVersion.parse(row.get(0)))
          .as("'%s'", row.get(0))
          .isInstanceOf(InvalidCondaVersionException.class)
          .hasMessageContaining("is not a valid conda version");
    }
  }

  @Test
  void equality_and_prefixes_agree_with_conda() {
    List<List<String>> rows = Vectors.table("conda-version-compare.tsv");
    assertThat(rows).hasSize(17);
    for (List<String> row : rows) {
      CondaVersion left = v(row.get(0));
      CondaVersion right = v(row.get(2));
      boolean expected = Boolean.parseBoolean(row.get(3));
      boolean actual =
          switch (row.get(1)) {
            case "==" -> left.equals(right);
            case "!=" -> !left.equals(right);
            case "startswith" -> left.startsWith(right);
            default -> throw new IllegalStateException(row.toString());
          };
      assertThat(actual).as(row.toString()).isEqualTo(expected);
    }
  }

  @Test
  void every_version_spec_row_agrees() {
    List<JsonNode> rows = Vectors.objects("conda-version-spec.jsonl");
    assertThat(rows).hasSize(157);
    for (JsonNode row : rows) {
      String spec = row.path("spec").asText();
      switch (row.get("type").asText()) {
        case "match" ->
            assertThat(s(spec).matches(row.get("version").asText()))
                .as(row.toString())
                .isEqualTo(row.get("expected").asBoolean());
        case "invalid" ->
            assertThatThrownBy(() -> CondaVersionSpec.parse(spec).matches("3.0.0"), row.toString())
                .isInstanceOf(InvalidCondaVersionException.class);
        case "spec_str" ->
            assertThat(s(spec).spec()).as(row.toString()).isEqualTo(row.get("normalized").asText());
        case "equal" ->
            assertThat(s(row.get("left").asText()).equals(s(row.get("right").asText())))
                .as(row.toString())
                .isEqualTo(row.get("equal").asBoolean());
        case "is_exact" ->
            assertThat(s(spec).isExact())
                .as(row.toString())
                .isEqualTo(row.get("expected").asBoolean());
        default -> throw new IllegalStateException("unknown row type: " + row);
      }
    }
  }

  @Test
  void a_hostile_regex_is_stopped_not_run_for_ever() throws Exception {
    CondaVersionSpec spec = CondaVersionSpec.parse("^(.*a){12}$");
    assertThatThrownBy(() -> spec.matches("a".repeat(40) + "!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes too long");
  }

  @Test
  void a_ten_thousand_character_spec_is_refused_before_parsing() {
    assertThatThrownBy(() -> CondaVersionSpec.parse(">=1," + "1|".repeat(5_000)))
        .isInstanceOf(InvalidCondaVersionException.class)
        .hasMessageContaining("longer than 1024 characters");
  }

  private static List<List<Object>> components(JsonNode node) {
    List<List<Object>> result = new ArrayList<>();
    for (JsonNode component : node) {
      List<Object> atoms = new ArrayList<>();
      for (JsonNode atom : component) {
        atoms.add(atom.isNumber() ? BigInteger.valueOf(atom.asLong()) : atom.asText());
      }
      result.add(atoms);
    }
    return result;
  }

  private static CondaVersion v(String text) {
    try {
      return CondaVersion.parse(text);
    } catch (InvalidCondaVersionException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static CondaVersionSpec s(String text) {
    try {
      return CondaVersionSpec.parse(text);
    } catch (InvalidCondaVersionException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
