package io.pkgguard.rules.reputation;

import static io.pkgguard.rules.Packages.metadata;
import static io.pkgguard.rules.Packages.wellKept;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.DownloadCounts;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.rules.Packages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PopularityRuleTest {

  private final PopularityRule rule = new PopularityRule();

  private List<Finding> check(Optional<DownloadCounts> counts, Map<String, ?> parameters) {
    return rule.evaluate(
        metadata(
            wellKept("demo").downloads(counts).build(), parameters, "popularity", Packages.PYPI));
  }

  private RiskLevel level(long month) {
    List<Finding> findings = check(Optional.of(new DownloadCounts(0, 0, month)), Map.of());
    return findings.isEmpty() ? RiskLevel.NONE : findings.get(0).level();
  }

  @ParameterizedTest(name = "{0} downloads last month: {1}")
  @CsvSource({
    "0, HIGH",
    "1, MEDIUM",
    "999, MEDIUM",
    "1000, NONE",
    "99999, NONE",
    "100000, NONE",
    "2000000000, NONE"
  })
  void levelsFollowTheThresholds(long month, RiskLevel expected) {
    assertThat(level(month)).isEqualTo(expected);
  }

  @Test
  void aWellEstablishedProjectGetsEvidenceNotSilence() {
    assertThat(check(Optional.of(new DownloadCounts(10_000, 70_000, 300_000)), Map.of()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.NONE);
              assertThat(f.message()).isEqualTo("well established: 300,000 downloads last month");
            });
    assertThat(check(Optional.of(new DownloadCounts(100, 700, 3_000)), Map.of())).isEmpty();
  }

  @Test
  void unknownCountsAreReportedAsUnknownNeverAsZero() {
    assertThat(check(Optional.empty(), Map.of()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.LOW);
              assertThat(f.message()).contains("unknown");
              assertThat(f.evidence().values()).containsEntry("downloads", "unknown");
            });
    assertThat(check(Optional.empty(), Map.of("unknown-level", "medium")))
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM));
  }

  @Test
  void contradictoryCountsAreTreatedAsUnknown() {
    assertThat(check(Optional.of(new DownloadCounts(500, 100, 50)), Map.of()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.LOW);
              assertThat(f.message()).contains("contradict");
            });
  }

  @Test
  void thresholdsComeFromThePolicy() {
    assertThat(check(Optional.of(new DownloadCounts(0, 0, 5_000)), Map.of("low-month", 10_000L)))
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM));
  }
}
