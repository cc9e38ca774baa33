package io.pkgguard.rules.reputation;

import static io.pkgguard.rules.Packages.NOW;
import static io.pkgguard.rules.Packages.metadata;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.Publisher;
import io.pkgguard.api.Release;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.rules.Packages;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvenanceRuleTest {

  private final ProvenanceRule rule = new ProvenanceRule();
  private static final Publisher GITHUB =
      new Publisher("GitHub", "acme/demo", Optional.of("release.yml"), Optional.empty());

  private static DistributionFile file(String version, long daysAgo, boolean attested) {
    DistributionFile f =
        Packages.file(
            "demo-" + version + ".tar.gz",
            DistributionFile.Kind.SDIST,
            NOW.minusSeconds(86_400L * daysAgo));
    return attested
        ? f.withProvenance(
            Optional.of(
                URI.create(
                    "https://pypi.org/integrity/demo/"
                        + version
                        + "/demo-"
                        + version
                        + ".tar.gz/provenance")))
        : f;
  }

  private static PackageMetadata project(
      boolean earlierAttested, boolean currentAttested, Optional<Publisher> publisher) {
    Release earlier = new Release("1.0", List.of(file("1.0", 100, earlierAttested)));
    Release current = new Release("1.1", List.of(file("1.1", 1, currentAttested)));
    return PackageMetadata.builder(
            io.pkgguard.api.PackageId.pypi("demo"),
            "1.1",
            URI.create("https://pypi.org/pypi/demo/1.1/json"))
        .releases(List.of(earlier, current))
        .files(current.files())
        .publisher(publisher)
        .build();
  }

  private List<Finding> check(PackageMetadata m, Map<String, ?> parameters) {
    return rule.evaluate(metadata(m, parameters, "provenance", Packages.PYPI));
  }

  @Test
  void anAttestedReleaseIsEvidenceOfLowRisk() {
    assertThat(check(project(true, true, Optional.of(GITHUB)), Map.of()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.NONE);
              assertThat(f.message())
                  .isEqualTo("attested: built by GitHub from acme/demo" + " (release.yml)");
            });
  }

  @Test
  void losingAttestationsThatEarlierReleasesHadIsHigh() {
    assertThat(check(project(true, false, Optional.empty()), Map.of()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
              assertThat(f.message())
                  .isEqualTo(
                      "release 1.1 has no attestations, but earlier"
                          + " release 1.0 was published with them");
            });
    assertThat(check(project(false, false, Optional.empty()), Map.of()))
        .as("never attested: nothing to compare")
        .isEmpty();
  }

  @Test
  void aPinnedPublisherMustBeTheOne() {
    Map<String, ?> pin = Map.of("expected-publishers", List.of("Demo = acme/demo"));
    assertThat(check(project(true, true, Optional.of(GITHUB)), pin))
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.NONE));
    Publisher other = new Publisher("GitHub", "mallory/demo", Optional.empty(), Optional.empty());
    assertThat(check(project(true, true, Optional.of(other)), pin))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
              assertThat(f.message()).contains("published from mallory/demo, not from acme/demo");
            });
    assertThat(check(project(false, false, Optional.empty()), pin))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("has no attestations"));
  }

  @Test
  void publishingFromAnotherRepositoryThanTheEarlierReleaseIsHigh() {
    Publisher elsewhere =
        new Publisher("GitHub", "mallory/demo", Optional.empty(), Optional.empty());
    PackageMetadata moved =
        project(true, true, Optional.of(elsewhere)).toBuilder()
            .previousPublisher(Optional.of(new io.pkgguard.api.AttestedRelease("1.0", GITHUB)))
            .build();
    assertThat(check(moved, Map.of()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
              assertThat(f.message())
                  .isEqualTo(
                      "release 1.1 was published by GitHub from"
                          + " mallory/demo, but release 1.0 by GitHub from acme/demo");
            });
    PackageMetadata same =
        project(true, true, Optional.of(GITHUB)).toBuilder()
            .previousPublisher(
                Optional.of(
                    new io.pkgguard.api.AttestedRelease(
                        "1.0",
                        new Publisher(
                            "GitHub", "ACME/demo", Optional.of("other.yml"), Optional.empty()))))
            .build();
    assertThat(check(same, Map.of()))
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.NONE));
  }
}
