package io.pkgguard.source.conda.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.source.conda.testing.Vectors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * conda's MatchSpec tests (conformance/conda-matchspec.jsonl): every row, of the default parser,
 * of the repodata-v3 parser ({@code parser: v3}, {@link MatchSpec#parseV3}) and of conda's
 * command-line helper {@code spec_from_line} ({@link CommandLineSpecs}).
 */
class MatchSpecConformanceTest {

  @Test
  void every_default_parser_row_agrees_with_conda() {
    List<JsonNode> rows = Vectors.objects("conda-matchspec.jsonl");
    assertThat(rows).hasSize(438);
    for (JsonNode row : rows) {
      check(row, row.path("parser").asText().equals("v3"));
    }
  }

  private static void check(JsonNode row, boolean v3) {
    String spec = row.path("spec").asText();
    String why = row.toString();
    java.util.function.Function<String, MatchSpec> ms =
        v3 ? MatchSpecConformanceTest::v3 : MatchSpecConformanceTest::ms;
    switch (type(row)) {
      case "get" -> {
        JsonNode value = row.get("value");
        String key = row.get("key").asText();
        if (value.isArray()) {
          List<String> items = new java.util.ArrayList<>();
          value.forEach(v -> items.add(v.asText()));
          assertThat(ms.apply(spec).items(key)).as(why).contains(items);
        } else {
          assertThat(ms.apply(spec).get(key).orElse(null))
              .as(why)
              .isEqualTo(value.isNull() ? null : value.asText());
        }
      }
      case "match" ->
          assertThat(ms.apply(spec).matches(record(row.get("record"))))
              .as(why)
              .isEqualTo(row.get("expected").asBoolean());
      case "str" ->
          assertThat(ms.apply(spec).toString()).as(why).isEqualTo(row.get("str").asText());
      case "parse" -> {
        Map<String, String> expected = new LinkedHashMap<>();
        row.get("fields")
            .fields()
            .forEachRemaining(
                f -> {
                  if (!f.getKey().equals("_original_spec_str")) {
                    expected.put(f.getKey(), text(f.getValue()));
                  }
                });
        assertThat(ms(spec).parsedFields()).as(why).isEqualTo(expected);
      }
      case "parse_field" ->
          assertThat(ms(spec).parsedFields().get(row.get("key").asText()))
              .as(why)
              .isEqualTo(row.get("value").asText());
      case "get_exact_value" -> {
        JsonNode value = row.get("value");
        assertThat(ms(spec).exact(row.get("key").asText()).orElse(null))
            .as(why)
            .isEqualTo(value.isNull() ? null : value.asText());
      }
      case "name" -> assertThat(ms.apply(spec).name()).as(why).isEqualTo(row.get("value").asText());
      case "strictness" ->
          assertThat(ms(spec).strictness()).as(why).isEqualTo(row.get("value").asInt());
      case "valid" -> ms(spec);
      case "invalid" ->
          assertThatThrownBy(() -> ms.apply(spec), why)
              .hasRootCauseInstanceOf(InvalidMatchSpecException.class);
      case "equal" ->
          assertThat(ms(row.get("left").asText()).equals(ms(row.get("right").asText())))
              .as(why)
              .isEqualTo(row.get("equal").asBoolean());
      case "conda_build_form" -> {
        StringBuilder withKeywords = new StringBuilder(spec);
        List<String> pairs = new java.util.ArrayList<>();
        row.path("kwargs")
            .fields()
            .forEachRemaining(f -> pairs.add(f.getKey() + "='" + f.getValue().asText() + "'"));
        if (!pairs.isEmpty()) {
          withKeywords.append('[').append(String.join(",", pairs)).append(']');
        }
        assertThat(ms(withKeywords.toString()).condaBuildForm())
            .as(why)
            .isEqualTo(row.get("value").asText());
      }
      case "conda_env_form" ->
          assertThat(ms(spec).condaEnvForm()).as(why).isEqualTo(row.get("value").asText());
      case "spec_from_line" -> {
        JsonNode value = row.get("value");
        try {
          assertThat(CommandLineSpecs.specFromLine(spec).orElse(null))
              .as(why)
              .isEqualTo(value.isNull() ? null : value.asText());
        } catch (InvalidMatchSpecException e) {
          throw new AssertionError(why, e);
        }
      }
      default -> throw new AssertionError("a kind of row this test does not know: " + why);
    }
  }

  @Test
  void a_ten_thousand_character_spec_is_refused_with_its_length() {
    assertThatThrownBy(() -> MatchSpec.parse("numpy " + ">=1,".repeat(2_500)))
        .isInstanceOf(InvalidMatchSpecException.class)
        .hasMessageContaining("longer than 2048 characters");
  }

  @Test
  void a_hostile_build_regex_is_stopped() throws Exception {
    MatchSpec spec = MatchSpec.parse("numpy[build='^(.*a){12}$']");
    assertThatThrownBy(() -> spec.matches(Map.of("name", "numpy", "build", "a".repeat(60) + "!")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes too long");
  }

  private static String type(JsonNode row) {
    return row.get("type").asText();
  }

  private static String text(JsonNode value) {
    if (value.isArray()) {
      List<String> items = new java.util.ArrayList<>();
      value.forEach(v -> items.add(v.asText()));
      return String.join(" ", items);
    }
    return value.asText();
  }

  private static Map<String, String> record(JsonNode record) {
    Map<String, String> fields = new LinkedHashMap<>();
    record.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
    return fields;
  }

  private static MatchSpec v3(String spec) {
    try {
      return MatchSpec.parseV3(spec);
    } catch (InvalidMatchSpecException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static MatchSpec ms(String spec) {
    try {
      return MatchSpec.parse(spec);
    } catch (InvalidMatchSpecException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
