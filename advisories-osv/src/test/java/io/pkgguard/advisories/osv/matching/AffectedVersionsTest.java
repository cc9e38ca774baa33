package io.pkgguard.advisories.osv.matching;

import static io.pkgguard.advisories.osv.OsvFixtures.PEP440;
import static io.pkgguard.advisories.osv.OsvFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.advisories.osv.model.OsvAffected;
import io.pkgguard.advisories.osv.model.OsvEvent;
import io.pkgguard.advisories.osv.model.OsvEvent.Kind;
import io.pkgguard.advisories.osv.model.OsvRange;
import io.pkgguard.advisories.osv.model.OsvRecordReader;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The OSV schema's "Evaluation" section, its examples (built from the specification's text,
 * ossf/osv-schema docs/schema.md, version 1.6.6) and real records.
 */
class AffectedVersionsTest {

  private static OsvEvent ev(Kind kind, String version) {
    return new OsvEvent(kind, version);
  }

  private static OsvAffected affected(String type, List<String> versions, OsvEvent... events) {
    return new OsvAffected(
        "PyPI", "demo", List.of(new OsvRange(type, List.of(events))), versions, List.of());
  }

  private static Match.Status status(OsvAffected affected, String version) {
    return AffectedVersions.evaluate(affected, version, PEP440).status();
  }

  @Nested
  class TheSpecificationsExamples {

    @ParameterizedTest(name = "{0} in [1.0.0, 1.0.2) or [3.0.0, 3.2.5): {1}")
    @CsvSource({
      "0.9, NOT_AFFECTED",
      "1.0.0, AFFECTED",
      "1.0.1, AFFECTED",
      "1.0.2, NOT_AFFECTED",
      "2.5, NOT_AFFECTED",
      "3.0.0, AFFECTED",
      "3.2.4, AFFECTED",
      "3.2.5, NOT_AFFECTED",
      "10.0, NOT_AFFECTED"
    })
    void multipleRanges(String version, Match.Status expected) {
      OsvAffected a =
          affected(
              "SEMVER",
              List.of(),
              ev(Kind.INTRODUCED, "1.0.0"),
              ev(Kind.FIXED, "1.0.2"),
              ev(Kind.INTRODUCED, "3.0.0"),
              ev(Kind.FIXED, "3.2.5"));
      String semver = version.chars().filter(c -> c == '.').count() == 1 ? version + ".0" : version;
      assertThat(status(a, semver)).isEqualTo(expected);
    }

    @Test
    void unfixedMeansEveryVersion() {
      OsvAffected a = affected("ECOSYSTEM", List.of(), ev(Kind.INTRODUCED, "0"));
      assertThat(status(a, "0.0.1")).isEqualTo(Match.Status.AFFECTED);
      assertThat(status(a, "99.0")).isEqualTo(Match.Status.AFFECTED);
    }

    @Test
    void lastAffectedIsIncludedFixedIsNot() {
      OsvAffected last =
          affected(
              "ECOSYSTEM", List.of(), ev(Kind.INTRODUCED, "0"), ev(Kind.LAST_AFFECTED, "2.1.214"));
      OsvAffected fixed =
          affected("ECOSYSTEM", List.of(), ev(Kind.INTRODUCED, "0"), ev(Kind.FIXED, "2.1.214"));
      assertThat(status(last, "2.1.214")).isEqualTo(Match.Status.AFFECTED);
      assertThat(status(last, "2.1.215")).isEqualTo(Match.Status.NOT_AFFECTED);
      assertThat(status(fixed, "2.1.214")).isEqualTo(Match.Status.NOT_AFFECTED);
      assertThat(status(fixed, "2.1.213")).isEqualTo(Match.Status.AFFECTED);
    }

