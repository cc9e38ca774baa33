package io.pkgguard.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.pkgguard.api.Decision;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.core.connection.Credentials;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CLI's index credentials, against an index that demands HTTP Basic authentication. */
class IndexCredentialsTest {

  @RegisterExtension
  static WireMockExtension index =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void privateIndex() {
    index.stubFor(get("/pypi/internal-lib/json").willReturn(aResponse().withStatus(401)));
    index.stubFor(
        get("/pypi/internal-lib/json")
            .withBasicAuth("ci-bot", "s3cret")
            .willReturn(aResponse().withStatus(404)));
  }

  private Verdict evaluate(Map<String, String> environment) {
    GuardOptions options = new GuardOptions();
    options.index = index.baseUrl() + "/pypi";
    options.context = new CliContext(environment, "tester", question -> java.util.Optional.empty());
    options.netrc = Credentials::none;
    try (Guard guard = options.buildGuard("pypi")) {
      return guard.evaluate(PackageRequest.of(PackageId.pypi("internal-lib")));
    }
  }

  @Test
  void usernameAndPasswordFromTheEnvironmentReachTheIndex() {
    Verdict verdict =
        evaluate(Map.of("PKGGUARD_INDEX_USERNAME", "ci-bot", "PKGGUARD_INDEX_PASSWORD", "s3cret"));
    assertThat(verdict.findings().get(0).message()).contains("does not exist");
  }

  @Test
  void withoutCredentialsTheRejectionSaysHowToGiveThem() {
    Verdict verdict = evaluate(Map.of());
    assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
    assertThat(verdict.findings().get(0).message())
        .contains("answered HTTP 401", "PKGGUARD_INDEX_USERNAME");
  }

  @Test
  void credentialsNeverAppearInTheVerdict() {
    Verdict verdict =
        evaluate(Map.of("PKGGUARD_INDEX_USERNAME", "ci-bot", "PKGGUARD_INDEX_PASSWORD", "s3cret"));
    assertThat(io.pkgguard.core.verdict.VerdictJson.write(java.util.List.of(verdict)))
        .doesNotContain("s3cret")
        .doesNotContain("Y2ktYm90OnMzY3JldA");
  }
}
