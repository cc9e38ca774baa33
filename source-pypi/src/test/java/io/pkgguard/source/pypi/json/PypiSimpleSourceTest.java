package io.pkgguard.source.pypi.json;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.ProjectStatus;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceException.Reason;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.core.transport.HostTrust;
import io.pkgguard.core.transport.JdkHttpTransport;
import io.pkgguard.core.transport.TrustedTransport;
import io.pkgguard.source.pypi.testing.CoreMetadataTexts;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Simple-API-only source on the recorded requests page (Simple API 1.4, July/August 2026),
 * its file URLs pointed at this test's server; the core metadata file is written field for field
 * from the specification, and its digest substituted for the recorded one of that wheel.
 */
class PypiSimpleSourceTest {

  @RegisterExtension
  static WireMockExtension index =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static JdkHttpTransport http;
  private static final String WHEEL = "requests-2.34.2-py3-none-any.whl";
  private static final String RECORDED_DIGEST =
      "8c384ba3e979480faae2859d3c5e6c1276dd2c3616e322e124d52c8cfc556f27";

  @BeforeAll
  static void start() {
    http = JdkHttpTransport.create(Duration.ofSeconds(2), 64L << 20);
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  private static String page() {
    try (InputStream in =
        PypiSimpleSourceTest.class.getResourceAsStream("/fixtures/pypi-simple/requests.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("https://files.pythonhosted.org", index.baseUrl() + "/files");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static void serve(String pageBody, String metadata) {
    index.stubFor(
        get("/simple/requests/")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/vnd.pypi.simple.v1+json")
                    .withBody(pageBody)));
    index.stubFor(
        get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
                "/files/.*/" + WHEEL + ".metadata"))
            .willReturn(aResponse().withStatus(200).withBody(metadata)));
  }

