package io.pkgguard.source.pypi.json;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.pkgguard.api.Advisory;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceException.Reason;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.core.transport.HostTrust;
import io.pkgguard.core.transport.JdkHttpTransport;
import io.pkgguard.core.transport.TrustedTransport;
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
 * The PyPI JSON source against WireMock serving the recorded PyPI bodies (see
 * src/test/resources/fixtures/README.md), through the core's real transport.
 */
class PypiJsonSourceTest {

  @RegisterExtension
  static WireMockExtension index =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static JdkHttpTransport http;

  @BeforeAll
  static void start() {
    http = JdkHttpTransport.create(Duration.ofSeconds(2), 256L << 20);
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  static String fixture(String name) {
    try (InputStream in =
        PypiJsonSourceTest.class.getResourceAsStream("/fixtures/pypi-json/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PypiJsonSource source(Map<String, String> options) {
    URI base = URI.create(index.baseUrl() + "/pypi");
    SourceDescriptor descriptor =
        new SourceDescriptor("pypi", "pypi", base, Set.of("files.pythonhosted.org"));
    TrustedTransport transport =
        new TrustedTransport(
            http,
            HostTrust.forIndex(base, descriptor.trustedHosts()),
            256L << 20,
            Duration.ofSeconds(30));
    return PypiJsonSource.create(
        new SourceSettings(descriptor, transport, Clock.systemUTC(), options));
  }

  private static PypiJsonSource source() {
    return source(Map.of());
  }

  private static void serve(String path, String body) {
    index.stubFor(
        get(path)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  private static PackageMetadata fetch(String name) throws SourceException {
    return source().fetch(PackageRequest.of(PackageId.pypi(name)));
  }

  private static SourceException failure(String name) {
    try {
      fetch(name);
    } catch (SourceException e) {
      return e;
    }
    throw new AssertionError("expected a SourceException for " + name);
  }

  @Nested
  class RecordedResponses {

    @Test
    void mapsEveryFieldTheRulesNeedFromARealProjectDocument() throws Exception {
      serve("/pypi/luigi/json", fixture("project-luigi.json"));
      PackageMetadata luigi = fetch("luigi");
      assertThat(luigi.id()).isEqualTo(PackageId.pypi("luigi"));
      assertThat(luigi.version()).isEqualTo("3.6.0");
      assertThat(luigi.summary())
          .isEqualTo("Workflow mgmgt + task scheduling + dependency resolution.");
      assertThat(luigi.description()).hasSizeGreaterThan(10_000);
      assertThat(luigi.author()).contains("The Luigi Authors");
      assertThat(luigi.authorEmail()).isEmpty();
      assertThat(luigi.license()).contains("Apache License 2.0");
      assertThat(luigi.classifiers())
          .contains("License :: OSI Approved :: Apache Software" + " License");
      assertThat(luigi.projectUrls()).containsEntry("Homepage", "https://github.com/spotify/luigi");
      assertThat(luigi.homePage()).contains("https://github.com/spotify/luigi");
      assertThat(luigi.releases()).hasSize(84);
      assertThat(luigi.firstUpload()).contains(Instant.parse("2012-10-21T18:51:38.209973Z"));
      assertThat(luigi.files())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.filename()).isEqualTo("luigi-3.6.0.tar.gz");
                assertThat(f.kind()).isEqualTo(DistributionFile.Kind.SDIST);
                assertThat(f.sha256()).hasValueSatisfying(d -> assertThat(d).hasSize(64));
                assertThat(f.url().getHost()).isEqualTo("files.pythonhosted.org");
                assertThat(f.size()).isPresent();
                assertThat(f.yanked()).isFalse();
              });
      assertThat(luigi.requiresDist()).as("null in the recording").isEmpty();
      assertThat(luigi.advisories()).isEmpty();
      assertThat(luigi.documentUrl()).hasToString(index.baseUrl() + "/pypi/luigi/json");
    }

    @Test
    void readsTheOlderDocumentShapeOf2023() throws Exception {
      serve("/pypi/snowballstemmer/json", fixture("project-snowballstemmer-2023.json"));
      PackageMetadata snowball = fetch("snowballstemmer");
      assertThat(snowball.releases()).isNotEmpty();
      assertThat(snowball.files())
          .extracting(DistributionFile::kind)
          .contains(DistributionFile.Kind.WHEEL);
    }

    @Test
    void tellsInstallersFromArchivesByThePackageTypeTheIndexDeclares() throws Exception {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode project = (ObjectNode) mapper.readTree(fixture("project-luigi.json"));
      ((ObjectNode) project.get("info")).put("version", "0.9.6");
      var files = project.putObject("releases").putArray("0.9.6");
      for (String[] f :
          new String[][] {
            {"luigi-0.9.6.linux-x86_64.tar.gz", "bdist_dumb"},
            {"luigi-0.9.6-py3.8.egg", "bdist_egg"},
            {"luigi-0.9.6.win32.exe", "bdist_wininst"},
            {"luigi-0.9.6.win-amd64.msi", "bdist_msi"},
            {"luigi-0.9.6.tar.gz", "sdist"}
          }) {
        files
            .addObject()
            .put("filename", f[0])
            .put("packagetype", f[1])
            .put("url", "https://files.pythonhosted.org/" + f[0]);
      }
      project.set("urls", files);
      serve("/pypi/luigi/json", mapper.writeValueAsString(project));

      assertThat(fetch("luigi").files())
          .extracting(DistributionFile::kind)
          .containsExactly(
              DistributionFile.Kind.OTHER,
              DistributionFile.Kind.EGG,
              DistributionFile.Kind.INSTALLER,
              DistributionFile.Kind.INSTALLER,
              DistributionFile.Kind.SDIST);
    }

    @Test
    void mapsTheAdvisoriesPypiAttachesToARelease() throws Exception {
      // The recorded release document stands in for the project document here: it has the same
      // info/urls/vulnerabilities; it lacks "releases", which is then empty.
      serve("/pypi/aiohttp/json", fixture("release-aiohttp-3.12.15.json"));
      PackageMetadata aiohttp = fetch("aiohttp");
      assertThat(aiohttp.releases()).isEmpty();
      assertThat(aiohttp.advisories()).hasSize(8);
      Advisory first = aiohttp.advisories().get(0);
      assertThat(first.id()).startsWith("GHSA-");
      assertThat(first.source()).isEqualTo("pypi");
      assertThat(first.fixedIn()).isNotEmpty();
      assertThat(first.summary()).isEmpty();
      assertThat(first.withdrawn()).isFalse();
      assertThat(aiohttp.requiresPython()).isPresent();
    }

    @Test
    void asksForAnOlderReleaseAtTheReleaseEndpoint() throws Exception {
      serve(
          "/pypi/sampleproject/json",
          projectWith(fixture("release-sampleproject-4.0.0.json"), "5.0.0", "4.0.0"));
      serve("/pypi/sampleproject/4.0.0/json", fixture("release-sampleproject-4.0.0.json"));
      PackageMetadata metadata =
          source().fetch(PackageRequest.of(PackageId.pypi("sampleproject"), "4.0.0"));
      assertThat(metadata.version()).isEqualTo("4.0.0");
      assertThat(metadata.releases())
          .extracting(r -> r.version())
          .containsExactly("5.0.0", "4.0.0");
      assertThat(metadata.files())
          .extracting(DistributionFile::filename)
          .containsExactly("sampleproject-4.0.0-py3-none-any.whl", "sampleproject-4.0.0.tar.gz");
      assertThat(metadata.documentUrl().getPath()).isEqualTo("/pypi/sampleproject/4.0.0/json");
      assertThat(metadata.requiresDist())
          .containsExactly(
              "peppercorn", "check-manifest; extra == \"dev\"", "coverage; extra == \"test\"");
    }

    @Test
    void looksNamesUpInNormalizedForm() throws Exception {
      serve("/pypi/luigi/json", fixture("project-luigi.json"));
      assertThat(fetch("LUIGI").id().name()).isEqualTo("luigi");
      index.verify(getRequestedFor(urlEqualTo("/pypi/luigi/json")));
    }
  }

  @Nested
  class OwnershipAndDownloads {

    @Test
    void readsTheOrganisationAndRolesWhenTheIndexGivesThem() throws Exception {
      serve("/pypi/aiohttp/json", fixture("release-aiohttp-3.12.15.json"));
      assertThat(fetch("aiohttp").ownership())
          .hasValueSatisfying(
              o -> {
                assertThat(o.organization()).contains("aio-libs");
                assertThat(o.roles())
                    .hasSize(5)
                    .allSatisfy(r -> assertThat(r.role()).isEqualTo("Maintainer"));
              });
      serve("/pypi/sampleproject/json", fixture("release-sampleproject-4.0.0.json"));
      assertThat(fetch("sampleproject").ownership())
          .hasValueSatisfying(
              o -> {
                assertThat(o.organization()).contains("pypa");
                assertThat(o.roles()).isEmpty();
              });
    }

    @Test
    void looksUpEachMaintainersAccountPageWhenAskedAndKeepsFailuresUnknown() throws Exception {
      serve("/pypi/aiohttp/json", fixture("release-aiohttp-3.12.15.json"));
      index.stubFor(get(urlMatching("/user/.*")).willReturn(aResponse().withStatus(404)));
      PypiJsonSource source = source(Map.of("account-pages-url", index.baseUrl() + "/user"));

      PackageMetadata aiohttp = source.fetch(PackageRequest.of(PackageId.pypi("aiohttp")));

      assertThat(aiohttp.ownership().orElseThrow().roles())
          .hasSize(5)
          .allSatisfy(r -> assertThat(r.history()).isEmpty());
      for (String user :
          List.of("Andrew.Svetlov", "Dreamsorcerer", "bdraco", "fafhrd", "webknjaz")) {
        index.verify(1, getRequestedFor(urlEqualTo("/user/" + user + "/")));
      }
    }

    @Test
    void accountPagesAreNotRequestedUnlessConfigured() throws Exception {
      serve("/pypi/aiohttp/json", fixture("release-aiohttp-3.12.15.json"));
      fetch("aiohttp");
      index.verify(0, getRequestedFor(urlMatching("/user/.*")));
    }

    @Test
    void readsWhoThePreviousReleaseDeclaredWhenAsked() throws Exception {
      serve("/pypi/luigi/json", fixture("project-luigi.json"));
      // The 3.5.2 release document, built from the project document's shape with its info
      // replaced (constructed, not recorded).
      ObjectNode previous = (ObjectNode) new ObjectMapper().readTree(fixture("project-luigi.json"));
      ((ObjectNode) previous.get("info"))
          .put("version", "3.5.2")
          .put("author", "Erik Bernhardsson")
          .put("author_email", "erikbern@spotify.com");
      serve("/pypi/luigi/3.5.2/json", previous.toString());
      PypiJsonSource source = source(Map.of("previous-release", "true"));

      PackageMetadata luigi = source.fetch(PackageRequest.of(PackageId.pypi("luigi")));

      assertThat(luigi.previousAuthorship())
          .hasValueSatisfying(
              a -> {
                assertThat(a.version()).isEqualTo("3.5.2");
                assertThat(a.author()).contains("Erik Bernhardsson");
                assertThat(a.authorEmail()).contains("erikbern@spotify.com");
              });
      assertThat(luigi.authorship().author()).contains("The Luigi Authors");
      assertThat(fetch("luigi").previousAuthorship()).as("not asked").isEmpty();
    }

    @Test
    void anUnreadablePreviousReleaseLeavesItUnknown() throws Exception {
      serve("/pypi/luigi/json", fixture("project-luigi.json"));
      index.stubFor(get("/pypi/luigi/3.5.2/json").willReturn(aResponse().withStatus(500)));
      PypiJsonSource source = source(Map.of("previous-release", "true"));
      assertThat(source.fetch(PackageRequest.of(PackageId.pypi("luigi"))).previousAuthorship())
          .isEmpty();
    }

    @Test
    void ownershipIsUnknownWhenTheDocumentPredatesIt() throws Exception {
      serve("/pypi/luigi/json", fixture("project-luigi.json"));
      assertThat(fetch("luigi").ownership()).isEmpty();
    }

    private PypiJsonSource withStats() {
      return source(Map.of("download-stats-url", index.baseUrl() + "/api"));
    }

    private static String stats(String name) {
      try (InputStream in =
          PypiJsonSourceTest.class.getResourceAsStream("/fixtures/pypistats/" + name)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Test
    void addsRecentDownloadCountsFromTheStatisticsService() throws Exception {
      String pip =
          fixture("project-luigi.json").replace("\"name\": \"luigi\"", "\"name\": \"pip\"");
      serve("/pypi/pip/json", pip);
      serve("/api/packages/pip/recent", stats("recent-pip-2018-11-02.json"));
      assertThat(withStats().fetch(PackageRequest.of(PackageId.pypi("pip"))).downloads())
          .hasValueSatisfying(
              d -> {
                assertThat(d.lastDay()).isEqualTo(2_295_765);
                assertThat(d.lastWeek()).isEqualTo(15_706_750);
                assertThat(d.lastMonth()).isEqualTo(67_759_913);
              });
    }

    @Test
    void countsAreUnknownWhenTheServiceCannotSayNeverZero() throws Exception {
      serve("/pypi/luigi/json", fixture("project-luigi.json"));
      assertThat(source().fetch(PackageRequest.of(PackageId.pypi("luigi"))).downloads())
          .as("not asked")
          .isEmpty();
      index.stubFor(get("/api/packages/luigi/recent").willReturn(aResponse().withStatus(404)));
      assertThat(withStats().fetch(PackageRequest.of(PackageId.pypi("luigi"))).downloads())
          .as("404")
          .isEmpty();
      serve("/api/packages/luigi/recent", "{\"data\": {\"last_day\": \"many\"}}");
      assertThat(withStats().fetch(PackageRequest.of(PackageId.pypi("luigi"))).downloads())
          .as("wrong shape")
          .isEmpty();
      serve("/api/packages/luigi/recent", stats("recent-pip-2018-11-02.json"));
      assertThat(withStats().fetch(PackageRequest.of(PackageId.pypi("luigi"))).downloads())
          .as("about another package")
          .isEmpty();
      index.stubFor(
          get("/api/packages/luigi/recent")
              .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
      assertThat(withStats().fetch(PackageRequest.of(PackageId.pypi("luigi"))).version())
          .as("the metadata itself is unaffected")
          .isEqualTo("3.6.0");
    }
  }

  @Nested
  class SimpleApiFacts {

    private PypiJsonSource withSimple() {
      return source(Map.of("simple-url", index.baseUrl() + "/simple"));
    }

    private static String page(String name) {
      try (InputStream in =
          PypiJsonSourceTest.class.getResourceAsStream("/fixtures/pypi-simple/" + name)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void servePage(String path, String body) {
      index.stubFor(
          get(path)
              .withHeader(
                  "Accept",
                  com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                      "application/vnd.pypi.simple.v1+json"))
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/vnd.pypi.simple.v1+json")
                      .withBody(body)));
    }

    /** A JSON API document for requests whose files are the Simple page's, for matching. */
    private void serveRequestsProject() throws IOException {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode project = (ObjectNode) mapper.readTree(fixture("project-luigi.json"));
      ((ObjectNode) project.get("info")).put("name", "requests").put("version", "2.33.0");
      ObjectNode releases = project.putObject("releases");
      var files = releases.putArray("2.33.0");
      files
          .addObject()
          .put("filename", "requests-2.33.0-py3-none-any.whl")
          .put("url", "https://files.pythonhosted.org/r.whl")
          .put("packagetype", "bdist_wheel");
      files
          .addObject()
          .put("filename", "requests-2.32.0.tar.gz")
          .put("url", "https://files.pythonhosted.org/r.tar.gz")
          .put("packagetype", "sdist");
      project.set("urls", files);
      serve("/pypi/requests/json", mapper.writeValueAsString(project));
    }

    @Test
    void readsThePublisherOfTheNewestEarlierAttestedReleaseToCompare() throws Exception {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode project = (ObjectNode) mapper.readTree(fixture("project-luigi.json"));
      ((ObjectNode) project.get("info")).put("name", "requests").put("version", "2.33.1");
      ObjectNode releases = project.putObject("releases");
      for (String[] r :
          new String[][] {{"2.33.0", "2025-01-10T00:00:00Z"}, {"2.33.1", "2025-03-10T00:00:00Z"}}) {
        releases
            .putArray(r[0])
            .addObject()
            .put("filename", "requests-" + r[0] + "-py3-none-any.whl")
            .put("url", "https://files.pythonhosted.org/r" + r[0] + ".whl")
            .put("packagetype", "bdist_wheel")
            .put("upload_time_iso_8601", r[1]);
      }
      project.set("urls", releases.get("2.33.1"));
      serve("/pypi/requests/json", mapper.writeValueAsString(project));
      servePage(
          "/simple/requests/", page("requests.json").replace("https://pypi.org", index.baseUrl()));
      index.stubFor(
          get("/integrity/requests/2.33.1/requests-2.33.1-py3-none-any.whl/provenance")
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", ProvenanceClient.MEDIA_TYPE)
                      .withBody(
                          integrity("sampleproject-4.0.0-sdist.provenance.docs-example.json"))));
      index.stubFor(
          get("/integrity/requests/2.33.0/requests-2.33.0-py3-none-any.whl/provenance")
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", ProvenanceClient.MEDIA_TYPE)
                      .withBody(integrity("pypi-attestations-0.0.19-sdist.provenance.json"))));
      PypiJsonSource source =
          source(Map.of("simple-url", index.baseUrl() + "/simple", "provenance", "true"));

      PackageMetadata requests = source.fetch(PackageRequest.of(PackageId.pypi("requests")));

      assertThat(requests.publisher())
          .hasValueSatisfying(p -> assertThat(p.repository()).isEqualTo("pypa/sampleproject"));
      assertThat(requests.previousPublisher())
          .hasValueSatisfying(
              a -> {
                assertThat(a.version()).isEqualTo("2.33.0");
                assertThat(a.publisher().repository()).isEqualTo("trailofbits/pypi-attestations");
              });
    }

    @Test
    void addsTheProjectStatusAndWhichFilesHaveProvenance() throws Exception {
      serveRequestsProject();
      servePage("/simple/requests/", page("requests.json"));
      PackageMetadata requests = withSimple().fetch(PackageRequest.of(PackageId.pypi("requests")));
      assertThat(requests.status())
          .hasValueSatisfying(
              s -> assertThat(s.kind()).isEqualTo(io.pkgguard.api.ProjectStatus.Kind.ACTIVE));
      assertThat(requests.files())
          .filteredOn(f -> f.filename().endsWith(".whl"))
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.provenance())
                      .hasValueSatisfying(
                          p ->
                              assertThat(p)
                                  .hasToString(
                                      "https://pypi.org/integrity/requests/2.33.0/"
                                          + "requests-2.33.0-py3-none-any.whl/provenance")));
      assertThat(requests.files())
          .filteredOn(f -> f.filename().endsWith(".tar.gz"))
          .singleElement()
          .satisfies(f -> assertThat(f.provenance()).isEmpty());
      assertThat(requests.releases().get(0).files().get(0).provenance()).isPresent();
    }

    @Test
    void readsTheReleasesPublisherFromTheIntegrityApi() throws Exception {
      serveRequestsProject();
      // The recorded page, with its provenance URLs pointed at this test's server.
      servePage(
          "/simple/requests/", page("requests.json").replace("https://pypi.org", index.baseUrl()));
      index.stubFor(
          get("/integrity/requests/2.33.0/requests-2.33.0-py3-none-any.whl/provenance")
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withBody(
                          integrity("sampleproject-4.0.0-sdist.provenance.docs-example.json"))));
      PypiJsonSource source =
          source(Map.of("simple-url", index.baseUrl() + "/simple", "provenance", "true"));
      assertThat(source.fetch(PackageRequest.of(PackageId.pypi("requests"))).publisher())
          .hasValueSatisfying(
              p -> {
                assertThat(p.kind()).isEqualTo("GitHub");
                assertThat(p.repository()).isEqualTo("pypa/sampleproject");
                assertThat(p.workflow()).contains("release.yml");
                assertThat(p.environment()).as("an empty string is no environment").isEmpty();
              });
    }

    @Test
    void aPublisherIsUnknownWithoutReadableProvenance() throws Exception {
      serveRequestsProject();
      servePage(
          "/simple/requests/", page("requests.json").replace("https://pypi.org", index.baseUrl()));
      index.stubFor(
          get("/integrity/requests/2.33.0/requests-2.33.0-py3-none-any.whl/provenance")
              .willReturn(
                  aResponse()
                      .withStatus(404)
                      .withBody(integrity("provenance-404-requests-2.32.0-wheel.json"))));
      PypiJsonSource source =
          source(Map.of("simple-url", index.baseUrl() + "/simple", "provenance", "true"));
      assertThat(source.fetch(PackageRequest.of(PackageId.pypi("requests"))).publisher()).isEmpty();
      assertThatThrownBy(() -> source(Map.of("provenance", "yes")))
          .hasMessageContaining("provenance must be true or false");
    }

    private String integrity(String name) {
      try (InputStream in =
          PypiJsonSourceTest.class.getResourceAsStream("/fixtures/pypi-integrity/" + name)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Test
    void aQuarantinedProjectSaysSo() throws Exception {
      serve("/pypi/luigi/json", fixture("project-luigi.json"));
      // Field for field as PEP 792's example and Warehouse emit it (constructed, not recorded).
      servePage(
          "/simple/luigi/",
          "{\"meta\": {\"api-version\": \"1.4\"}, \"name\": \"luigi\","
              + " \"project-status\": {\"status\": \"quarantined\", \"reason\": \"malware\"},"
              + " \"versions\": [], \"files\": []}");
      assertThat(withSimple().fetch(PackageRequest.of(PackageId.pypi("luigi"))).status())
          .hasValueSatisfying(
              s -> {
                assertThat(s.kind()).isEqualTo(io.pkgguard.api.ProjectStatus.Kind.QUARANTINED);
                assertThat(s.reason()).contains("malware");
              });
    }

    @Test
    void olderIndexesCannotSayAndFailuresLeaveItUnknown() throws Exception {
      serve("/pypi/snowballstemmer/json", fixture("project-snowballstemmer-2023.json"));
      servePage("/simple/snowballstemmer/", page("snowballstemmer-2023-api1.1.json"));
      assertThat(withSimple().fetch(PackageRequest.of(PackageId.pypi("snowballstemmer"))).status())
          .as("API 1.1 has no status")
          .isEmpty();
      serve("/pypi/luigi/json", fixture("project-luigi.json"));
      index.stubFor(
          get("/simple/luigi/")
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "text/html")
                      .withBody("<html></html>")));
      assertThat(withSimple().fetch(PackageRequest.of(PackageId.pypi("luigi"))).status())
          .as("HTML answer")
          .isEmpty();
      assertThat(source().fetch(PackageRequest.of(PackageId.pypi("luigi"))).status())
          .as("not asked")
          .isEmpty();
      assertThat(SimpleApiClient.knowsProjectStatus("1.10")).isTrue();
      assertThat(SimpleApiClient.knowsProjectStatus("1.3")).isFalse();
    }
  }

