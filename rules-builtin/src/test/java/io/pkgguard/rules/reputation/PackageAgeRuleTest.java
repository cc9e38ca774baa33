package io.pkgguard.rules.reputation;

import static io.pkgguard.rules.Packages.NOW;
import static io.pkgguard.rules.Packages.PYPI;
import static io.pkgguard.rules.Packages.file;
import static io.pkgguard.rules.Packages.metadata;
import static io.pkgguard.rules.Packages.wellKept;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.Release;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackageAgeRuleTest {

  private final PackageAgeRule rule = new PackageAgeRule();

  private static PackageMetadata firstUploaded(Instant when) {
    DistributionFile f = file("pkg-1.0.tar.gz", DistributionFile.Kind.SDIST, when);
    return wellKept("pkg").releases(List.of(new Release("1.0", List.of(f)))).files(List.of(f))
        .build();
  }

  private List<Finding> check(PackageMetadata metadata, Map<String, ?> parameters) {
    return rule.evaluate(metadata(metadata, parameters, "package-age", PYPI));
  }

  @Test
  void aProjectFirstReleasedDaysAgoIsHigh() {
    assertThat(check(firstUploaded(NOW.minus(Duration.ofDays(2))), Map.of())).singleElement()
        .satisfies(f -> {
          assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
          assertThat(f.category()).isEqualTo(RiskCategory.AGE);
          assertThat(f.message()).isEqualTo("the project is brand new: first release 2 days ago");
          assertThat(f.evidence().values()).containsEntry("age-days", "2")
              .containsEntry("threshold-days", "7")
              .containsEntry("first-release", NOW.minus(Duration.ofDays(2)).toString());
        });
    assertThat(check(firstUploaded(NOW.minus(Duration.ofHours(3))), Map.of())).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("first release 3 hours ago"));
  }

  @Test
  void aProjectUnderAMonthOldIsMedium() {
    assertThat(check(firstUploaded(NOW.minus(Duration.ofDays(12))), Map.of())).singleElement()
        .satisfies(f -> {
          assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
          assertThat(f.evidence().values()).containsEntry("threshold-days", "30");
        });
  }

  @Test
  void anEstablishedProjectHasNoFinding() {
    assertThat(check(wellKept("pkg").build(), Map.of())).isEmpty();
    assertThat(check(firstUploaded(NOW.minus(Duration.ofDays(30))), Map.of())).isEmpty();
  }

  @Test
  void theAgeIsThatOfTheFirstReleaseNotOfTheNewestFile() {
    PackageMetadata old = wellKept("pkg").build();
    DistributionFile fresh = file("pkg-3.0.tar.gz", DistributionFile.Kind.SDIST, NOW);
    List<Release> releases = new java.util.ArrayList<>(old.releases());
    releases.add(new Release("3.0", List.of(fresh)));
    assertThat(check(old.toBuilder().releases(releases).build(), Map.of())).isEmpty();
  }

  @Test
  void unknownUploadTimesAreNeverTreatedAsOld() {
    DistributionFile undated = DistributionFile.of("pkg-1.0.tar.gz",
        java.net.URI.create("https://files.pythonhosted.org/x"), DistributionFile.Kind.SDIST);
    PackageMetadata metadata = wellKept("pkg")
        .releases(List.of(new Release("1.0", List.of(undated)))).build();
    assertThat(check(metadata, Map.of())).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
      assertThat(f.evidence().values()).containsEntry("first-release", "unknown");
    });
    assertThat(check(metadata, Map.of("unknown-level", "high"))).singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.HIGH));
  }

  @Test
  void aFirstUploadInTheFutureIsTreatedAsNew() {
    assertThat(check(firstUploaded(NOW.plus(Duration.ofDays(400))), Map.of())).singleElement()
        .satisfies(f -> {
          assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
          assertThat(f.message()).contains("dated in the future");
        });
  }

  @Test
  void thresholdsComeFromThePolicy() {
    PackageMetadata twentyDays = firstUploaded(NOW.minus(Duration.ofDays(20)));
    assertThat(check(twentyDays, Map.of("high-below-days", 21L))).singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.HIGH));
    assertThat(check(twentyDays, Map.of("medium-below-days", 14L))).isEmpty();
  }
}
