package io.pkgguard.source.conda.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.Zstd;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.core.transport.HostTrust;
import io.pkgguard.core.transport.JdkHttpTransport;
import io.pkgguard.core.transport.TrustedTransport;
import io.pkgguard.source.conda.CondaEcosystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conda channel as a source, against WireMock serving the recorded repodata and anaconda.org
 * bodies (src/test/resources/fixtures, provenance in its README), and against file channels.
 */
class CondaChannelSourceTest {

  @RegisterExtension
  static WireMockExtension channel =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JdkHttpTransport http;
  private static final CondaEcosystem CONDA = new CondaEcosystem();
  private static final TargetEnvironment LINUX = TargetEnvironment.of(Map.of("subdir", "linux-64"));

  @BeforeAll
  static void start() {
    http = JdkHttpTransport.create(Duration.ofSeconds(2), 256L << 20);
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  static byte[] fixture(String name) {
    try (InputStream in = CondaChannelSourceTest.class.getResourceAsStream("/fixtures/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CondaChannelSource source(String path, Map<String, String> options, Clock clock) {
    URI base = URI.create(channel.baseUrl() + path);
    SourceDescriptor descriptor = new SourceDescriptor("channel", "conda", base, Set.of());
    TrustedTransport transport =
        new TrustedTransport(
            http, HostTrust.forIndex(base, Set.of()), 256L << 20, Duration.ofSeconds(30));
    return CondaChannelSource.create(new SourceSettings(descriptor, transport, clock, options));
  }

  private static CondaChannelSource source(String path) {
    return source(path, Map.of(), Clock.systemUTC());
  }

  private static void serve(String path, byte[] body, String... headers) {
    var response = aResponse().withStatus(200).withBody(body);
    for (int i = 0; i < headers.length; i += 2) {
      response = response.withHeader(headers[i], headers[i + 1]);
    }
    channel.stubFor(get(urlEqualTo(path)).willReturn(response));
  }

  private static void missing(String path) {
    channel.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(404)));
  }

  private static PackageRequest ask(String spec) throws Exception {
    return CONDA.parseRequest(spec).withEnvironment(LINUX);
  }

  @Nested
  class CondaForgeRepodata {

    @Test
    void theNewestBuildIsChosenAndEveryVersionIsListed() throws Exception {
      serveSubchannel("/cf1");
      PackageMetadata certifi = source("/cf1").fetch(ask("certifi"));
      assertThat(certifi.id()).isEqualTo(new PackageId("conda", "certifi"));
      assertThat(certifi.version()).isEqualTo("2024.2.2");
      assertThat(certifi.releases()).extracting(r -> r.version()).contains("2022.9.14", "2024.2.2");
      DistributionFile file = certifi.files().get(0);
      assertThat(file.filename()).isEqualTo("certifi-2024.2.2-pyhd8ed1ab_0.conda");
      assertThat(file.url().toString())
          .isEqualTo(channel.baseUrl() + "/cf1/noarch/certifi-2024.2.2-pyhd8ed1ab_0.conda");
      assertThat(file.kind()).isEqualTo(DistributionFile.Kind.CONDA);
      assertThat(file.sha256()).hasValueSatisfying(s -> assertThat(s).hasSize(64));
      assertThat(file.uploadTime()).isPresent();
      assertThat(certifi.requiresDist()).contains("python >=3.7");
      assertThat(certifi.license()).contains("ISC");
    }

    @Test
    void aMatchSpecChoosesAmongVersionsAndBuilds() throws Exception {
      serveSubchannel("/cf2");
      assertThat(source("/cf2").fetch(ask("certifi <2023")).version()).isEqualTo("2022.9.24");
      assertThat(source("/cf2").fetch(ask("certifi=2022.9.14")).version()).isEqualTo("2022.9.14");
      assertThatThrownBy(() -> source("/cf2").fetch(ask("certifi >=2030")))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("no build of 'certifi'")
          .hasMessageContaining(">=2030");
    }

    @Test
    void aSpecNamingThisChannelIsServedAndOneNamingAnotherIsRefused() throws Exception {
      serveSubchannel("/cf5");
      String here = channel.baseUrl() + "/cf5";
      assertThat(source("/cf5").fetch(ask(here + "::certifi==2022.9.24")).version())
          .isEqualTo("2022.9.24");
      assertThat(
              source("/cf5")
                  .fetch(ask(here + "::certifi==2022.9.24=pyhd8ed1ab_0"))
                  .files()
                  .get(0)
                  .filename())
          .isEqualTo("certifi-2022.9.24-pyhd8ed1ab_0.tar.bz2");
      assertThatThrownBy(() -> source("/cf5").fetch(ask("conda-forge::certifi")))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("asks for another channel than " + here);
    }

    @Test
    void aPackageTheChannelDoesNotHaveIsNotFoundNamingTheChannelAndSubdirs() throws Exception {
      serveSubchannel("/cf3");
      assertThatThrownBy(() -> source("/cf3").fetch(ask("reqeusts")))
          .isInstanceOf(SourceException.class)
          .satisfies(
              e ->
                  assertThat(((SourceException) e).reason())
                      .isEqualTo(SourceException.Reason.NOT_FOUND))
          .hasMessageContaining(
              "no package 'reqeusts' in " + channel.baseUrl() + "/cf3 (linux-64, noarch)");
    }

    @Test
    void aChannelWithoutRepodataIsNotTakenForAnEmptyOne() {
      missing("/nothing/linux-64/repodata.json.zst");
      missing("/nothing/linux-64/repodata.json");
      missing("/nothing/noarch/repodata.json.zst");
      missing("/nothing/noarch/repodata.json");
      assertThatThrownBy(() -> source("/nothing").fetch(ask("numpy")))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("no repodata.json at")
          .hasMessageContaining("a conda channel");
    }

    @Test
    void theCompressedRepodataIsPreferredAndDecompressed() throws Exception {
      byte[] plain = fixture("conda-repodata/conda-forge-noarch-2024-05-subchannel-excerpt.json");
      serve("/zst/noarch/repodata.json.zst", Zstd.compress(plain));
      missing("/zst/linux-64/repodata.json.zst");
      missing("/zst/linux-64/repodata.json");
      assertThat(source("/zst").fetch(ask("pip")).version()).isEqualTo("24.0");
      channel.verify(0, getRequestedFor(urlEqualTo("/zst/noarch/repodata.json")));
    }

    @Test
    void repodataIsReusedWhileFreshThenRevalidatedWithItsEtag() throws Exception {
      byte[] plain = fixture("conda-repodata/conda-forge-noarch-2024-05-subchannel-excerpt.json");
      missing("/etag/noarch/repodata.json.zst");
      missing("/etag/linux-64/repodata.json.zst");
      missing("/etag/linux-64/repodata.json");
      serve("/etag/noarch/repodata.json", plain, "ETag", "\"v1\"", "Cache-Control", "max-age=600");
      MutableClock clock = new MutableClock();
      CondaChannelSource source = source("/etag", Map.of(), clock);
      source.fetch(ask("pip"));
      source.fetch(ask("certifi"));
      channel.verify(1, getRequestedFor(urlEqualTo("/etag/noarch/repodata.json")));

      clock.advance(Duration.ofMinutes(11));
      channel.stubFor(
          get(urlEqualTo("/etag/noarch/repodata.json"))
              .withHeader(
                  "If-None-Match",
                  com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"v1\""))
              .willReturn(aResponse().withStatus(304)));
      assertThat(source.fetch(ask("pip")).version()).isEqualTo("24.0");
      channel.verify(2, getRequestedFor(urlEqualTo("/etag/noarch/repodata.json")));
    }

    @Test
    void aChannelThatFailsIsUnavailableSayingHowAndNeverEmpty() {
      missing("/down/noarch/repodata.json.zst");
      channel.stubFor(
          get(urlEqualTo("/down/noarch/repodata.json")).willReturn(aResponse().withStatus(503)));
      missing("/down/linux-64/repodata.json.zst");
      missing("/down/linux-64/repodata.json");
      assertThatThrownBy(() -> source("/down").fetch(ask("pip")))
          .isInstanceOf(SourceException.class)
          .satisfies(
              e ->
                  assertThat(((SourceException) e).reason())
                      .isEqualTo(SourceException.Reason.UNAVAILABLE))
          .hasMessageContaining("/down/noarch/repodata.json answered HTTP 503");
    }

    @Test
    void repodataRedirectedToAnotherHostIsRefused() {
      channel.stubFor(
          get(urlEqualTo("/moved/noarch/repodata.json.zst"))
              .willReturn(
                  aResponse()
                      .withStatus(302)
                      .withHeader("Location", "https://attacker.example/noarch/repodata.json")));
      assertThatThrownBy(() -> source("/moved").fetch(ask("pip")))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("attacker.example");
    }

    @Test
    void aTruncatedCompressedRepodataIsMalformedNotEmpty() {
      byte[] plain = fixture("conda-repodata/conda-forge-noarch-2024-05-subchannel-excerpt.json");
      byte[] zst = Zstd.compress(plain);
      serve("/cut/noarch/repodata.json.zst", java.util.Arrays.copyOf(zst, zst.length / 2));
      missing("/cut/linux-64/repodata.json.zst");
      missing("/cut/linux-64/repodata.json");
      assertThatThrownBy(() -> source("/cut").fetch(ask("pip")))
          .isInstanceOf(SourceException.class)
          .satisfies(
              e ->
                  assertThat(((SourceException) e).reason())
                      .isEqualTo(SourceException.Reason.MALFORMED));
    }

    private void serveSubchannel(String path) {
      serve(
          path + "/noarch/repodata.json",
          fixture("conda-repodata/conda-forge-noarch-2024-05-subchannel-excerpt.json"));
      missing(path + "/noarch/repodata.json.zst");
      missing(path + "/linux-64/repodata.json.zst");
      missing(path + "/linux-64/repodata.json");
    }
  }