  @Nested
  class VersionConstraints {

    private PackageMetadata resolve(String constraint) throws SourceException {
      serve("/pypi/luigi/json", fixture("project-luigi.json"));
      return source().fetch(PackageRequest.of(PackageId.pypi("luigi")).withConstraint(constraint));
    }

    @Test
    void choosesTheNewestReleaseThatSatisfiesTheConstraint() throws Exception {
      serve(
          "/pypi/luigi/3.4.0/json",
          fixture("project-luigi.json")
              .replace("\"version\": \"3.6.0\"", "\"version\": \"3.4.0\""));
      assertThat(resolve(">=3,<3.5").version()).isEqualTo("3.4.0");
      index.verify(getRequestedFor(urlEqualTo("/pypi/luigi/3.4.0/json")));
    }

    @Test
    void aPinIsMatchedWithPep440EqualityAsInstallersDo() throws Exception {
      serve("/pypi/luigi/json", fixture("project-luigi.json"));
      assertThat(source().fetch(PackageRequest.of(PackageId.pypi("luigi"), "3.6")).version())
          .isEqualTo("3.6.0");
      assertThat(source().fetch(PackageRequest.of(PackageId.pypi("luigi"), "v3.6.0.0")).version())
          .isEqualTo("3.6.0");
    }

