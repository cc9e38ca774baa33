package io.pkgguard.source.pypi.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Release;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseSelectorTest {

  private static Release release(String version, boolean yanked) {
    DistributionFile file =
        new DistributionFile(
            "p-" + version + ".tar.gz",
            URI.create("https://files.pythonhosted.org/p"),
            Optional.empty(),
            java.util.OptionalLong.empty(),
            DistributionFile.Kind.SDIST,
            Optional.empty(),
            yanked,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    return new Release(version, List.of(file));
  }

  private static Optional<String> newest(String constraint, Release... releases) {
    return ReleaseSelector.newest(List.of(releases), Pep440SpecifierSet.parse(constraint));
  }

  @Test
  void picksTheNewestSatisfyingReleaseByVersionNotByListOrder() {
    assertThat(
            newest("<3", release("2.8.9", false), release("2.8.13", false), release("3.0", false)))
        .contains("2.8.13");
  }

  @Test
  void skipsYankedReleasesReleasesWithoutFilesAndInvalidVersions() {
    assertThat(
            newest(
                ">=1",
                release("1.0", false),
                release("2.0", true),
                new Release("3.0", List.of()),
                release("not-a-version", false)))
        .contains("1.0");
  }

  @Test
  void prefersFinalReleasesToPreReleasesUnlessNoneMatchesOrOneIsNamed() {
    assertThat(newest(">=1", release("1.0", false), release("2.0b1", false))).contains("1.0");
    assertThat(newest(">=1.5", release("1.0", false), release("2.0b1", false)))
        .as("no final release matches")
        .contains("2.0b1");
    assertThat(newest(">=2", release("1.0", false), release("2.0b1", false)))
        .as("a pre-release of 2.0 sorts before 2.0")
        .isEmpty();
    assertThat(
            newest(
                ">=2.0b1", release("2.0b1", false), release("2.0b2", false), release("1.9", false)))
        .contains("2.0b2");
  }

  @Test
  void nothingQualifies() {
    assertThat(newest(">=9", release("1.0", false))).isEmpty();
  }

  @Test
  void theSchemeComparesAndChecksConstraints() {
    PypiVersionScheme pep440 = PypiVersionScheme.scheme();
    assertThat(pep440.ecosystem()).isEqualTo("pypi");
    assertThat(pep440.compare("1.0", "1.0.0")).isZero();
    assertThat(pep440.compare("1.0rc1", "1.0")).isNegative();
    assertThat(pep440.normalize("1.0-ALPHA.1")).isEqualTo("1.0a1");
    assertThat(pep440.isValid("1.0+x")).isTrue();
    assertThat(pep440.isValid("lolwat")).isFalse();
    assertThat(pep440.isPreRelease("1.0.dev3")).isTrue();
    assertThat(pep440.satisfies("2.31.0", ">=2.28,<3")).isTrue();
    assertThat(pep440.satisfies("3.0", "~=2.28")).isFalse();
    assertThat(pep440.ordering().compare("10.0", "9.0")).isPositive();
  }
}
