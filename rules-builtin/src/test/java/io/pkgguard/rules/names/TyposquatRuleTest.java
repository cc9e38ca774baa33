package io.pkgguard.rules.names;

import static io.pkgguard.rules.Packages.NOW;
import static io.pkgguard.rules.Packages.PYPI;
import static io.pkgguard.rules.Packages.metadata;
import static io.pkgguard.rules.Packages.request;
import static io.pkgguard.rules.Packages.wellKept;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.DownloadCounts;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.Release;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.TextFile;
import io.pkgguard.rules.Packages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TyposquatRuleTest {

  private final TyposquatRule rule = new TyposquatRule();

  private List<Finding> byName(String name, Map<String, ?> parameters) {
    return rule.evaluate(request(name, parameters, "typosquat"));
  }

  private List<Finding> withMetadata(PackageMetadata metadata) {
    return rule.evaluate(metadata(metadata, Map.of(), "typosquat", PYPI));
  }

  /** A project first released {@code age} ago, with the given downloads last month, if known. */
  private static PackageMetadata project(String name, Duration age, Optional<Long> lastMonth) {
    DistributionFile file =
        Packages.file(name + "-1.0.tar.gz", DistributionFile.Kind.SDIST, NOW.minus(age));
    return wellKept(name)
        .releases(List.of(new Release("1.0", List.of(file))))
        .files(List.of(file))
        .downloads(lastMonth.map(n -> new DownloadCounts(n / 30, n / 4, n)))
        .build();
  }

  @Test
  void aCloseLookAlikeOfATopProjectIsRejectedNamingTargetRankAndTransformation() {
    assertThat(byName("reqeusts", Map.of()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
              assertThat(f.message())
                  .contains("'reqeusts' looks like 'requests' (rank 6)")
                  .contains("swapped");
              assertThat(f.evidence().values())
                  .containsEntry("target", "requests")
                  .containsEntry("rank", "6")
                  .containsEntry("transformation", "adjacent letters swapped")
                  .containsEntry("standing", "unknown (no metadata): treated as new");
              assertThat(f.remediation()).contains("request that name instead");
            });
  }

  @Test
  void weakerEvidenceIsReviewed() {
    assertThat(byName("numpy-utils", Map.of()))
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM));
    assertThat(byName("djanga", Map.of()))
        .as("an arbitrary letter in a short name")
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM));
    assertThat(byName("acqusition", Map.of()))
        .as("a close look-alike of rank ~9000")
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM));
  }

  @Test
  void theCriticalRankDecidesWhichTargetsAreProminent() {
    assertThat(byName("jeIlyfish", Map.of()))
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM));
    assertThat(byName("jeIlyfish", Map.of("critical-rank", 2000L)))
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL));
  }

  @Test
  void popularAndAllowedNamesAreNeverFlagged() {
    assertThat(byName("requests", Map.of())).isEmpty();
    assertThat(byName("Python_Dateutil", Map.of())).isEmpty();
    assertThat(byName("reqeusts", Map.of("allow", List.of("Reqeusts")))).isEmpty();
  }

  @Test
  void anOldProjectIsReviewedNotRejected() {
    assertThat(withMetadata(project("colourama", Duration.ofDays(4000), Optional.empty())))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
              assertThat(f.message()).contains("the project is old");
            });
  }

  @Test
  void aWellEstablishedProjectOnlyGetsANote() {
    assertThat(withMetadata(project("colourama", Duration.ofDays(40), Optional.of(2_000_000L))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.LOW);
              assertThat(f.evidence().values()).containsEntry("standing", "well established");
            });
  }

  @Test
  void aNewAndLittleUsedLookAlikeIsRejected() {
    assertThat(withMetadata(project("colourama", Duration.ofDays(3), Optional.of(12L))))
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL));
  }

  @Test
  void anOrganisationsOwnNamesAreProtectedFromPublicLookAlikes() {
    TextFile internal =
        new TextFile("/etc/pkgguard/internal.txt", "# our packages\nacme-billing\nAcme_Ledger\n");
    Map<String, Object> parameters = Map.of("corpus-files", List.of(internal));

    assertThat(byName("acme-biling", parameters))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
              assertThat(f.message())
                  .contains("'acme-billing' (listed in /etc/pkgguard/internal.txt)");
              assertThat(f.evidence().values()).containsEntry("rank", "unranked");
            });
    assertThat(byName("acme-ledger", parameters)).as("the name itself").isEmpty();
    assertThat(byName("acme-biling", Map.of())).as("without the file").isEmpty();
  }

  @Test
  void aBrokenCorpusFileIsReportedWithItsLine() {
    TextFile bad = new TextFile("/etc/pkgguard/bad.txt", "acme-billing\nx\tacme-ledger\n");
    assertThatThrownBy(() -> byName("anything", Map.of("corpus-files", List.of(bad))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/etc/pkgguard/bad.txt:2: 'x' is not a rank");
  }

  private List<Finding> inEcosystem(String ecosystem, String name) {
    return rule.evaluate(
        io.pkgguard.api.RuleContext.builder(
                io.pkgguard.api.PackageRequest.of(new io.pkgguard.api.PackageId(ecosystem, name)))
            .build());
  }

  @Test
  void condaNamesAreMeasuredAgainstThePopularPypiProjectsTheyRepackage() {
    assertThat(inEcosystem("conda", "reqeusts"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("'reqeusts' looks like 'requests'"));
    assertThat(inEcosystem("conda", "numpy")).isEmpty();
    assertThat(inEcosystem("conda", "python"))
        .as("conda-forge's own python is not a look-alike of ipython")
        .isEmpty();
  }

  @Test
  void namesTheEcosystemHasNoListForAreNotMatched() {
    assertThat(inEcosystem("npm", "reqeusts")).isEmpty();
  }
}
