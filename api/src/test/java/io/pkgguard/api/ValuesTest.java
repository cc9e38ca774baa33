package io.pkgguard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValuesTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void decisionsAndLevelsOrderFromPermissiveToStrict() {
    assertThat(Decision.ALLOW.strictest(Decision.REVIEW)).isEqualTo(Decision.REVIEW);
    assertThat(Decision.REJECT.strictest(Decision.ALLOW)).isEqualTo(Decision.REJECT);
    assertThat(Decision.SPECIAL_APPROVAL.isAtLeast(Decision.REVIEW)).isTrue();
    assertThat(RiskLevel.LOW.max(RiskLevel.CRITICAL)).isEqualTo(RiskLevel.CRITICAL);
    assertThat(RiskLevel.MEDIUM.isAtLeast(RiskLevel.HIGH)).isFalse();
  }

  @Test
  void anIncompleteVerdictMustBeReject() {
    assertThatThrownBy(
            () -> Verdict.builder(PackageId.pypi("x"), Decision.ALLOW).complete(false).build())
        .hasMessageContaining("incomplete");
  }

  @Test
  void verdictListsFindingsMostSevereFirst() {
    Finding low = Finding.of("b-rule", RiskLevel.LOW, RiskCategory.NAME, "low");
    Finding high = Finding.of("a-rule", RiskLevel.HIGH, RiskCategory.AGE, "high");
    Verdict verdict =
        Verdict.builder(PackageId.pypi("x"), Decision.SPECIAL_APPROVAL)
            .version("1")
            .findings(List.of(low, high))
            .rulesRun(List.of("a-rule", "b-rule"))
            .policyFingerprint("p")
            .times(T0, T0)
            .build();
    assertThat(verdict.risk()).isEqualTo(RiskLevel.HIGH);
    assertThat(verdict.findings()).containsExactly(high, low);
    assertThat(verdict.findingsOf("b-rule")).containsExactly(low);
    assertThat(verdict.isAllowed()).isFalse();
  }

  @Test
  void valuesRejectNullsAndCopyCollections() {
    assertThatThrownBy(() -> new PackageId("pypi", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new PackageId(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    var extras = new java.util.HashSet<>(Set.of("a"));
    PackageRequest request = PackageRequest.of(PackageId.pypi("x")).withExtras(extras);
    extras.add("b");
    assertThat(request.extras()).containsExactly("a");
    assertThatThrownBy(() -> Evidence.of("odd")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void metadataKnowsWhenTheProjectFirstAndLastUploaded() {
    URI url = URI.create("https://example.org/f");
    DistributionFile early =
        DistributionFile.of("a-1.tar.gz", url, DistributionFile.Kind.SDIST).withUploadTime(T0);
    DistributionFile late =
        DistributionFile.of("a-2.tar.gz", url, DistributionFile.Kind.SDIST)
            .withUploadTime(T0.plusSeconds(3600));
    PackageMetadata metadata =
        PackageMetadata.builder(PackageId.pypi("a"), "2", url)
            .releases(
                List.of(
                    new Release("2", List.of(late)),
                    new Release("1", List.of(early)),
                    new Release("0", List.of())))
            .build();
    assertThat(metadata.firstUpload()).contains(T0);
    assertThat(metadata.lastUpload()).contains(T0.plusSeconds(3600));
    assertThat(new Release("0", List.of()).isYanked()).isFalse();
  }

  @Test
  void requestRendersAsEcosystemNameAndPin() {
    assertThat(PackageRequest.of(PackageId.pypi("requests"), "2.0"))
        .hasToString("pypi:requests==2.0");
    assertThat(TargetEnvironment.of(Map.of("python_version", "3.12")).marker("python_version"))
        .contains("3.12");
    assertThat(TargetEnvironment.unknown().marker("python_version")).isEmpty();
  }

  @Test
  void sourceDescriptorTrustsItsIndexHostAndListedHostsCaseInsensitively() {
    SourceDescriptor source =
        new SourceDescriptor(
            "pypi", "pypi", URI.create("https://pypi.org/pypi"), Set.of("Files.PythonHosted.org"));
    assertThat(source.trustsHost("files.pythonhosted.org")).isTrue();
    assertThat(source.trustsHost("PYPI.org")).isTrue();
    assertThat(source.trustsHost("evil.example")).isFalse();
    assertThat(source.trustsHost(null)).isFalse();
  }

  @Test
  void aRequestStageContextHasNoMetadata() {
    RuleContext context = RuleContext.builder(PackageRequest.of(PackageId.pypi("x"))).build();
    assertThat(context.hasMetadata()).isFalse();
    assertThatThrownBy(context::metadata)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("request-stage");
  }
}
