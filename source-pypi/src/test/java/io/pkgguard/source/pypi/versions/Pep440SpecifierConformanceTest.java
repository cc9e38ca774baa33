package io.pkgguard.source.pypi.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.source.pypi.testing.ConformanceData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Specifiers against the reference implementation's membership, filter and syntax vectors. */
class Pep440SpecifierConformanceTest {

  static Stream<List<String>> membership() {
    return ConformanceData.tsv("conformance/pep440-specifiers.tsv").stream();
  }

  static Stream<JsonNode> filters() {
    return ConformanceData.jsonl("conformance/pep440-specifier-filter.jsonl").stream();
  }

  static Stream<JsonNode> syntax() {
    return ConformanceData.jsonl("conformance/pep440-specifier-syntax.jsonl").stream()
        .filter(row -> row.has("valid"));
  }

  static Stream<JsonNode> equality() {
    return ConformanceData.jsonl("conformance/pep440-specifier-syntax.jsonl").stream()
        .filter(row -> row.has("left") && row.has("equal"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("equality")
  void equalSpecifiersAsTheReferenceImplementation(JsonNode row) {
    boolean set = row.get("kind").asText().equals("SpecifierSet");
    String left = row.get("left").asText();
    String right = row.get("right").asText();
    boolean equal =
        set
            ? Pep440SpecifierSet.parse(left).equals(Pep440SpecifierSet.parse(right))
            : Pep440Specifier.parse(left).equals(Pep440Specifier.parse(right));
    assertThat(equal).as("%s vs %s", left, right).isEqualTo(row.get("equal").asBoolean());
  }

  static Stream<JsonNode> strings() {
    return ConformanceData.jsonl("conformance/pep440-specifier-syntax.jsonl").stream()
        .filter(row -> row.has("input") && (row.has("str") || row.has("length")));
  }

  static Stream<JsonNode> intersections() {
    return ConformanceData.jsonl("conformance/pep440-specifier-syntax.jsonl").stream()
        .filter(row -> row.has("and"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strings")
  void printsAndListsAsTheReferenceImplementation(JsonNode row) {
    String input = row.get("input").asText();
    if (row.get("kind").asText().equals("Specifier")) {
      assertThat(Pep440Specifier.parse(input)).hasToString(row.get("str").asText());
      return;
    }
    Pep440SpecifierSet set = Pep440SpecifierSet.parse(input);
    if (row.has("str")) {
      assertThat(set).hasToString(row.get("str").asText());
    }
    if (row.has("length")) {
      assertThat(set.specifiers()).hasSize(row.get("length").asInt());
      java.util.Set<String> items = new java.util.HashSet<>();
      row.get("items").forEach(i -> items.add(i.asText()));
      assertThat(
              set.specifiers().stream()
                  .map(Object::toString)
                  .collect(java.util.stream.Collectors.toSet()))
          .isEqualTo(items);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("intersections")
  void intersectsAsTheReferenceImplementation(JsonNode row) {
    List<Optional<Boolean>> pre = new ArrayList<>(List.of(Optional.empty(), Optional.empty()));
    if (row.has("and_prereleases")) {
      pre.set(0, triState(row.get("and_prereleases").get(0)));
      pre.set(1, triState(row.get("and_prereleases").get(1)));
    }
    Pep440SpecifierSet left = Pep440SpecifierSet.parse(row.get("and").get(0).asText(), pre.get(0));
    Pep440SpecifierSet right = Pep440SpecifierSet.parse(row.get("and").get(1).asText(), pre.get(1));
    if (row.has("result_prereleases") && row.get("result_prereleases").asText().equals("error")) {
      assertThatThrownBy(() -> left.and(right)).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    Pep440SpecifierSet both = left.and(right);
    if (row.has("equals")) {
      assertThat(both).isEqualTo(Pep440SpecifierSet.parse(row.get("equals").asText()));
    }
    if (row.has("str")) {
      assertThat(both).hasToString(row.get("str").asText());
    }
    if (row.has("result_prereleases")) {
      assertThat(both.prereleases()).isEqualTo(triState(row.get("result_prereleases")));
    }
  }

  private static Optional<Boolean> triState(String text) {
    return text.equals("none") ? Optional.empty() : Optional.of(Boolean.parseBoolean(text));
  }

  private static Optional<Boolean> triState(JsonNode node) {
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asBoolean());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("membership")
  void containsAsTheReferenceImplementation(List<String> row) {
    String kind = row.get(0);
    String specifier = row.get(1);
    String version = row.get(2);
    boolean parsedObject = row.get(3).equals("Version");
    Optional<Boolean> specPre = triState(row.get(4));
    Optional<Boolean> containsPre = triState(row.get(5));
    boolean installed = row.get(6).equals("true");
    boolean expected = Boolean.parseBoolean(row.get(7));
    boolean actual;
    if (kind.equals("Specifier")) {
      Pep440Specifier s = Pep440Specifier.parse(specifier, specPre);
      actual =
          parsedObject
              ? s.contains(Pep440Version.parse(version), containsPre)
              : s.contains(version, containsPre);
    } else {
      Pep440SpecifierSet s = Pep440SpecifierSet.parse(specifier, specPre);
      actual =
          parsedObject
              ? s.contains(Pep440Version.parse(version), containsPre, installed)
              : s.contains(version, containsPre, installed);
    }
    assertThat(actual)
        .as(
            "%s %s contains %s %s (pre %s/%s, installed %s)",
            kind, specifier, version, row.get(3), specPre, containsPre, installed)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void filtersAsTheReferenceImplementation(JsonNode row) {
    List<VersionItem> input = new ArrayList<>();
    for (JsonNode item : row.get("input")) {
      if (item.isNull()) {
        continue;
      }
      input.add(
          item.isObject()
              ? VersionItem.of(Pep440Version.parse(item.get("Version").asText()))
              : VersionItem.of(item.asText()));
    }
    List<String> expected = new ArrayList<>();
    row.get("expected")
        .forEach(
            item ->
                expected.add(
                    item.isObject()
                        ? Pep440Version.parse(item.get("Version").asText()).toString()
                        : item.asText()));
    Optional<Boolean> specPre = triState(row.get("spec_prereleases"));
    Optional<Boolean> filterPre = triState(row.get("filter_prereleases"));
    List<VersionItem> actual =
        row.get("kind").asText().equals("Specifier")
            ? Pep440Specifier.parse(row.get("specifier").asText(), specPre)
                .filterItems(input, item -> item, filterPre)
            : Pep440SpecifierSet.parse(row.get("specifier").asText(), specPre)
                .filterItems(input, item -> item, filterPre);
    assertThat(actual.stream().map(VersionItem::text).toList())
        .as(row.toString())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntax")
  void acceptsAndRejectsTheSameSpecifiers(JsonNode row) {
    String input = row.get("input").asText();
    boolean set = row.get("kind").asText().equals("SpecifierSet");
    if (row.get("valid").asBoolean()) {
      if (set) {
        Pep440SpecifierSet.parse(input);
        return;
      }
      Pep440Specifier specifier = Pep440Specifier.parse(input);
      if (row.has("operator")) {
        assertThat(specifier.operator()).isEqualTo(row.get("operator").asText());
        assertThat(specifier.version()).isEqualTo(row.get("version").asText());
      }
      if (row.has("prereleases")) {
        assertThat(specifier.prereleases()).as(input).isEqualTo(triState(row.get("prereleases")));
      }
    } else {
      assertThatThrownBy(
              () -> {
                if (set) {
                  Pep440SpecifierSet.parse(input);
                } else {
                  Pep440Specifier.parse(input);
                }
              })
          .as(input)
          .isInstanceOf(InvalidSpecifierException.class);
    }
  }
}