    @Test
    void theCurrentReleaseNeedsNoSecondRequest() throws Exception {
      assertThat(resolve(">=3").version()).isEqualTo("3.6.0");
      index.verify(0, getRequestedFor(urlEqualTo("/pypi/luigi/3.6.0/json")));
    }

    @Test
    void ordersNumericallyAndAdmitsPreReleasesOnlyWhenNamedOrAlone() throws Exception {
      serve(
          "/pypi/luigi/2.8.13/json",
          fixture("project-luigi.json")
              .replace("\"version\": \"3.6.0\"", "\"version\": \"2.8.13\""));
      assertThat(resolve("<3").version()).isEqualTo("2.8.13");
      serve(
          "/pypi/luigi/3.0.0b2/json",
          fixture("project-luigi.json")
              .replace("\"version\": \"3.6.0\"", "\"version\": \"3.0.0b2\""));
      assertThat(resolve(">=3.0.0b1,<3.0.0b3").version()).isEqualTo("3.0.0b2");
      assertThatThrownBy(() -> resolve(">=3.0.0b1,<3.0.0"))
          .as("<3.0.0 admits no pre-release of 3.0.0")
          .isInstanceOf(SourceException.class);
    }

    @Test
    void noSatisfyingReleaseIsNotFound() {
      assertThatThrownBy(() -> resolve(">=9"))
          .isInstanceOfSatisfying(
              SourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
          .hasMessageContaining("no installable release of luigi satisfies >=9");
      assertThatThrownBy(() -> resolve(">=1.0.21,<1.0.22"))
          .as("1.0.21 is listed without files")
          .hasMessageContaining("no installable release");
    }

    @Test
    void anInvalidConstraintIsAnInvalidRequest() {
      assertThatThrownBy(() -> resolve("=>3"))
          .isInstanceOfSatisfying(
              SourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_REQUEST));
    }
  }

