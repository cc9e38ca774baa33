package io.pkgguard.rules.reputation;

import static io.pkgguard.rules.Packages.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Advisory;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.Release;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.rules.Packages;
import io.pkgguard.source.pypi.names.PythonNames;
import io.pkgguard.source.pypi.versions.PypiVersionScheme;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The release cooldown of package-age, with an injected clock. */
class ReleaseCooldownTest {

  private final PackageAgeRule rule = new PackageAgeRule();

  private static Release release(String version, long daysAgo, boolean yanked) {
    DistributionFile f =
        Packages.file(
            "demo-" + version + ".tar.gz",
            DistributionFile.Kind.SDIST,
            NOW.minusSeconds(86_400L * daysAgo));
    DistributionFile file =
        yanked
            ? new DistributionFile(
                f.filename(),
                f.url(),
                f.sha256(),
                f.size(),
                f.kind(),
                f.uploadTime(),
                true,
                Optional.of("broken"),
                f.requiresPython(),
                f.provenance())
            : f;
    return new Release(version, List.of(file));
  }

  private static PackageMetadata project(List<Advisory> advisories, Release... releases) {
    Release chosen = releases[releases.length - 1];
    return PackageMetadata.builder(
            io.pkgguard.api.PackageId.pypi("demo"),
            chosen.version(),
            URI.create("https://pypi.org/pypi/demo/json"))
        .releases(List.of(releases))
        .files(chosen.files())
        .advisories(advisories)
        .build();
  }

  private List<Finding> cooldown(PackageMetadata m, long days) {
    return rule
        .evaluate(
            RuleContext.builder(io.pkgguard.api.PackageRequest.of(m.id()))
                .metadata(m)
                .names(PythonNames.scheme())
                .versions(PypiVersionScheme.scheme())
                .parameters(RuleParameters.of("package-age", Map.of("cooldown-days", days)))
                .clock(Packages.CLOCK)
                .build())
        .stream()
        .filter(f -> f.message().startsWith("release "))
        .toList();
  }

  @Test
  void offByDefault() {
    PackageMetadata m = project(List.of(), release("1.0", 400, false), release("1.1", 1, false));
    assertThat(cooldown(m, 0)).isEmpty();
  }

  @Test
  void aReleaseYoungerThanTheCooldownNamesTheNewestOlderReleaseToPin() {
    PackageMetadata m =
        project(
            List.of(),
            release("1.0", 400, false),
            release("1.2", 200, true),
            release("1.1", 100, false),
            release("2.0", 6, false));
    assertThat(cooldown(m, 7))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
              assertThat(f.message())
                  .isEqualTo(
                      "release 2.0 is 6 days old (cooldown 7 days); 1.1 is"
                          + " the newest older release");
              assertThat(f.evidence().values()).containsEntry("suggested-version", "1.1");
            });
    assertThat(cooldown(m, 6)).as("exactly the cooldown: served").isEmpty();
  }

  @Test
  void aReleaseThatFixesAnAdvisoryOfTheOlderOneIsNotHeldBack() {
    Advisory fixed =
        new Advisory(
            "GHSA-xxxx-yyyy-zzzz",
            List.of("CVE-2026-1"),
            "bad bug",
            "",
            List.of("2.0"),
            Optional.empty(),
            "GHSA",
            false);
    PackageMetadata m =
        project(List.of(fixed), release("1.1", 100, false), release("2.0", 2, false));
    assertThat(cooldown(m, 7))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.LOW);
              assertThat(f.message())
                  .isEqualTo(
                      "release 2.0 is only 2 days old, but it fixes"
                          + " GHSA-xxxx-yyyy-zzzz, which affects 1.1: take the fix rather than wait");
            });
    Advisory withdrawn =
        new Advisory("GHSA-w", List.of(), "", "", List.of("2.0"), Optional.empty(), "GHSA", true);
    assertThat(
            cooldown(
                project(List.of(withdrawn), release("1.1", 100, false), release("2.0", 2, false)),
                7))
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM));
  }

  @Test
  void theFirstReleaseHasNothingOlderToSuggest() {
    assertThat(cooldown(project(List.of(), release("0.1", 1, false)), 7))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("and no older release exists"));
  }
}
