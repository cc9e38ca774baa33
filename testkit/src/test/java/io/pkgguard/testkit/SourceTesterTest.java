package io.pkgguard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.DownloadCounts;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.PackageSource;
import io.pkgguard.api.PackageSourceProvider;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.source.pypi.PypiJsonSourceProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The source tester holds a source to the contract: PyPI's own source meets it on a real recorded
 * response; sources that throw the wrong thing, hang, or invent what a failed request would have
 * told are caught, each with the fault named.
 */
class SourceTesterTest {

  static final PackageRequest SAMPLEPROJECT = PackageRequest.of(PackageId.pypi("sampleproject"));

  static String fixture(String name) {
    try (InputStream in = SourceTesterTest.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SourceTester pypi() {
    return SourceTester.forProvider(new PypiJsonSourceProvider())
        .option("download-stats-url", "https://stats.test/api")
        .trustHost("stats.test")
        .respond("/pypi/sampleproject/json", fixture("release-sampleproject-4.0.0.json"))
        // The documentation's example names "package_name"; the service echoes the name asked.
        .respond(
            "/api/packages/sampleproject/recent",
            fixture("recent-docs-example.json").replace("package_name", "sampleproject"));
  }

  @Test
  void pypisJsonSourceMeetsTheContract() {
    SourceTester tester = pypi();

    PackageMetadata metadata = tester.verifyContract(SAMPLEPROJECT);

    assertThat(metadata.version()).isEqualTo("4.0.0");
    assertThat(metadata.downloads())
        .hasValueSatisfying(d -> assertThat(d.lastMonth()).isEqualTo(2));
    assertThat(tester.requests())
        .extracting(URI::getPath)
        .contains("/pypi/sampleproject/json", "/api/packages/sampleproject/recent");
  }

  @Test
  void anUnknownProjectIsNotFound() {
    SourceException e =
        pypi()
            .fetchFails(
                PackageRequest.of(PackageId.pypi("nothing-here")),
                SourceException.Reason.NOT_FOUND);

    assertThat(e.getMessage()).contains("nothing-here");
  }

  @Test
  void aSourceThatThrowsSomethingElseIsCaught() {
    SourceTester tester =
        SourceTester.forProvider(
            provider(
                settings ->
                    request -> {
                      throw new IllegalStateException("unexpected shape");
                    }));

    assertThatThrownBy(() -> tester.fetch(SAMPLEPROJECT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("threw java.lang.IllegalStateException: unexpected shape")
        .hasMessageContaining("answers or throws SourceException");
  }

  @Test
  void aSourceThatHangsIsCaught() {
    SourceTester tester =
        SourceTester.forProvider(
            provider(
                settings ->
                    request -> {
                      try {
                        Thread.sleep(Duration.ofMinutes(5).toMillis());
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      throw new SourceException(SourceException.Reason.UNAVAILABLE, "gave up");
                    }));

    assertThatThrownBy(() -> tester.fetch(SAMPLEPROJECT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("did not answer sampleproject within 10 s");
  }

  @Test
  void aSourceThatCallsEveryFailureMalformedIsCaught() {
    SourceTester tester =
        SourceTester.forProvider(
                provider(
                    settings ->
                        request -> {
                          TransportResponse response = get(settings, "/pypi/demo/json");
                          if (response.status() != 200) {
                            throw new SourceException(
                                SourceException.Reason.MALFORMED, "bad answer");
                          }
                          return PackageMetadata.builder(request.id(), "1.0", response.uri())
                              .build();
                        }))
            .respond("/pypi/demo/json", "{}");

    assertThatThrownBy(() -> tester.verifyContract(PackageRequest.of(PackageId.pypi("demo"))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "fails with NOT_FOUND, the reason must be NOT_FOUND, not" + " MALFORMED");
  }

  @Test
  void aSourceThatInventsWhatAFailedRequestWouldHaveToldIsCaught() {
    SourceTester tester =
        SourceTester.forProvider(
                provider(
                    settings ->
                        request -> {
                          TransportResponse project = get(settings, "/pypi/demo/json");
                          switch (project.status()) {
                            case 200 -> {}
                            case 404 ->
                                throw new SourceException(
                                    SourceException.Reason.NOT_FOUND, "no demo");
                            default ->
                                throw new SourceException(
                                    SourceException.Reason.UNAVAILABLE, "down");
                          }
                          try {
                            new com.fasterxml.jackson.databind.ObjectMapper()
                                .readTree(project.body());
                          } catch (IOException e) {
                            throw new SourceException(
                                SourceException.Reason.MALFORMED, "not JSON", e);
                          }
                          if (project.bodyLength() == 0) {
                            throw new SourceException(SourceException.Reason.MALFORMED, "empty");
                          }
                          TransportResponse stats;
                          try {
                            stats = get(settings, "/stats/demo");
                          } catch (SourceException e) {
                            stats = null;
                          }
                          DownloadCounts counts =
                              stats != null && stats.status() == 200
                                  ? new DownloadCounts(1, 7, 30)
                                  : new DownloadCounts(0, 0, 0);
                          return PackageMetadata.builder(request.id(), "1.0", project.uri())
                              .downloads(Optional.of(counts))
                              .build();
                        }))
            .respond("/pypi/demo/json", "{\"info\": {}}")
            .respond("/stats/demo", "{}");

    assertThatThrownBy(() -> tester.verifyContract(PackageRequest.of(PackageId.pypi("demo"))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("when /stats/demo fails with SERVER_ERROR")
        .hasMessageContaining("leave what it would have told unknown")
        .hasMessageContaining("downloads");
  }

  /** A GET through the tester's transport, failures as the source's own. */
  static TransportResponse get(SourceSettings settings, String path) throws SourceException {
    try {
      return settings
          .transport()
          .get(
              TransportRequest.get(
                  settings.descriptor().indexUrl().resolve(path),
                  "application/json",
                  1 << 20,
                  Duration.ofSeconds(5)));
    } catch (TransportException e) {
      throw new SourceException(SourceException.Reason.UNAVAILABLE, e.getMessage(), e);
    }
  }

  interface Factory {
    PackageSource create(SourceSettings settings);
  }

  static PackageSourceProvider provider(Factory factory) {
    return new PackageSourceProvider() {
      @Override
      public String type() {
        return "test-json";
      }

      @Override
      public String ecosystem() {
        return "pypi";
      }

      @Override
      public PackageSource create(SourceSettings settings) {
        return factory.create(settings);
      }
    };
  }
}
