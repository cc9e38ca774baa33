package io.pkgguard.source.pypi.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.source.pypi.testing.ConformanceData;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The interval model of a clause admits exactly the versions the clause matches: checked for
 * every clause of the membership vectors against every valid version those vectors and the
 * ordering vectors mention.
 */
class VersionRangesTest {

  @Test
  void intervalsOfEveryClauseAdmitExactlyWhatTheClauseMatches() {
    Set<Pep440Specifier> clauses = new LinkedHashSet<>();
    Set<Pep440Version> versions = new LinkedHashSet<>();
    for (List<String> row : ConformanceData.tsv("conformance/pep440-specifiers.tsv")) {
      for (String clause : row.get(1).split(",")) {
        if (!clause.isBlank() && !clause.strip().startsWith("===")) {
          clauses.add(Pep440Specifier.parse(clause));
        }
      }
      Pep440Version.tryParse(row.get(2)).ifPresent(versions::add);
    }
    for (Pep440Specifier clause : List.copyOf(clauses)) {
      versions.add(clause.parsedVersion());
    }
    ConformanceData.orderBlocks("conformance/pep440-order.txt")
        .values()
        .forEach(
            block ->
                block.forEach(
                    rank -> rank.forEach(v -> Pep440Version.tryParse(v).ifPresent(versions::add))));

    int checked = 0;
    for (Pep440Specifier clause : clauses) {
      List<VersionInterval> intervals = VersionRanges.of(clause);
      for (Pep440Version version : versions) {
        boolean inIntervals = intervals.stream().anyMatch(i -> i.contains(version));
        assertThat(inIntervals)
            .as("%s in %s = %s", version, clause, intervals)
            .isEqualTo(clause.matches(version));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void complementHoldsExactlyTheVersionsOutside() {
    List<Pep440Version> versions =
        List.of(
                "0.dev0",
                "0",
                "1.0.dev0",
                "1.0a1",
                "1.0",
                "1.0+local",
                "1.0.post0",
                "1.0.post1",
                "1.1",
                "2.0rc1",
                "2.0")
            .stream()
            .map(Pep440Version::parse)
            .toList();
    for (String text :
        List.of(">=1.0", "<=1.0", ">1.0", "<1.0", "!=1.0", "==1.0", "==1.*", "~=1.0", ">1.0a1")) {
      List<VersionInterval> inside = VersionRanges.of(Pep440Specifier.parse(text));
      List<VersionInterval> outside = VersionRanges.complement(inside);
      for (Pep440Version v : versions) {
        boolean in = inside.stream().anyMatch(i -> i.contains(v));
        boolean out = outside.stream().anyMatch(i -> i.contains(v));
        assertThat(in).as("%s: %s in %s, out %s", text, v, inside, outside).isNotEqualTo(out);
      }
    }
  }

  @Test
  void aBoundaryWhoseSuccessorLiesBeyondTheUpperBoundLeavesNothing() {
    VersionInterval interval =
        new VersionInterval(
            VersionInterval.Lower.at(VersionPoint.afterPosts(Pep440Version.parse("1.0a1")), false),
            VersionInterval.Upper.at(VersionPoint.of(Pep440Version.parse("1.0a2.dev0")), false));
    assertThat(interval.isEmpty()).isTrue();
  }

  @Test
  void boundariesCoveringTheSameFamilyAreEqual() {
    assertThat(VersionPoint.afterPosts(Pep440Version.parse("1.0")))
        .isEqualTo(VersionPoint.afterPosts(Pep440Version.parse("1.0.0")))
        .hasSameHashCodeAs(VersionPoint.afterPosts(Pep440Version.parse("1.0.0")));
    assertThat(VersionPoint.afterLocals(Pep440Version.parse("1.0")))
        .isLessThan(VersionPoint.of(Pep440Version.parse("1.0.post0")))
        .isGreaterThan(VersionPoint.of(Pep440Version.parse("1.0+zzz")));
    assertThat(
            Optional.of(
                VersionPoint.afterPosts(Pep440Version.parse("1.0"))
                    .compareTo(VersionPoint.of(Pep440Version.parse("1.0.post99")))))
        .contains(1);
  }
}
