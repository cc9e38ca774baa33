package io.pkgguard.source.pypi.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.source.pypi.testing.ConformanceData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pep440Version against every version vector of the reference implementation. */
class Pep440VersionTest {

  static Stream<List<String>> valid() {
    return ConformanceData.tsv("conformance/pep440-valid.txt").stream();
  }

  static Stream<List<String>> invalid() {
    return ConformanceData.tsv("conformance/pep440-invalid.txt").stream();
  }

  static Stream<JsonNode> properties() {
    return ConformanceData.jsonl("conformance/pep440-version-properties.jsonl").stream();
  }

  static Stream<List<String>> canonical() {
    return ConformanceData.tsv("conformance/pep440-canonicalize-version.tsv").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void parsesAndNormalizesValidVersions(List<String> row) {
    assertThat(Pep440Version.parse(row.get(0))).hasToString(row.get(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void rejectsInvalidVersions(List<String> row) {
    assertThatThrownBy(() -> Pep440Version.parse(row.get(0)))
        .isInstanceOf(InvalidVersionException.class)
        .hasMessageContaining("is not a valid PEP 440 version");
  }

  @Test
  void ordersAsTheReferenceImplementation() {
    checkOrder(ConformanceData.orderBlocks("conformance/pep440-order.txt"));
  }

  @Test
  void ordersEveryRealWorldVersionOfTheAdvisoryDatabase() {
    Map<String, List<List<String>>> blocks =
        ConformanceData.orderBlocks("conformance/pep440-realworld-order.txt");
    assertThat(blocks).hasSize(628);
    checkOrder(blocks);
  }

  @Test
  void agreesOnTheValidityAndNormalFormOfRealWorldVersions() {
    List<List<String>> rows = ConformanceData.tsv("conformance/pep440-realworld-versions.tsv");
    assertThat(rows).hasSize(12_956);
    for (List<String> row : rows) {
      boolean valid = Boolean.parseBoolean(row.get(1));
      assertThat(Pep440Version.tryParse(row.get(0)).map(Pep440Version::toString))
          .as(row.get(0))
          .isEqualTo(valid ? java.util.Optional.of(row.get(2)) : java.util.Optional.empty());
    }
  }

  private static void checkOrder(Map<String, List<List<String>>> blocks) {
    blocks.forEach(
        (name, ranks) -> {
          List<Pep440Version> previous = new ArrayList<>();
          for (List<String> group : ranks) {
            List<Pep440Version> parsed = group.stream().map(Pep440Version::parse).toList();
            for (Pep440Version a : parsed) {
              for (Pep440Version b : parsed) {
                assertThat(a.compareTo(b)).as("%s: %s == %s", name, a, b).isZero();
                assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
              }
              for (Pep440Version lower : previous) {
                assertThat(lower.compareTo(a)).as("%s: %s < %s", name, lower, a).isNegative();
                assertThat(a.compareTo(lower)).as("%s: %s > %s", name, a, lower).isPositive();
                assertThat(a).isNotEqualTo(lower);
              }
            }
            previous.addAll(parsed);
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("properties")
  void exposesTheParts(JsonNode row) {
    Pep440Version v = Pep440Version.parse(row.get("version").asText());
    if (row.has("public")) {
      assertThat(v.publicText()).isEqualTo(row.get("public").asText());
    }
    if (row.has("base_version")) {
      assertThat(v.baseVersion()).hasToString(row.get("base_version").asText());
    }
    if (row.has("epoch")) {
      assertThat(v.epoch()).isEqualTo(row.get("epoch").asLong());
    }
    if (row.has("release")) {
      List<Long> release = new ArrayList<>();
      row.get("release").forEach(n -> release.add(n.asLong()));
      assertThat(v.release()).isEqualTo(release);
    }
    if (row.has("local")) {
      assertThat(v.local().orElse(null))
          .isEqualTo(row.get("local").isNull() ? null : row.get("local").asText());
    }
    if (row.has("pre")) {
      if (row.get("pre").isNull()) {
        assertThat(v.preKind()).isEmpty();
      } else {
        assertThat(v.preKind().orElseThrow().label()).isEqualTo(row.get("pre").get(0).asText());
        assertThat(v.preNumber().orElseThrow()).isEqualTo(row.get("pre").get(1).asLong());
      }
    }
    if (row.has("dev")) {
      assertThat(v.dev().isPresent() ? v.dev().getAsLong() : null)
          .isEqualTo(row.get("dev").isNull() ? null : row.get("dev").asLong());
    }
    if (row.has("post")) {
      assertThat(v.post().isPresent() ? v.post().getAsLong() : null)
          .isEqualTo(row.get("post").isNull() ? null : row.get("post").asLong());
    }
    if (row.has("is_prerelease")) {
      assertThat(v.isPreRelease()).isEqualTo(row.get("is_prerelease").asBoolean());
    }
    if (row.has("is_devrelease")) {
      assertThat(v.isDevRelease()).isEqualTo(row.get("is_devrelease").asBoolean());
    }
    if (row.has("is_postrelease")) {
      assertThat(v.isPostRelease()).isEqualTo(row.get("is_postrelease").asBoolean());
    }
    for (String part : new String[] {"major", "minor", "micro"}) {
      if (row.has(part)) {
        long expected = row.get(part).asLong();
        long actual =
            switch (part) {
              case "major" -> v.major();
              case "minor" -> v.minor();
              default -> v.micro();
            };
        assertThat(actual).as(part).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonical")
  void canonicalizesWithOrWithoutTrailingZeros(List<String> row) {
    boolean strip = Boolean.parseBoolean(row.get(2));
    String actual =
        Pep440Version.tryParse(row.get(0)).map(v -> v.canonicalText(strip)).orElse(row.get(0));
    assertThat(actual).isEqualTo(row.get(3));
  }

  @Test
  void theVectorsAreAllThere() {
    assertThat(valid().count()).isEqualTo(269);
    assertThat(invalid().count()).isEqualTo(21);
    assertThat(properties().count()).isEqualTo(54);
  }

  @org.junit.jupiter.api.Test
  void versionsOfThousandsOfSegmentsOrLocalPartsAreRefusedWithoutOverflowingTheStack() {
    for (String hostile :
        List.of(
            "1." + "0.".repeat(1500) + "0", "1.0+" + "a.".repeat(1500) + "a", ".".repeat(3000))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pep440Version.parse(hostile))
          .isInstanceOf(InvalidVersionException.class)
          .hasMessageContaining("longer than the 256 pkgguard reads");
      org.assertj.core.api.Assertions.assertThat(PypiVersionScheme.scheme().isValid(hostile))
          .isFalse();
    }
  }
}
