package io.pkgguard.source.pypi.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.source.pypi.testing.ConformanceData;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Satisfiability and set relations of specifier sets, against the reference implementation's
 * vectors ({@code TestIsUnsatisfiable}, {@code test_is_subset}/{@code superset}/{@code disjoint}).
 */
class Pep440SpecifierSetRelationsTest {

  static Stream<JsonNode> satisfiability() {
    return rows().filter(row -> row.get("relation").asText().equals("is_unsatisfiable"));
  }

  static Stream<JsonNode> relations() {
    return rows().filter(row -> !row.get("relation").asText().equals("is_unsatisfiable"));
  }

  private static Stream<JsonNode> rows() {
    return ConformanceData.jsonl("conformance/pep440-specifierset-relations.jsonl").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("satisfiability")
  void decidesSatisfiabilityAsTheReferenceImplementation(JsonNode row) {
    JsonNode pre = row.get("spec_prereleases");
    Optional<Boolean> prereleases = pre.isNull() ? Optional.empty() : Optional.of(pre.asBoolean());
    Pep440SpecifierSet set = Pep440SpecifierSet.parse(row.get("specifier").asText(), prereleases);

    assertThat(set.isUnsatisfiable())
        .as("%s (prereleases %s)", set, prereleases)
        .isEqualTo(row.get("expected").asBoolean());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("relations")
  void relatesSetsAsTheReferenceImplementation(JsonNode row) {
    Pep440SpecifierSet left = Pep440SpecifierSet.parse(row.get("left").asText());
    Pep440SpecifierSet right = Pep440SpecifierSet.parse(row.get("right").asText());
    String relation = row.get("relation").asText();

    if (row.get("expected").asText().equals("error")) {
      assertThatThrownBy(() -> relate(relation, left, right))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("===");
      return;
    }
    assertThat(relate(relation, left, right))
        .as("'%s' %s '%s'", left, relation, right)
        .isEqualTo(row.get("expected").asBoolean());
  }

  private static boolean relate(
      String relation, Pep440SpecifierSet left, Pep440SpecifierSet right) {
    return switch (relation) {
      case "is_subset" -> left.isSubsetOf(right);
      case "is_superset" -> left.isSupersetOf(right);
      case "is_disjoint" -> left.isDisjointFrom(right);
      default -> throw new IllegalArgumentException(relation);
    };
  }

  @Test
  void everySetIsASubsetAndSupersetOfItself() {
    for (String text : List.of("", ">=1.0", "!=1.0,<2", "==1.*", "~=1.4.2", ">1.0a1,<=1.0.post3")) {
      Pep440SpecifierSet set = Pep440SpecifierSet.parse(text);
      assertThat(set.isSubsetOf(set)).as(text).isTrue();
      assertThat(set.isSupersetOf(set)).as(text).isTrue();
    }
  }

  @Test
  void aSetAndItsExclusionAreDisjoint() {
    assertThat(
            Pep440SpecifierSet.parse("==1.4.*").isDisjointFrom(Pep440SpecifierSet.parse("!=1.4.*")))
        .isTrue();
    assertThat(Pep440SpecifierSet.parse("==1.0").isDisjointFrom(Pep440SpecifierSet.parse("!=1.0")))
        .isTrue();
    assertThat(Pep440SpecifierSet.parse("<=1.0").isDisjointFrom(Pep440SpecifierSet.parse(">1.0")))
        .isTrue();
  }

  @Test
  void postReleasesFallBetweenAtMostAndAbove() {
    // PEP 440: >V excludes V's post-releases, so neither side holds 1.0.post1.
    Pep440SpecifierSet post = Pep440SpecifierSet.parse("==1.0.post1");
    assertThat(post.isDisjointFrom(Pep440SpecifierSet.parse("<=1.0"))).isTrue();
    assertThat(post.isDisjointFrom(Pep440SpecifierSet.parse(">1.0"))).isTrue();
    assertThat(post.isSubsetOf(Pep440SpecifierSet.parse(">=1.0"))).isTrue();
  }

  @Test
  void relationsAgreeWithMembershipOverRealVersions() {
    List<String> sets =
        List.of(
            ">=1.0,<2",
            "~=1.4",
            "!=1.5.*",
            "==1.4.*",
            ">1.4",
            "<=1.4.2",
            ">1.0.post1",
            "<1.5.dev3",
            "==1.4.2+local",
            ">=1.4rc1,<1.4",
            "");
    List<Pep440Version> versions =
        Stream.of(
                "0.9",
                "1.0",
                "1.0.post1",
                "1.0.post2.dev0",
                "1.3.9",
                "1.4.dev0",
                "1.4rc1",
                "1.4",
                "1.4+local",
                "1.4.post1",
                "1.4.2",
                "1.4.2+local",
                "1.5.dev2",
                "1.5.dev3",
                "1.5",
                "1.9",
                "2.0.dev0",
                "2.0",
                "3.0")
            .map(Pep440Version::parse)
            .toList();
    for (String a : sets) {
      for (String b : sets) {
        Pep440SpecifierSet left = Pep440SpecifierSet.parse(a);
        Pep440SpecifierSet right = Pep440SpecifierSet.parse(b);
        boolean counterexampleToSubset =
            versions.stream().anyMatch(v -> matchesAll(left, v) && !matchesAll(right, v));
        boolean shared =
            versions.stream().anyMatch(v -> matchesAll(left, v) && matchesAll(right, v));
        if (counterexampleToSubset) {
          assertThat(left.isSubsetOf(right)).as("'%s' ⊆ '%s'", a, b).isFalse();
        }
        if (shared) {
          assertThat(left.isDisjointFrom(right)).as("'%s' disjoint '%s'", a, b).isFalse();
        }
      }
    }
  }

  private static boolean matchesAll(Pep440SpecifierSet set, Pep440Version v) {
    return set.specifiers().stream().allMatch(s -> s.matches(v));
  }
}
