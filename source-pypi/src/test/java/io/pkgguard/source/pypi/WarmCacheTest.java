package io.pkgguard.source.pypi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.pkgguard.api.Decision;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.core.Guard;
import io.pkgguard.source.pypi.testing.SourceOnlyGuards;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With PyPI's caching headers, evaluating a package again does no network I/O at all. */
class WarmCacheTest {

  @RegisterExtension
  static WireMockExtension index =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void aWarmCacheEvaluationMakesNoRequest() throws IOException {
    String luigi;
    try (InputStream in =
        getClass().getResourceAsStream("/fixtures/pypi-json/project-luigi.json")) {
      luigi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    index.stubFor(
        get("/pypi/luigi/json")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Cache-Control", "max-age=900, public")
                    .withHeader("ETag", "\"luigi-26380501\"")
                    .withBody(luigi)));
    try (Guard guard =
        SourceOnlyGuards.builder()
            .index(PackageId.PYPI, URI.create(index.baseUrl() + "/pypi"))
            .build()) {
      PackageRequest request = PackageRequest.of(PackageId.pypi("luigi"));
      Decision first = guard.evaluate(request).decision();
      Decision second = guard.evaluate(request).decision();
      assertThat(second).isEqualTo(first);
    }
    index.verify(1, getRequestedFor(urlEqualTo("/pypi/luigi/json")));
  }
}