  @Nested
  class AnacondaOrg {

    /**
     * Repodata built field for field from the recorded API body's {@code files[].attrs} (the
     * body holds what a channel's repodata says of each file), so that both describe the same
     * six files.
     */
    private byte[] repodataFromApiBody(String subdir) throws IOException {
      JsonNode body =
          JSON.readTree(fixture("anaconda/package-anaconda-pytest-2025-03-truncated.json"));
      ObjectNode repodata = JSON.createObjectNode();
      repodata.putObject("info").put("subdir", subdir);
      ObjectNode packages = repodata.putObject("packages");
      for (JsonNode file : body.get("files")) {
        String basename = file.get("basename").asText();
        if (!basename.startsWith(subdir + "/")) {
          continue;
        }
        ObjectNode record = ((ObjectNode) file.get("attrs")).deepCopy();
        record.put("name", "pytest");
        record.put("version", file.get("version").asText());
        record.put("size", file.get("size").asLong());
        if (!file.get("sha256").asText().equals("None")) {
          record.put("sha256", file.get("sha256").asText());
        }
        packages.set(basename.substring(subdir.length() + 1), record);
      }
      return JSON.writeValueAsBytes(repodata);
    }

    @Test
    void theApiAddsSummaryOwnerUploadTimesAndHomepage() throws Exception {
      serve("/main/win-64/repodata.json", repodataFromApiBody("win-64"));
      missing("/main/win-64/repodata.json.zst");
      missing("/main/noarch/repodata.json.zst");
      missing("/main/noarch/repodata.json");
      serve(
          "/api/package/main/pytest",
          fixture("anaconda/package-anaconda-pytest-2025-03-truncated.json"),
          "Content-Type",
          "application/json");
      CondaChannelSource source =
          source(
              "/main",
              Map.of("api-url", channel.baseUrl() + "/api", "api-channel", "main"),
              Clock.systemUTC());
      PackageMetadata pytest =
          source.fetch(
              CONDA
                  .parseRequest("pytest")
                  .withEnvironment(TargetEnvironment.of(Map.of("subdir", "win-64"))));
      assertThat(pytest.version()).isEqualTo("8.3.4");
      assertThat(pytest.files().get(0).filename()).isEqualTo("pytest-8.3.4-py39haa95532_0.tar.bz2");
      assertThat(pytest.summary()).isEqualTo("Simple and powerful testing with Python.");
      assertThat(pytest.projectUrls())
          .containsEntry("Source", "https://github.com/pytest-dev/pytest/");
      assertThat(pytest.homePage()).isEmpty(); // the body says "None"
      assertThat(pytest.ownership())
          .hasValueSatisfying(o -> assertThat(o.organization()).contains("anaconda"));
      assertThat(pytest.files().get(0).uploadTime())
          .contains(Instant.parse("2025-02-07T15:05:00.099Z"));
      assertThat(pytest.files().get(0).yanked()).isFalse();
    }

