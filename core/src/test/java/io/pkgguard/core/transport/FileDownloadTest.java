package io.pkgguard.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportException.Reason;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Downloads of distribution files: streamed to disk, capped, never decoded. */
class FileDownloadTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().gzipDisabled(true))
          .build();

  private static JdkHttpTransport transport;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    transport = JdkHttpTransport.create(Duration.ofSeconds(2), 8L << 20);
  }

  @AfterAll
  static void stop() {
    transport.close();
  }

  private TransportRequest download(String path, Path target, long cap) {
    return TransportRequest.download(
        URI.create(server.baseUrl() + path), target, cap, Duration.ofSeconds(5));
  }

  @Test
  void aFileIsStreamedToDiskAsPublishedWithoutAskingForGzip() throws Exception {
    byte[] wheel = new byte[300_000];
    new java.util.Random(7).nextBytes(wheel);
    server.stubFor(get("/f.whl").willReturn(aResponse().withBody(wheel)));
    Path target = dir.resolve("f.whl");

    TransportResponse response = transport.get(download("/f.whl", target, 1 << 20));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyLength()).isZero();
    assertThat(Files.readAllBytes(target)).isEqualTo(wheel);
    server.verify(getRequestedFor(urlEqualTo("/f.whl")).withoutHeader("Accept-Encoding"));
  }

  @Test
  void aFileOverTheCapIsRefusedDeclaredOrNot() {
    server.stubFor(get("/big.whl").willReturn(aResponse().withBody(new byte[5000])));
    server.stubFor(
        get("/chunked.whl")
            .willReturn(aResponse().withBody(new byte[5000]).withChunkedDribbleDelay(5, 50)));

    for (String path : new String[] {"/big.whl", "/chunked.whl"}) {
      assertThatThrownBy(() -> transport.get(download(path, dir.resolve("x"), 4096)))
          .isInstanceOfSatisfying(
              TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }
  }

  @Test
  void anErrorPageStaysInMemoryAndTheFileIsNotWritten() throws Exception {
    server.stubFor(get("/gone.whl").willReturn(aResponse().withStatus(404).withBody("gone")));
    Path target = dir.resolve("gone.whl");

    TransportResponse response = transport.get(download("/gone.whl", target, 1 << 20));

    assertThat(response.status()).isEqualTo(404);
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("gone");
    assertThat(target).doesNotExist();
  }

  @Test
  void aFileSentWithAContentEncodingIsRefused() {
    server.stubFor(
        get("/enc.whl")
            .willReturn(aResponse().withHeader("Content-Encoding", "gzip").withBody(new byte[10])));

    assertThatThrownBy(() -> transport.get(download("/enc.whl", dir.resolve("e"), 1 << 20)))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PROTOCOL))
        .hasMessageContaining("content encoding 'gzip'");
  }

  @Test
  void aMirrorFileIsCopiedWithinTheCap() throws Exception {
    Path source = Files.write(dir.resolve("src.tar.gz"), new byte[3000]);

    transport.get(
        TransportRequest.download(
            source.toUri(), dir.resolve("copy"), 4096, Duration.ofSeconds(1)));

    assertThat(dir.resolve("copy")).hasSize(3000);
    assertThatThrownBy(
            () ->
                transport.get(
                    TransportRequest.download(
                        source.toUri(), dir.resolve("copy2"), 2048, Duration.ofSeconds(1))))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }
}