    @Test
    void limitsBoundTheRangeAndStarIsInfinity() {
      OsvAffected limited =
          affected("ECOSYSTEM", List.of(), ev(Kind.INTRODUCED, "1.0"), ev(Kind.LIMIT, "2.0"));
      assertThat(status(limited, "1.5")).isEqualTo(Match.Status.AFFECTED);
      assertThat(status(limited, "2.0")).isEqualTo(Match.Status.NOT_AFFECTED);
      OsvAffected two =
          affected(
              "ECOSYSTEM",
              List.of(),
              ev(Kind.INTRODUCED, "1.0"),
              ev(Kind.LIMIT, "2.0"),
              ev(Kind.LIMIT, "3.0"));
      assertThat(status(two, "2.5")).as("below one of the limits").isEqualTo(Match.Status.AFFECTED);
      OsvAffected star =
          affected("ECOSYSTEM", List.of(), ev(Kind.INTRODUCED, "1.0"), ev(Kind.LIMIT, "*"));
      assertThat(status(star, "100.0")).isEqualTo(Match.Status.AFFECTED);
    }
  }

  @Nested
  class EdgeCases {

    @Test
    void eventsOutOfOrderAreSortedFirst() {
      OsvAffected a =
          affected("ECOSYSTEM", List.of(), ev(Kind.FIXED, "1.5"), ev(Kind.INTRODUCED, "1.0"));
      assertThat(status(a, "1.2")).isEqualTo(Match.Status.AFFECTED);
      assertThat(status(a, "1.5")).isEqualTo(Match.Status.NOT_AFFECTED);
    }

    @Test
    void overlappingPairsAreReadAsTheIntervalsTheyWrite() {
      // pyspark in PYSEC-2023-72: [0, 3.1.1), [3.2.0, 3.2.2), [3.1.1, 3.2.0)
      OsvAffected pyspark =
          affected(
              "ECOSYSTEM",
              List.of(),
              ev(Kind.INTRODUCED, "0"),
              ev(Kind.FIXED, "3.1.1"),
              ev(Kind.INTRODUCED, "3.2.0"),
              ev(Kind.FIXED, "3.2.2"),
              ev(Kind.INTRODUCED, "3.1.1"),
              ev(Kind.FIXED, "3.2.0"));
      assertThat(status(pyspark, "3.1.2")).isEqualTo(Match.Status.AFFECTED);
      assertThat(status(pyspark, "3.2.2")).isEqualTo(Match.Status.NOT_AFFECTED);
      // wagtail in PYSEC-2021-114: [2.11, 2.11.7), [0, 2.11.6), [2.12, 2.12.4)
      OsvAffected wagtail =
          affected(
              "ECOSYSTEM",
              List.of(),
              ev(Kind.INTRODUCED, "2.11"),
              ev(Kind.FIXED, "2.11.7"),
              ev(Kind.INTRODUCED, "0"),
              ev(Kind.FIXED, "2.11.6"),
              ev(Kind.INTRODUCED, "2.12"),
              ev(Kind.FIXED, "2.12.4"));
      assertThat(status(wagtail, "2.11.6")).isEqualTo(Match.Status.AFFECTED);
      assertThat(status(wagtail, "2.11.7")).isEqualTo(Match.Status.NOT_AFFECTED);
    }

    @Test
    void anIntroductionAndFixAtTheSameVersionCoverNothing() {
      OsvAffected a =
          affected("ECOSYSTEM", List.of(), ev(Kind.INTRODUCED, "1.0"), ev(Kind.FIXED, "1.0"));
      assertThat(status(a, "1.0")).isEqualTo(Match.Status.NOT_AFFECTED);
    }

    @Test
    void pep440OrderingDecidesPreAndPostReleases() {
      OsvAffected a =
          affected("ECOSYSTEM", List.of(), ev(Kind.INTRODUCED, "0"), ev(Kind.FIXED, "2.0"));
      assertThat(status(a, "2.0rc1")).isEqualTo(Match.Status.AFFECTED);
      assertThat(status(a, "2.0.post1")).isEqualTo(Match.Status.NOT_AFFECTED);
      assertThat(status(a, "1!0.1")).as("a later epoch").isEqualTo(Match.Status.NOT_AFFECTED);
    }