  /** The page with core metadata for {@code wheel} served and its digest substituted. */
  private static String withMetadata(String pageBody, String wheel, String metadata)
      throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var root = mapper.readTree(pageBody);
    for (var file : root.get("files")) {
      if (file.get("filename").asText().equals(wheel)) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) file)
            .putObject("core-metadata")
            .put("sha256", sha256(metadata));
      }
    }
    index.stubFor(
        get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
                "/files/.*/" + wheel + ".metadata"))
            .willReturn(aResponse().withStatus(200).withBody(metadata)));
    return mapper.writeValueAsString(root);
  }

  private static PypiSimpleSource source() {
    URI base = URI.create(index.baseUrl() + "/simple");
    SourceDescriptor descriptor = new SourceDescriptor("corp", "pypi", base, Set.of());
    return PypiSimpleSource.create(
        new SourceSettings(
            descriptor,
            new TrustedTransport(
                http, HostTrust.forIndex(base, Set.of()), 64L << 20, Duration.ofSeconds(30)),
            Clock.systemUTC(),
            Map.of()));
  }

  @Test
  void readsVersionsAndFilesFromThePageAndTheRestFromCoreMetadata() throws Exception {
    String metadata = CoreMetadataTexts.REQUESTS_2_34_2;
    serve(page().replace(RECORDED_DIGEST, sha256(metadata)), metadata);
    PackageMetadata requests = source().fetch(PackageRequest.of(PackageId.pypi("requests")));
    assertThat(requests.version()).isEqualTo("2.34.2");
    assertThat(requests.files())
        .extracting(DistributionFile::filename)
        .containsExactlyInAnyOrder(WHEEL, "requests-2.34.2.tar.gz");
    assertThat(requests.files()).allSatisfy(f -> assertThat(f.sha256()).isPresent());
    assertThat(requests.releases()).hasSizeGreaterThan(100);
    assertThat(requests.releases().get(requests.releases().size() - 1).version())
        .isEqualTo("2.34.2");
    assertThat(requests.firstUpload()).isPresent();
    assertThat(requests.status())
        .hasValueSatisfying(s -> assertThat(s.kind()).isEqualTo(ProjectStatus.Kind.ACTIVE));
    assertThat(requests.summary()).isEqualTo("Python HTTP for Humans.");
    assertThat(requests.author()).contains("Kenneth Reitz");
    assertThat(requests.licenseExpression()).contains("Apache-2.0");
    assertThat(requests.requiresDist()).hasSize(3);
    assertThat(requests.requiresPython()).contains(">=3.10");
    assertThat(requests.documentUrl()).hasToString(index.baseUrl() + "/simple/requests/");
  }

  @Test
  void yankedReleasesAreSkippedUnlessPinnedAndReasonsKept() throws Exception {
    String metadata = CoreMetadataTexts.REQUESTS_2_34_2;
    String older = metadata.replace("Version: 2.34.2", "Version: 2.32.2");
    serve(
        withMetadata(
            page().replace(RECORDED_DIGEST, sha256(metadata)),
            "requests-2.32.2-py3-none-any.whl",
            older),
        metadata);
    assertThat(
            source()
                .fetch(
                    PackageRequest.of(PackageId.pypi("requests")).withConstraint(">=2.32,<2.32.3"))
                .version())
        .as("2.32.0 and 2.32.1 are yanked")
        .isEqualTo("2.32.2");
    serve(
        withMetadata(
            page(),
            "requests-2.32.0-py3-none-any.whl",
            metadata.replace("Version: 2.34.2", "Version: 2.32.0")),
        metadata);
    PackageMetadata pinned =
        source().fetch(PackageRequest.of(PackageId.pypi("requests"), "2.32.0"));
    assertThat(pinned.yanked()).isTrue();
    assertThat(pinned.yankedReason())
        .contains("Yanked due to conflicts with CVE-2024-35195 mitigation");
    assertThat(pinned.summary()).isEqualTo("Python HTTP for Humans.");
  }

  @Test
  void coreMetadataThatDoesNotMatchItsDigestIsRefused() {
    serve(page(), CoreMetadataTexts.REQUESTS_2_34_2);
    assertThatThrownBy(() -> source().fetch(PackageRequest.of(PackageId.pypi("requests"))))
        .isInstanceOfSatisfying(
            SourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
        .hasMessageContaining("does not match the digest the index declares");
  }

  @Test
  void coreMetadataAboutAnotherProjectIsAMismatch() throws Exception {
    String other = CoreMetadataTexts.REQUESTS_2_34_2.replace("Name: requests", "Name: reqeusts");
    serve(page().replace(RECORDED_DIGEST, sha256(other)), other);
    assertThatThrownBy(() -> source().fetch(PackageRequest.of(PackageId.pypi("requests"))))
        .isInstanceOfSatisfying(
            SourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISMATCH));
  }

  @Test
  void promisedCoreMetadataThatIsMissingFailsClosed() {
    serve(page(), "");
    index.stubFor(
        get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
                "/files/.*/" + WHEEL + ".metadata"))
            .willReturn(aResponse().withStatus(404)));
    assertThatThrownBy(() -> source().fetch(PackageRequest.of(PackageId.pypi("requests"))))
        .isInstanceOfSatisfying(
            SourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
        .hasMessageContaining("no core metadata of " + WHEEL);
  }

  @Test
  void anHtmlSimpleIndexIsExplained() {
    index.stubFor(
        get("/simple/requests/")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><a href='x'>x</a></html>")));
    assertThatThrownBy(() -> source().fetch(PackageRequest.of(PackageId.pypi("requests"))))
        .hasMessageContaining("needs the JSON form of the Simple API (PEP 691)");
  }

  @Test
  void anUnknownProjectIsNotFound() {
    index.stubFor(
        get("/simple/nope/")
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "text/plain")
                    .withBody("404 Not Found")));
    assertThatThrownBy(() -> source().fetch(PackageRequest.of(PackageId.pypi("nope"))))
        .isInstanceOfSatisfying(
            SourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
  }
}