    @Test
    void aBuildWithoutAnAllowedLabelIsWithdrawn() throws Exception {
      serve("/lab/win-64/repodata.json", repodataFromApiBody("win-64"));
      missing("/lab/win-64/repodata.json.zst");
      missing("/lab/noarch/repodata.json.zst");
      missing("/lab/noarch/repodata.json");
      serve(
          "/api2/package/lab/pytest",
          fixture("anaconda/package-anaconda-pytest-2025-03-truncated.json"),
          "Content-Type",
          "application/json");
      CondaChannelSource source =
          source(
              "/lab",
              Map.of(
                  "api-url", channel.baseUrl() + "/api2", "api-channel", "lab", "labels", "gold"),
              Clock.systemUTC());
      PackageMetadata pytest =
          source.fetch(
              CONDA
                  .parseRequest("pytest")
                  .withEnvironment(TargetEnvironment.of(Map.of("subdir", "win-64"))));
      assertThat(pytest.files().get(0).yanked()).isTrue();
      assertThat(pytest.files().get(0).yankedReason())
          .contains("labelled main on anaconda.org, not gold");
    }

    @Test
    void anApiThatCannotAnswerLeavesTheFactsUnknown() throws Exception {
      serve("/down/win-64/repodata.json", repodataFromApiBody("win-64"));
      missing("/down/win-64/repodata.json.zst");
      missing("/down/noarch/repodata.json.zst");
      missing("/down/noarch/repodata.json");
      channel.stubFor(
          get(urlEqualTo("/api3/package/down/pytest")).willReturn(aResponse().withStatus(503)));
      PackageMetadata pytest =
          source(
                  "/down",
                  Map.of("api-url", channel.baseUrl() + "/api3", "api-channel", "down"),
                  Clock.systemUTC())
              .fetch(
                  CONDA
                      .parseRequest("pytest")
                      .withEnvironment(TargetEnvironment.of(Map.of("subdir", "win-64"))));
      assertThat(pytest.summary()).isEmpty();
      assertThat(pytest.ownership()).isEmpty();
      assertThat(pytest.files().get(0).uploadTime()).contains(Instant.ofEpochMilli(1738939219838L));
    }
  }