  @Nested
  class IndexAnswersThatAreRefused {

    @Test
    void aProjectThatDoesNotExist() {
      index.stubFor(
          get("/pypi/nope/json")
              .willReturn(
                  aResponse()
                      .withStatus(404)
                      .withHeader("Content-Type", "application/json")
                      .withBody(fixture("error-404-not-found.json"))));
      SourceException e = failure("nope");
      assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
      assertThat(e).hasMessageContaining("no project nope at " + index.baseUrl());
    }

    @Test
    void aVersionTheProjectDoesNotListIsNotFoundWithoutASecondRequest() {
      serve("/pypi/luigi/json", fixture("project-luigi.json"));
      assertThatThrownBy(() -> source().fetch(PackageRequest.of(PackageId.pypi("luigi"), "99.0")))
          .isInstanceOfSatisfying(
              SourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
          .hasMessageContaining("luigi has no release 99.0");
      index.verify(0, getRequestedFor(urlEqualTo("/pypi/luigi/99.0/json")));
    }

    @Test
    void aVersionThatLooksLikeAPathIsRefused() {
      serve("/pypi/luigi/json", fixture("project-luigi.json"));
      assertThatThrownBy(
              () -> source().fetch(PackageRequest.of(PackageId.pypi("luigi"), "../../admin")))
          .isInstanceOfSatisfying(
              SourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_REQUEST));
    }

