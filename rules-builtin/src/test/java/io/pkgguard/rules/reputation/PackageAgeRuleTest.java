package io.pkgguard.rules.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Decision;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import io.pkgguard.testkit.RuleTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** package-age, run through a real guard on projects written as PyPI describes them. */
class PackageAgeRuleTest {

  static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  /** A project whose releases were first uploaded at these times (null: no upload time). */
  static String project(String... releases) {
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < releases.length; i++) {
      String version = (i + 1) + ".0";
      String uploaded =
          releases[i] == null ? "" : ", \"upload_time_iso_8601\": \"" + releases[i] + "\"";
      entries
          .append(i == 0 ? "" : ",\n")
          .append(
              """
          "%s": [{"filename": "pkg-%s.tar.gz", "packagetype": "sdist",
                  "url": "https://files.pythonhosted.org/packages/ab/cd/pkg-%s.tar.gz",
                  "digests": {"sha256": "%s"}%s}]"""
                  .formatted(version, version, version, "0f".repeat(32), uploaded));
    }
    return """
        {"info": {"name": "pkg", "version": "%d.0", "summary": "Does one thing"},
         "releases": {%s},
         "urls": []}
        """
        .formatted(releases.length, entries);
  }

  static RuleTester ageOf(String project) {
    return RuleTester.forRule(PackageAgeRule.class).at(NOW).project(project);
  }

  static String ago(Duration age) {
    return NOW.minus(age).toString();
  }

  @Test
  void aProjectFirstReleasedDaysAgoIsHigh() {
    Verdict verdict =
        ageOf(project(ago(Duration.ofDays(2))))
            .expect(RiskLevel.HIGH, "the project is brand new: first release 2 days ago")
            .expectDecision(Decision.SPECIAL_APPROVAL)
            .run();

    assertThat(verdict.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.category()).isEqualTo(RiskCategory.AGE);
              assertThat(f.evidence().values())
                  .containsEntry("age-days", "2")
                  .containsEntry("threshold-days", "7")
                  .containsEntry("first-release", ago(Duration.ofDays(2)));
            });
    ageOf(project(ago(Duration.ofHours(3))))
        .expect(RiskLevel.HIGH, "first release 3 hours ago")
        .run();
  }

  @Test
  void aProjectUnderAMonthOldIsMedium() {
    Verdict verdict =
        ageOf(project(ago(Duration.ofDays(12))))
            .expect(RiskLevel.MEDIUM, "first release 12 days ago")
            .run();

    assertThat(verdict.findings().get(0).evidence().values()).containsEntry("threshold-days", "30");
  }

  @Test
  void anEstablishedProjectHasNoFinding() {
    ageOf(project("2015-03-01T00:00:00Z", ago(Duration.ofDays(400))))
        .expectNoFindings()
        .expectDecision(Decision.ALLOW)
        .run();
    ageOf(project(ago(Duration.ofDays(30)))).expectNoFindings().run();
  }

  @Test
  void theAgeIsThatOfTheFirstReleaseNotOfTheNewestFile() {
    ageOf(project("2015-03-01T00:00:00Z", ago(Duration.ofDays(400)), NOW.toString()))
        .expectNoFindings()
        .run();
  }

  @Test
  void unknownUploadTimesAreNeverTreatedAsOld() {
    Verdict verdict = ageOf(project((String) null)).expect(RiskLevel.MEDIUM, "").run();

    assertThat(verdict.findings().get(0).evidence().values())
        .containsEntry("first-release", "unknown");
    ageOf(project((String) null))
        .policy(
            """
            [rules.package-age]
            unknown-level = "high"
            """)
        .expect(RiskLevel.HIGH, "")
        .run();
  }

  @Test
  void aFirstUploadInTheFutureIsTreatedAsNew() {
    ageOf(project(NOW.plus(Duration.ofDays(400)).toString()))
        .expect(RiskLevel.HIGH, "dated in the future")
        .run();
  }

  @Test
  void thresholdsComeFromThePolicy() {
    String twentyDays = project(ago(Duration.ofDays(20)));
    ageOf(twentyDays)
        .policy(
            """
            [rules.package-age]
            high-below-days = 21
            """)
        .expect(RiskLevel.HIGH, "20 days ago")
        .run();
    ageOf(twentyDays)
        .policy(
            """
            [rules.package-age]
            medium-below-days = 14
            """)
        .expectNoFindings()
        .run();
  }
}