  @Nested
  class FileChannels {

    @TempDir Path dir;

    @Test
    void theLayoutCondaIndexWritesIsAChannel() throws Exception {
      Files.createDirectories(dir.resolve("noarch"));
      Files.write(
          dir.resolve("noarch/repodata.json"),
          fixture("conda-repodata/defaults-main-noarch-2018-excerpt.json"));
      SourceDescriptor descriptor = new SourceDescriptor("local", "conda", dir.toUri(), Set.of());
      TrustedTransport transport =
          new TrustedTransport(
              http, HostTrust.forIndex(dir.toUri(), Set.of()), 256L << 20, Duration.ofSeconds(30));
      CondaChannelSource source =
          CondaChannelSource.create(
              new SourceSettings(descriptor, transport, Clock.systemUTC(), Map.of()));
      PackageMetadata affine = source.fetch(ask("affine"));
      assertThat(affine.files().get(0).url().getScheme()).isEqualTo("file");
      assertThat(Path.of(affine.files().get(0).url()).getParent())
          .isEqualTo(dir.resolve("noarch").toRealPath());
    }

    @Test
    void aChannelUrlOfAnotherSchemeIsRefused() {
      SourceDescriptor descriptor =
          new SourceDescriptor("x", "conda", URI.create("ftp://example.org/channel"), Set.of());
      assertThatThrownBy(
              () ->
                  CondaChannelSource.create(
                      new SourceSettings(descriptor, request -> null, Clock.systemUTC(), Map.of())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must be https:");
    }
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static Map<String, String> options(String... pairs) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  static List<String> none() {
    return List.of();
  }
}