    @Test
    void anInvalidNameIsNeverSent() {
      assertThatThrownBy(() -> fetch("evil name"))
          .isInstanceOfSatisfying(
              SourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_REQUEST));
      assertThatThrownBy(() -> fetch("x".repeat(10_000) + "\u0000"))
          .hasMessageContaining("control character U+0000");
    }

    @Test
    void serverErrorsAndRateLimitsAreUnavailable() {
      index.stubFor(get("/pypi/busy/json").willReturn(aResponse().withStatus(500)));
      assertThat(failure("busy").reason()).isEqualTo(Reason.UNAVAILABLE);
      assertThat(failure("busy")).hasMessageContaining("answered HTTP 500");
      index.stubFor(
          get("/pypi/limited/json")
              .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
      assertThat(failure("limited")).hasMessageContaining("rate limited; retry after 30 s");
    }

    @Test
    void htmlInsteadOfJsonIsMalformedAndSaysWhatTheIndexShouldBe() {
      index.stubFor(
          get("/pypi/page/json")
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "text/html")
                      .withBody("<html><body>Login</body></html>")));
      SourceException e = failure("page");
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(e)
          .hasMessageContaining("answered with HTML, not JSON")
          .hasMessageContaining("https://pypi.org/pypi");
      index.stubFor(
          get("/pypi/sneaky/json")
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withBody("\n  <!doctype html>")));
      assertThat(failure("sneaky")).hasMessageContaining("HTML");
    }

    @Test
    void truncatedJsonIsMalformedWithItsPosition() {
      String luigi = fixture("project-luigi.json");
      serve("/pypi/luigi/json", luigi.substring(0, luigi.length() / 2));
      SourceException e = failure("luigi");
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(e).hasMessageContaining("invalid or truncated JSON at line");
    }

    @Test
    void emptyAndNonObjectBodiesAreMalformed() {
      serve("/pypi/empty/json", "");
      assertThat(failure("empty")).hasMessageContaining("empty body");
      serve("/pypi/array/json", "[1, 2]");
      assertThat(failure("array")).hasMessageContaining("did not answer with a JSON object");
    }

    @Test
    void jsonNested100000DeepIsRefusedWithoutAStackOverflow() {
      serve("/pypi/deep/json", "[".repeat(100_000) + "]".repeat(100_000));
      SourceException e = failure("deep");
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(e).hasMessageContaining("beyond safe limits");
    }

    @Test
    void hugeNumbersAreRefused() {
      serve(
          "/pypi/num/json",
          "{\"info\": {\"name\": \"num\", \"version\": \"1\"}, \"last_serial\": "
              + "9".repeat(5000)
              + "}");
      assertThat(failure("num")).hasMessageContaining("beyond safe limits");
    }

    @Test
    void aBodyOverTheSizeLimitIsRefused() {
      serve("/pypi/big/json", "{\"info\": {\"description\": \"" + "x".repeat(3 << 20) + "\"}}");
      PypiJsonSource small = source(Map.of("max-bytes", String.valueOf(1 << 20)));
      assertThatThrownBy(() -> small.fetch(PackageRequest.of(PackageId.pypi("big"))))
          .isInstanceOfSatisfying(
              SourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void anIndexThatNeverAnswersTimesOut() {
      index.stubFor(get("/pypi/stuck/json").willReturn(aResponse().withFixedDelay(20_000)));
      PypiJsonSource impatient = source(Map.of("timeout-ms", "300"));
      assertTimeoutPreemptively(
          Duration.ofSeconds(5),
          () ->
              assertThatThrownBy(() -> impatient.fetch(PackageRequest.of(PackageId.pypi("stuck"))))
                  .isInstanceOfSatisfying(
                      SourceException.class,
                      e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
                  .hasMessageMatching(".*within \\d+ ms"));
    }

    @Test
    void aPassingStormOfServerErrorsIsRetriedThroughTheGuardsTransport() throws Exception {
      String scenario = "storm";
      index.stubFor(
          get("/pypi/luigi/json")
              .inScenario(scenario)
              .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
              .willReturn(aResponse().withStatus(503))
              .willSetStateTo("once"));
      index.stubFor(
          get("/pypi/luigi/json")
              .inScenario(scenario)
              .whenScenarioStateIs("once")
              .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
              .willSetStateTo("twice"));
      index.stubFor(
          get("/pypi/luigi/json")
              .inScenario(scenario)
              .whenScenarioStateIs("twice")
              .willReturn(aResponse().withStatus(200).withBody(fixture("project-luigi.json"))));
      URI base = URI.create(index.baseUrl() + "/pypi");
      SourceDescriptor descriptor = new SourceDescriptor("pypi", "pypi", base, Set.of());
      var chain =
          new TrustedTransport(
              new io.pkgguard.core.transport.RetryingTransport(
                  http, io.pkgguard.core.transport.RetryPolicy.standard()),
              HostTrust.forIndex(base, Set.of()),
              1 << 24,
              Duration.ofSeconds(30));
      PypiJsonSource patient =
          PypiJsonSource.create(new SourceSettings(descriptor, chain, Clock.systemUTC(), Map.of()));
      assertThat(patient.fetch(PackageRequest.of(PackageId.pypi("luigi"))).version())
          .isEqualTo("3.6.0");
      index.verify(3, getRequestedFor(urlEqualTo("/pypi/luigi/json")));
    }

    @Test
    void brokenConnectionsAreUnavailable() {
      index.stubFor(
          get("/pypi/reset/json")
              .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
      assertThat(failure("reset").reason()).isEqualTo(Reason.UNAVAILABLE);
    }

    @Test
    void aRedirectToAnotherHostIsRefused() {
      index.stubFor(
          get("/pypi/moved/json")
              .willReturn(
                  aResponse()
                      .withStatus(302)
                      .withHeader("Location", "https://evil.example/pypi/moved/json")));
      SourceException e = failure("moved");
      assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED);
      assertThat(e).hasMessageContaining("refused a redirect to https://evil.example");
    }

    @Test
    void aMirrorAnsweringAboutAnotherProjectIsAMismatch() {
      serve("/pypi/requests/json", fixture("project-luigi.json"));
      SourceException e = failure("requests");
      assertThat(e.reason()).isEqualTo(Reason.MISMATCH);
      assertThat(e).hasMessageContaining("describes the project 'luigi', not 'requests'");
    }

    @Test
    void fieldsOfTheWrongTypeAreMalformedNamingTheirPath() {
      serve(
          "/pypi/odd/json",
          "{\"info\": {\"name\": \"odd\", \"version\": \"1\", \"classifiers\":"
              + " 5}, \"urls\": []}");
      assertThat(failure("odd"))
          .hasMessageContaining("info.classifiers: expected an array," + " found number");
      serve(
          "/pypi/digest/json",
          "{\"info\": {\"name\": \"digest\", \"version\": \"1\"}, \"urls\":"
              + " [{\"filename\": \"d-1.tar.gz\", \"url\": \"https://files.pythonhosted.org/d\","
              + " \"digests\": {\"sha256\": \"not-hex\"}}]}");
      assertThat(failure("digest"))
          .hasMessageContaining("urls[0].digests.sha256: expected 64" + " hexadecimal digits");
      serve("/pypi/noinfo/json", "{\"urls\": []}");
      assertThat(failure("noinfo"))
          .hasMessageContaining("info: expected an object, found" + " nothing");
    }

    @Test
    void controlCharactersInMetadataAreKeptAsDataNotInterpreted() throws Exception {
      serve(
          "/pypi/ansi/json",
          "{\"info\": {\"name\": \"ansi\", \"version\": \"1\", \"summary\":"
              + " \"\\u001b[31mred\\u001b[0m\"}, \"urls\": []}");
      assertThat(fetch("ansi").summary()).isEqualTo("\u001b[31mred\u001b[0m");
    }
  }

  @Nested
  class LocalMirrors {

    @TempDir Path mirror;

    @Test
    void readsAFileMirrorInTheSameLayout() throws Exception {
      Files.createDirectories(mirror.resolve("luigi"));
      Files.writeString(mirror.resolve("luigi/json"), fixture("project-luigi.json"));
      SourceDescriptor descriptor =
          new SourceDescriptor("mirror", "pypi", mirror.toUri(), Set.of("files.pythonhosted.org"));
      PypiJsonSource local =
          PypiJsonSource.create(
              new SourceSettings(
                  descriptor,
                  new TrustedTransport(
                      http,
                      HostTrust.forIndex(mirror.toUri(), Set.of()),
                      1 << 24,
                      Duration.ofSeconds(5)),
                  Clock.systemUTC(),
                  Map.of()));
      assertThat(local.fetch(PackageRequest.of(PackageId.pypi("luigi"))).version())
          .isEqualTo("3.6.0");
      assertThatThrownBy(() -> local.fetch(PackageRequest.of(PackageId.pypi("absent"))))
          .isInstanceOfSatisfying(
              SourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void refusesIndexesWithOtherSchemesAndBadOptions() {
      SourceDescriptor ftp =
          new SourceDescriptor("x", "pypi", URI.create("ftp://x/pypi"), Set.of());
      assertThatThrownBy(
              () ->
                  PypiJsonSource.create(new SourceSettings(ftp, http, Clock.systemUTC(), Map.of())))
          .hasMessageContaining("must be https:");
      SourceDescriptor ok =
          new SourceDescriptor("x", "pypi", URI.create("https://x/pypi"), Set.of());
      assertThatThrownBy(
              () ->
                  PypiJsonSource.create(
                      new SourceSettings(
                          ok, http, Clock.systemUTC(), Map.of("timeout-ms", "soon"))))
          .hasMessageContaining("timeout-ms must be a positive whole number");
    }
  }

  /** A project document listing the given releases, built from a recorded release document. */
  private static String projectWith(String releaseDocument, String current, String... versions)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode project = (ObjectNode) mapper.readTree(releaseDocument);
    ((ObjectNode) project.get("info")).put("version", current);
    ObjectNode releases = project.putObject("releases");
    releases.putArray(current);
    for (String version : versions) {
      if (!version.equals(current)) {
        releases.set(version, project.get("urls"));
      }
    }
    project.putArray("urls");
    return mapper.writeValueAsString(project);
  }
}
