package io.pkgguard.advisories.osv;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.pkgguard.advisories.osv.OsvFixtures.ECOSYSTEMS;
import static io.pkgguard.advisories.osv.OsvFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.pkgguard.api.Advisory;
import io.pkgguard.api.AdvisoryQuery;
import io.pkgguard.api.AdvisorySettings;
import io.pkgguard.api.AdvisorySource;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.SourceException;
import io.pkgguard.core.transport.HostTrust;
import io.pkgguard.core.transport.JdkHttpTransport;
import io.pkgguard.core.transport.TrustedTransport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OSV API client against WireMock serving recorded answers (see resources/osv/README.md). */
class OsvApiSourceTest {

  @RegisterExtension
  static WireMockExtension osv =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static JdkHttpTransport http;

  @BeforeAll
  static void start() {
    http = JdkHttpTransport.create(Duration.ofSeconds(2), 64L << 20);
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  private static AdvisorySource source(Map<String, String> options) {
    URI base = URI.create(osv.baseUrl());
    SourceDescriptor descriptor = new SourceDescriptor("osv", "*", base, Set.of());
    TrustedTransport transport =
        new TrustedTransport(
            http, HostTrust.forIndex(base, Set.of()), 64L << 20, Duration.ofSeconds(30));
    return new OsvApiSourceProvider()
        .create(
            new AdvisorySettings(descriptor, transport, Clock.systemUTC(), options, ECOSYSTEMS));
  }

  private static void serveBatch(String body) {
    osv.stubFor(
        post("/v1/querybatch")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  private static void serveRecord(String id, String file) {
    osv.stubFor(
        get("/v1/vulns/" + id)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(text(file))));
  }

  private static void serveRecordedRequestsAnswer() {
    serveBatch(text("api/querybatch-requests-0requests.response.json"));
    serveRecord("GHSA-9hjg-9r4m-mvj7", "api/vulns-GHSA-9hjg-9r4m-mvj7.json");
    serveRecord("PYSEC-2026-1872", "api/vulns-PYSEC-2026-1872.json");
    serveRecord("MAL-2026-15859", "records/MAL-2026-15859-pypi-0requests.json");
  }

  private static final AdvisoryQuery REQUESTS =
      new AdvisoryQuery(PackageId.pypi("requests"), "2.31.0");
  private static final AdvisoryQuery ZERO_REQUESTS =
      new AdvisoryQuery(PackageId.pypi("0requests"), "0.0.1");

  @Test
  void asksForManyPackagesInOneBatchAndFetchesEachRecordOnce() throws Exception {
    serveRecordedRequestsAnswer();
    AdvisorySource source = source(Map.of());

    Map<AdvisoryQuery, List<Advisory>> found = source.advisories(List.of(REQUESTS, ZERO_REQUESTS));

    osv.verify(
        1,
        postRequestedFor(urlPathEqualTo("/v1/querybatch"))
            .withRequestBody(
                equalToJson(
                    "{\"queries\": [{\"package\": {\"ecosystem\": \"PyPI\", \"name\":"
                        + " \"requests\"}, \"version\": \"2.31.0\"}, {\"package\": {\"ecosystem\": \"PyPI\","
                        + " \"name\": \"0requests\"}, \"version\": \"0.0.1\"}]}")));
    assertThat(found.get(REQUESTS))
        .extracting(Advisory::id)
        .containsExactly("GHSA-9hjg-9r4m-mvj7", "PYSEC-2026-1872");
    assertThat(found.get(REQUESTS).get(0))
        .satisfies(
            a -> {
              assertThat(a.fixedIn()).containsExactly("2.32.4");
              assertThat(a.databaseSeverity()).contains("MODERATE");
              assertThat(a.severities()).isNotEmpty();
              assertThat(a.source()).isEqualTo("osv");
            });
    assertThat(found.get(ZERO_REQUESTS))
        .singleElement()
        .satisfies(a -> assertThat(a.isMalicious()).isTrue());

    serveBatch(
        "{\"results\": [{\"vulns\": [{\"id\": \"GHSA-9hjg-9r4m-mvj7\", \"modified\":"
            + " \"2026-07-07T17:56:56.234172Z\"}]}]}");
    assertThat(source.advisories(REQUESTS.id(), REQUESTS.version())).hasSize(1);
    osv.verify(2, postRequestedFor(urlPathEqualTo("/v1/querybatch")));
    osv.verify(1, getRequestedFor(urlPathEqualTo("/v1/vulns/GHSA-9hjg-9r4m-mvj7")));
  }

  @Test
  void oneRoundTripPerThousandPackages() throws Exception {
    StringBuilder empty = new StringBuilder("{\"results\": [");
    for (int i = 0; i < 1000; i++) {
      empty.append(i == 0 ? "{}" : ", {}");
    }
    osv.stubFor(
        post("/v1/querybatch")
            .withRequestBody(matchingJsonPath("$.queries[999]"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(empty + "]}")));
    osv.stubFor(
        post("/v1/querybatch")
            .withRequestBody(
                matchingJsonPath(
                    "$.queries.length()",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo("1")))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"results\": [{}]}")));
    List<AdvisoryQuery> queries = new ArrayList<>();
    for (int i = 0; i <= 1000; i++) {
      queries.add(new AdvisoryQuery(PackageId.pypi("pkg" + i), "1.0"));
    }

    Map<AdvisoryQuery, List<Advisory>> found = source(Map.of()).advisories(queries);

    assertThat(found).hasSize(1001).allSatisfy((q, list) -> assertThat(list).isEmpty());
    osv.verify(2, postRequestedFor(urlPathEqualTo("/v1/querybatch")));
  }

  @Test
  void followsNextPageTokens() throws Exception {
    osv.stubFor(
        post("/v1/querybatch")
            .withRequestBody(
                matchingJsonPath(
                    "$.queries[0].page_token",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo("page-2")))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"results\": [{\"vulns\": [{\"id\": \"PYSEC-2026-1872\", \"modified\":"
                            + " \"2026-07-07T17:47:00.332079Z\"}]}]}")));
    osv.stubFor(
        post("/v1/querybatch")
            .atPriority(2)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"results\": [{\"vulns\": [{\"id\": \"GHSA-9hjg-9r4m-mvj7\","
                            + " \"modified\": \"2026-07-07T17:56:56.234172Z\"}], \"next_page_token\":"
                            + " \"page-2\"}]}")));
    serveRecord("GHSA-9hjg-9r4m-mvj7", "api/vulns-GHSA-9hjg-9r4m-mvj7.json");
    serveRecord("PYSEC-2026-1872", "api/vulns-PYSEC-2026-1872.json");

    assertThat(source(Map.of()).advisories(REQUESTS.id(), REQUESTS.version()))
        .extracting(Advisory::id)
        .containsExactly("GHSA-9hjg-9r4m-mvj7", "PYSEC-2026-1872");
  }

  @Test
  void whatOsvListsAffectsTheVersionEvenWhereTheLocalReadingIsUndecided() throws Exception {
    serveBatch(
        "{\"results\": [{\"vulns\": [{\"id\": \"PYSEC-2099-5\", \"modified\":"
            + " \"2026-01-01T00:00:00Z\"}]}]}");
    // built in the OSV schema's layout: a bound that is not a PEP 440 version
    osv.stubFor(
        get("/v1/vulns/PYSEC-2099-5")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\": \"PYSEC-2099-5\","
                            + " \"affected\": [{\"package\": {\"ecosystem\": \"PyPI\", \"name\":"
                            + " \"requests\"}, \"ranges\": [{\"type\": \"ECOSYSTEM\", \"events\":"
                            + " [{\"introduced\": \"0\"}, {\"fixed\": \"release-2\"}]}]}]}")));
    assertThat(source(Map.of()).advisories(REQUESTS.id(), REQUESTS.version()))
        .singleElement()
        .satisfies(a -> assertThat(a.undecided()).isEmpty());
  }

  @Test
  void ecosystemsOsvDoesNotCoverCostNoRequest() throws Exception {
    assertThat(source(Map.of()).advisories(new PackageId("conda", "numpy"), "1.0")).isEmpty();
    osv.verify(0, postRequestedFor(urlPathEqualTo("/v1/querybatch")));
  }

  @Test
  void networkFaultsAndBadAnswersFailWithTheReason() {
    AdvisorySource source = source(Map.of("timeout-ms", "500"));
    osv.stubFor(post("/v1/querybatch").willReturn(aResponse().withStatus(500)));
    assertThatThrownBy(() -> source.advisories(REQUESTS.id(), REQUESTS.version()))
        .isInstanceOf(SourceException.class)
        .hasMessageEndingWith("/v1/querybatch answered HTTP 500");
    osv.stubFor(post("/v1/querybatch").willReturn(aResponse().withStatus(429)));
    assertThatThrownBy(() -> source.advisories(REQUESTS.id(), REQUESTS.version()))
        .hasMessageEndingWith("answered HTTP 429");
    osv.stubFor(
        post("/v1/querybatch").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> source.advisories(REQUESTS.id(), REQUESTS.version()))
        .hasMessageStartingWith("OSV could not be consulted");
    osv.stubFor(
        post("/v1/querybatch")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withFixedDelay(2_000)
                    .withBody("{\"results\": [{}]}")));
    assertThatThrownBy(() -> source.advisories(REQUESTS.id(), REQUESTS.version()))
        .hasMessageStartingWith("OSV could not be consulted");
    serveBatch("{\"results\": [{}, {}]}");
    assertThatThrownBy(() -> source.advisories(REQUESTS.id(), REQUESTS.version()))
        .hasMessageEndingWith("querybatch answered 2 results for 1 queries");
    serveBatch("{\"results\": ");
    assertThatThrownBy(() -> source.advisories(REQUESTS.id(), REQUESTS.version()))
        .hasMessageContaining("did not answer with JSON");
    osv.stubFor(
        post("/v1/querybatch")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html>maintenance</html>")));
    assertThatThrownBy(() -> source.advisories(REQUESTS.id(), REQUESTS.version()))
        .hasMessageEndingWith("answered text/html instead of JSON");
  }

  @Test
  void redirectsToAnotherHostAreRefused() {
    osv.stubFor(
        post("/v1/querybatch")
            .willReturn(
                aResponse()
                    .withStatus(307)
                    .withHeader("Location", "https://osv.example.net/v1/querybatch")));
    assertThatThrownBy(() -> source(Map.of()).advisories(REQUESTS.id(), REQUESTS.version()))
        .isInstanceOf(SourceException.class)
        .satisfies(
            e ->
                assertThat(((SourceException) e).reason())
                    .isEqualTo(SourceException.Reason.UNTRUSTED))
        .hasMessageContaining("osv.example.net");
  }

  @Test
  void aListedRecordThatIsMissingOrAnotherIsAnError() {
    serveBatch(
        "{\"results\": [{\"vulns\": [{\"id\": \"GHSA-0000-0000-0000\", \"modified\":"
            + " \"2026-01-01T00:00:00Z\"}]}]}");
    osv.stubFor(
        get("/v1/vulns/GHSA-0000-0000-0000")
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(text("api/vulns-not-found-404.json"))));
    assertThatThrownBy(() -> source(Map.of()).advisories(REQUESTS.id(), REQUESTS.version()))
        .hasMessageContaining("OSV listed GHSA-0000-0000-0000 but");
    serveRecord("GHSA-0000-0000-0000", "api/vulns-PYSEC-2026-1872.json");
    assertThatThrownBy(() -> source(Map.of()).advisories(REQUESTS.id(), REQUESTS.version()))
        .hasMessageEndingWith("describes PYSEC-2026-1872, not GHSA-0000-0000-0000");
  }
}
