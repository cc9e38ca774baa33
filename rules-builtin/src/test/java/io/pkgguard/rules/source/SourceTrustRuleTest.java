package io.pkgguard.rules.source;

import static io.pkgguard.rules.Packages.PYPI;
import static io.pkgguard.rules.Packages.metadata;
import static io.pkgguard.rules.Packages.wellKept;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.SourceDescriptor;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceTrustRuleTest {

  /** The rule in a real guard whose PyPI source trusts PyPI's file host. */
  @org.junit.jupiter.api.Nested
  class ThroughAGuard {

    static io.pkgguard.testkit.RuleTester fileAt(String url) {
      return io.pkgguard.testkit.RuleTester.forRule(SourceTrustRule.class)
          .project(
              """
          {"info": {"name": "pkg", "version": "1.0", "summary": "Does one thing"},
           "releases": {"1.0": [{"filename": "pkg-1.0.tar.gz", "packagetype": "sdist",
                                 "url": "%1$s", "digests": {"sha256": "%2$s"}}]},
           "urls": [{"filename": "pkg-1.0.tar.gz", "packagetype": "sdist", "url": "%1$s",
                     "digests": {"sha256": "%2$s"}}]}
          """
                  .formatted(url, "0f".repeat(32)));
    }

    @Test
    void aFileOnTheSourcesFileHostIsTrusted() {
      fileAt("https://files.pythonhosted.org/packages/ab/cd/pkg-1.0.tar.gz")
          .expectNoFindings()
          .run();
    }

    @Test
    void aFileOnAnotherHostIsRejected() {
      fileAt("https://cdn.evil.example/pkg-1.0.tar.gz")
          .expect(RiskLevel.CRITICAL, "host cdn.evil.example is not a trusted host of source")
          .expectDecision(io.pkgguard.api.Decision.REJECT)
          .run();
    }
  }

  private final SourceTrustRule rule = new SourceTrustRule();

  private static PackageMetadata withFileAt(String url) {
    DistributionFile file =
        DistributionFile.of("pkg-1.0.tar.gz", URI.create(url), DistributionFile.Kind.SDIST);
    return wellKept("pkg").files(List.of(file)).build();
  }

  private List<Finding> check(PackageMetadata metadata, SourceDescriptor source) {
    return rule.evaluate(metadata(metadata, Map.of(), "source-trust", source));
  }

  @Test
  void trustsHttpsFilesOnTheSourcesFileHost() {
    assertThat(check(wellKept("pkg").build(), PYPI)).isEmpty();
  }

  @Test
  void rejectsAFileOnAnotherHostNamingFileHostAndTrustedHosts() {
    assertThat(check(withFileAt("https://cdn.evil.example/pkg-1.0.tar.gz"), PYPI))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
              assertThat(f.category()).isEqualTo(RiskCategory.SOURCE);
              assertThat(f.message())
                  .contains(
                      "pkg-1.0.tar.gz",
                      "host cdn.evil.example is not a trusted host of source pypi");
              assertThat(f.evidence().values())
                  .containsEntry("trusted-hosts", "files.pythonhosted.org");
            });
  }

  @Test
  void rejectsPlainHttpToRemoteHostsAndOtherSchemes() {
    assertThat(check(withFileAt("http://files.pythonhosted.org/pkg-1.0.tar.gz"), PYPI))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("plain http to a remote host"));
    assertThat(check(withFileAt("ftp://files.pythonhosted.org/pkg.tar.gz"), PYPI))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("scheme 'ftp'"));
    assertThat(check(withFileAt("https://u:p@files.pythonhosted.org/pkg.tar.gz"), PYPI))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("credentials"));
  }

  @Test
  void rejectsAnIndexOverPlainHttpUnlessItIsLoopback() {
    SourceDescriptor remote =
        new SourceDescriptor(
            "corp",
            "pypi",
            URI.create("http://pypi.corp.example/pypi"),
            Set.of("files.pythonhosted.org"));
    PackageMetadata metadata = wellKept("pkg").build();
    assertThat(check(metadata, remote))
        .extracting(Finding::message)
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("the index http://pypi.corp.example/pypi is" + " not trusted"));
    SourceDescriptor local =
        new SourceDescriptor(
            "local",
            "pypi",
            URI.create("http://127.0.0.1:8080/pypi"),
            Set.of("files.pythonhosted.org"));
    PackageMetadata fromLocal = wellKept("pkg").build().toBuilder().build();
    assertThat(
            rule.evaluate(
                metadata(
                    PackageMetadata.builder(
                            fromLocal.id(),
                            "2.0",
                            URI.create("http://127.0.0.1:8080/pypi/pkg/json"))
                        .files(fromLocal.files())
                        .build(),
                    Map.of(),
                    "source-trust",
                    local)))
        .isEmpty();
  }

  @Test
  void acceptsFilesInsideAFileMirrorAndRejectsThoseOutsideIt() {
    Path root = Path.of("/srv/mirror/web/pypi");
    SourceDescriptor mirror = new SourceDescriptor("mirror", "pypi", root.toUri(), Set.of());
    PackageMetadata inside =
        PackageMetadata.builder(
                wellKept("pkg").build().id(), "1.0", root.resolve("pkg/json").toUri())
            .files(
                List.of(
                    DistributionFile.of(
                        "pkg-1.0.tar.gz",
                        root.resolve("packages/pkg-1.0.tar.gz").toUri(),
                        DistributionFile.Kind.SDIST)))
            .build();
    assertThat(rule.evaluate(metadata(inside, Map.of(), "source-trust", mirror))).isEmpty();
    PackageMetadata outside =
        inside.toBuilder()
            .files(
                List.of(
                    DistributionFile.of(
                        "pkg-1.0.tar.gz",
                        URI.create("file:///etc/pkg-1.0.tar.gz"),
                        DistributionFile.Kind.SDIST)))
            .build();
    assertThat(rule.evaluate(metadata(outside, Map.of(), "source-trust", mirror)))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("outside the mirror"));
  }

  @Test
  void rejectsALocalFileOfferedByARemoteIndex() {
    assertThat(check(withFileAt("file:///tmp/pkg-1.0.tar.gz"), PYPI))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message()).contains("a local file is offered by a remote" + " index"));
  }

  @Test
  void loopbackIsRecognisedWithoutResolvingNames() {
    assertThat(SourceTrustRule.isLoopback("127.0.0.1")).isTrue();
    assertThat(SourceTrustRule.isLoopback("[::1]")).isTrue();
    assertThat(SourceTrustRule.isLoopback("localhost")).isTrue();
    assertThat(SourceTrustRule.isLoopback("127.0.0.1.evil.example")).isFalse();
  }
}