    @Test
    void semverRangesUseSemverPrecedence() {
      OsvAffected a =
          affected("SEMVER", List.of(), ev(Kind.INTRODUCED, "1.0.0"), ev(Kind.FIXED, "1.2.0"));
      assertThat(status(a, "1.2.0-rc.1")).isEqualTo(Match.Status.AFFECTED);
      assertThat(status(a, "1.2.0+build.5")).isEqualTo(Match.Status.NOT_AFFECTED);
      assertThat(status(a, "1.2")).as("not SemVer").isEqualTo(Match.Status.UNDECIDABLE);
    }

    @Test
    void aBoundThatIsNotAVersionIsUndecidableNeverNotAffected() {
      OsvAffected a =
          affected(
              "ECOSYSTEM", List.of(), ev(Kind.INTRODUCED, "0"), ev(Kind.FIXED, "release-2-fixed"));
      Match match = AffectedVersions.evaluate(a, "1.0", PEP440);
      assertThat(match.status()).isEqualTo(Match.Status.UNDECIDABLE);
      assertThat(match.reason())
          .isEqualTo("fixed bound 'release-2-fixed' is not a valid pypi" + " version");
    }

    @Test
    void gitRangesRelyOnTheVersionsList() {
      OsvAffected listed =
          affected(
              "GIT",
              List.of("1.0", "1.1"),
              ev(Kind.INTRODUCED, "a".repeat(40)),
              ev(Kind.FIXED, "b".repeat(40)));
      assertThat(status(listed, "1.1")).isEqualTo(Match.Status.AFFECTED);
      assertThat(status(listed, "1.2")).isEqualTo(Match.Status.NOT_AFFECTED);
      OsvAffected unlisted = affected("GIT", List.of(), ev(Kind.INTRODUCED, "a".repeat(40)));
      assertThat(status(unlisted, "1.2")).isEqualTo(Match.Status.UNDECIDABLE);
    }

    @Test
    void listedVersionsCompareAsVersions() {
      OsvAffected a =
          affected(
              "ECOSYSTEM",
              List.of("1.0", "2.0rc1", "1.10", "1!3.0.post1"),
              ev(Kind.INTRODUCED, "5.0"));
      assertThat(status(a, "1.0.0")).isEqualTo(Match.Status.AFFECTED);
      assertThat(status(a, "2.0.0RC1")).isEqualTo(Match.Status.AFFECTED);
      assertThat(status(a, "1.1")).isEqualTo(Match.Status.NOT_AFFECTED);
      assertThat(status(a, "1.10.0")).isEqualTo(Match.Status.AFFECTED);
      assertThat(status(a, "1!3.post1")).isEqualTo(Match.Status.AFFECTED);
      assertThat(status(a, "3.0.post1")).as("another epoch").isEqualTo(Match.Status.NOT_AFFECTED);
    }
  }

  @Nested
  class RealRecords {

    @Test
    void requestsNetrcLeakIsFixedIn2324() throws Exception {
      OsvAffected a =
          new OsvRecordReader()
              .read(bytes("api/vulns-GHSA-9hjg-9r4m-mvj7.json"), "GHSA")
              .affected()
              .get(0);
      Match match = AffectedVersions.evaluate(a, "2.31.0", PEP440);
      assertThat(match.status()).isEqualTo(Match.Status.AFFECTED);
      assertThat(match.nearestFixed()).contains("2.32.4");
      assertThat(status(a, "2.32.4")).isEqualTo(Match.Status.NOT_AFFECTED);
    }

    @Test
    void accessControlHasTwoAffectedBranchesAndTheNearestFixIsOnTheVersionsOwn() throws Exception {
      OsvAffected a =
          new OsvRecordReader()
              .read(bytes("records/PYSEC-2021-370.yaml"), "PYSEC-2021-370.yaml")
              .affected()
              .get(0);
      assertThat(AffectedVersions.evaluate(a, "4.2", PEP440).nearestFixed()).contains("4.3");
      assertThat(AffectedVersions.evaluate(a, "5.1", PEP440).nearestFixed()).contains("5.2");
      assertThat(status(a, "4.3")).isEqualTo(Match.Status.NOT_AFFECTED);
      assertThat(status(a, "4.9")).isEqualTo(Match.Status.NOT_AFFECTED);
      assertThat(status(a, "5.2")).isEqualTo(Match.Status.NOT_AFFECTED);
    }
  }
}
