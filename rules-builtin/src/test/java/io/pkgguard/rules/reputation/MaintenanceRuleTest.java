package io.pkgguard.rules.reputation;

import static io.pkgguard.rules.Packages.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.ProjectStatus;
import io.pkgguard.api.Release;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.rules.Packages;
import io.pkgguard.source.pypi.names.PythonNames;
import io.pkgguard.source.pypi.versions.PypiVersionScheme;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaintenanceRuleTest {

  private final MaintenanceRule rule = new MaintenanceRule();

  private static PackageMetadata.Builder releasedAgo(Duration age, String... versions) {
    List<Release> releases =
        java.util.Arrays.stream(versions)
            .map(
                v ->
                    new Release(
                        v,
                        List.of(
                            Packages.file(
                                "demo-" + v + ".tar.gz",
                                DistributionFile.Kind.SDIST,
                                NOW.minus(age)))))
            .toList();
    return Packages.wellKept("demo")
        .releases(releases)
        .files(releases.get(releases.size() - 1).files());
  }

  private List<Finding> check(PackageMetadata metadata) {
    return rule.evaluate(
        RuleContext.builder(io.pkgguard.api.PackageRequest.of(metadata.id()))
            .metadata(metadata)
            .names(PythonNames.scheme())
            .versions(PypiVersionScheme.scheme())
            .parameters(RuleParameters.empty())
            .clock(Packages.CLOCK)
            .build());
  }

  @Test
  void aRecentlyReleasedActiveProjectIsFine() {
    assertThat(
            check(
                releasedAgo(Duration.ofDays(30), "1.0", "2.0")
                    .status(Optional.of(ProjectStatus.of("active", Optional.empty())))
                    .build()))
        .isEmpty();
  }

  @Test
  void noReleaseForTwoYearsIsUnmaintained() {
    assertThat(check(releasedAgo(Duration.ofDays(730), "1.0").build())).isEmpty();
    assertThat(check(releasedAgo(Duration.ofDays(731), "1.0").build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
              assertThat(f.message()).startsWith("unmaintained: no release since");
            });
  }

  @Test
  void quarantinedIsCriticalArchivedAndDeprecatedMedium() {
    assertThat(
            check(
                releasedAgo(Duration.ofDays(1), "1.0")
                    .status(
                        Optional.of(ProjectStatus.of("quarantined", Optional.of("malware report"))))
                    .build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
              assertThat(f.message()).contains("quarantined the project: malware report");
            });
    for (String status : List.of("archived", "deprecated")) {
      assertThat(
              check(
                  releasedAgo(Duration.ofDays(1), "1.0")
                      .status(Optional.of(ProjectStatus.of(status, Optional.empty())))
                      .build()))
          .singleElement()
          .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM));
    }
    assertThat(
            check(
                releasedAgo(Duration.ofDays(1), "1.0")
                    .status(Optional.of(ProjectStatus.of("frozen", Optional.empty())))
                    .build()))
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.LOW));
  }

  @Test
  void aYankedReleaseIsHighWithItsReason() {
    assertThat(
            check(
                releasedAgo(Duration.ofDays(1), "1.0")
                    .yanked(true, Optional.of("  broken wheels "))
                    .build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
              assertThat(f.message()).endsWith("was yanked by its maintainers: broken wheels");
            });
    assertThat(check(releasedAgo(Duration.ofDays(1), "1.0").yanked(true, Optional.empty()).build()))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("no reason given"));
  }

  @Test
  void onlyPreReleasesIsMedium() {
    assertThat(check(releasedAgo(Duration.ofDays(1), "0.1a1", "0.1b2", "0.1.dev3").build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
              assertThat(f.message()).isEqualTo("only pre-releases have been published (3)");
            });
    assertThat(check(releasedAgo(Duration.ofDays(1), "0.1a1", "0.1").build())).isEmpty();
  }
}
