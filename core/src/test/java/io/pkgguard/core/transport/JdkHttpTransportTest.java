package io.pkgguard.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportException.Reason;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class JdkHttpTransportTest {

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

  private static TransportRequest request(String path, long maxBytes, Duration deadline) {
    return TransportRequest.get(
        URI.create(server.baseUrl() + path), "application/json", maxBytes, deadline);
  }

  private static TransportResponse fetch(String path) throws TransportException {
    return transport.get(request(path, 1 << 20, Duration.ofSeconds(5)));
  }

  @Test
  void returnsStatusHeadersAndBodyAndSendsItsUserAgent() throws Exception {
    server.stubFor(
        get("/ok")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"a\":1}")));
    TransportResponse response = fetch("/ok");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("content-type")).contains("application/json");
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    server.verify(
        getRequestedFor(urlEqualTo("/ok"))
            .withHeader("User-Agent", matching("pkgguard/.*"))
            .withHeader("Accept", matching("application/json")));
  }

  @Test
  void postsTheBodyWithItsContentType() throws Exception {
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post("/batch")
            .willReturn(aResponse().withStatus(200).withBody("{\"results\":[]}")));
    TransportResponse response =
        transport.get(
            TransportRequest.post(
                URI.create(server.baseUrl() + "/batch"),
                "application/json",
                new TransportRequest.Body(
                    "application/json", "{\"queries\":[]}".getBytes(StandardCharsets.UTF_8)),
                1 << 20,
                Duration.ofSeconds(5)));
    assertThat(response.status()).isEqualTo(200);
    server.verify(
        com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/batch"))
            .withHeader("Content-Type", matching("application/json"))
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.equalToJson("{\"queries\":[]}")));
  }

  @Test
  void anErrorStatusIsAResponseNotAnException() throws Exception {
    server.stubFor(
        get("/missing")
            .willReturn(aResponse().withStatus(404).withBody("{\"message\": \"Not Found\"}")));
    assertThat(fetch("/missing").status()).isEqualTo(404);
  }

  @Test
  void decodesGzip() throws Exception {
    server.stubFor(
        get("/gz")
            .willReturn(
                aResponse()
                    .withHeader("Content-Encoding", "gzip")
                    .withBody(gzip("hello".repeat(1000).getBytes(StandardCharsets.UTF_8)))));
    assertThat(fetch("/gz").body()).hasSize(5000);
  }

  @Test
  void refusesAGzipBombByItsUnpackedSize() {
    server.stubFor(
        get("/bomb")
            .willReturn(
                aResponse()
                    .withHeader("Content-Encoding", "gzip")
                    .withBody(gzip(new byte[4 << 20]))));
    assertThatThrownBy(() -> fetch("/bomb"))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
        .hasMessageContaining("larger than 1048576 bytes unpacked");
  }

  @Test
  void aDamagedGzipBodyIsAProtocolError() {
    server.stubFor(
        get("/bad-gz")
            .willReturn(
                aResponse().withHeader("Content-Encoding", "gzip").withBody("not gzip at all")));
    assertThatThrownBy(() -> fetch("/bad-gz"))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PROTOCOL));
  }

  @Test
  void anEncodingThatWasNotAskedForIsAProtocolError() {
    server.stubFor(
        get("/br").willReturn(aResponse().withHeader("Content-Encoding", "br").withBody("x")));
    assertThatThrownBy(() -> fetch("/br")).hasMessageContaining("content encoding 'br'");
  }

  @Test
  void refusesABodyThatDeclaresItIsTooLarge() {
    server.stubFor(get("/big").willReturn(aResponse().withBody(new byte[2 << 20])));
    assertThatThrownBy(() -> fetch("/big"))
        .isInstanceOfSatisfying(
            TransportException.class,
            e ->
                assertThat(e.reason())
                    .as(e.getMessage() + " / " + e.getCause())
                    .isEqualTo(Reason.TOO_LARGE));
  }

  @Test
  void stopsReadingAStreamed200MegabyteBodyAtTheCap() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread streamer = new Thread(() -> streamChunked(listener, 200L << 20), "streamer");
      streamer.setDaemon(true);
      streamer.start();
      URI uri = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/huge");
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () ->
              assertThatThrownBy(
                      () ->
                          transport.get(
                              TransportRequest.get(uri, "*/*", 1 << 20, Duration.ofSeconds(15))))
                  .isInstanceOfSatisfying(
                      TransportException.class,
                      e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE)));
    }
  }

  /** Answers one request with {@code total} bytes, chunked, so no length is declared up front. */
  private static void streamChunked(ServerSocket listener, long total) {
    try (Socket socket = listener.accept()) {
      socket.getInputStream().read(new byte[8192]);
      OutputStream out = socket.getOutputStream();
      out.write(
          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[64 * 1024];
      byte[] header =
          (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
      for (long sent = 0; sent < total; sent += chunk.length) {
        out.write(header);
        out.write(chunk);
        out.write(crlf);
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      // The client hung up at its cap: expected.
    }
  }

  @Test
  void aServerThatNeverAnswersTimesOutAtTheDeadline() {
    server.stubFor(get("/slow").willReturn(aResponse().withFixedDelay(10_000).withBody("{}")));
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertThatThrownBy(() -> transport.get(request("/slow", 1024, Duration.ofMillis(300))))
                .isInstanceOfSatisfying(
                    TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT))
                .hasMessageContaining("within 300 ms"));
  }

  @Test
  void aBodyThatDribblesPastTheDeadlineTimesOut() {
    server.stubFor(
        get("/dribble")
            .willReturn(aResponse().withBody("x".repeat(1000)).withChunkedDribbleDelay(20, 4_000)));
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertThatThrownBy(
                    () -> transport.get(request("/dribble", 1 << 20, Duration.ofMillis(500))))
                .isInstanceOfSatisfying(
                    TransportException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT)));
  }

  @Test
  void brokenConnectionsAreConnectionErrors() {
    for (Fault fault :
        new Fault[] {
          Fault.CONNECTION_RESET_BY_PEER,
          Fault.EMPTY_RESPONSE,
          Fault.MALFORMED_RESPONSE_CHUNK,
          Fault.RANDOM_DATA_THEN_CLOSE
        }) {
      server.stubFor(get("/fault").willReturn(aResponse().withFault(fault)));
      assertTimeoutPreemptively(
          Duration.ofSeconds(10),
          () ->
              assertThatThrownBy(() -> fetch("/fault"))
                  .as(fault.name())
                  .isInstanceOfSatisfying(
                      TransportException.class,
                      e -> assertThat(e.reason()).isIn(Reason.CONNECTION, Reason.PROTOCOL))
                  .hasMessageContaining(server.baseUrl()));
    }
  }

  @Test
  void aResponseThatStopsDeliveringFailsAtTheStallTimeoutNotItsDeadline() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        JdkHttpTransport stalling =
            JdkHttpTransport.create(
                Duration.ofSeconds(2),
                1 << 20,
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                Duration.ofMillis(500))) {
      Thread server =
          new Thread(
              () -> {
                try (Socket socket = listener.accept()) {
                  socket.getInputStream().read(new byte[4096]);
                  OutputStream out = socket.getOutputStream();
                  out.write(
                      ("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + "x".repeat(100))
                          .getBytes(StandardCharsets.US_ASCII));
                  out.flush();
                  Thread.sleep(20_000);
                } catch (IOException | InterruptedException e) {
                  // the client gave up: done
                }
              });
      server.setDaemon(true);
      server.start();
      URI uri = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/f.whl");
      // The deadline is ten minutes, as for a download; the stall timeout decides.
      assertTimeoutPreemptively(
          Duration.ofSeconds(10),
          () ->
              assertThatThrownBy(
                      () ->
                          stalling.get(
                              TransportRequest.get(uri, "*/*", 1 << 20, Duration.ofMinutes(10))))
                  .isInstanceOfSatisfying(
                      TransportException.class,
                      e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT))
                  .hasMessageContaining("sent nothing for 500 ms ([limits] stall-timeout-ms)"));
      server.interrupt();
    }
  }

  @Test
  void retriesCountEveryRequestSentIncludingTheClientsOwnRetry() {
    // The JDK's client sends a GET twice by itself when the connection closes before any answer;
    // with three attempts allowed, a reset once made six requests.
    RetryingTransport retrying =
        new RetryingTransport(
            transport, new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)));
    for (Fault fault :
        new Fault[] {
          Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE, Fault.RANDOM_DATA_THEN_CLOSE
        }) {
      server.resetAll();
      server.stubFor(get("/reset").willReturn(aResponse().withFault(fault)));
      assertThatThrownBy(() -> retrying.get(request("/reset", 1024, Duration.ofSeconds(5))))
          .isInstanceOf(TransportException.class);
      assertThat(server.findAll(getRequestedFor(urlEqualTo("/reset"))))
          .as(fault.name())
          .hasSizeBetween(1, 3);
    }
    server.resetAll();
    server.stubFor(get("/busy").willReturn(aResponse().withStatus(503)));
    assertThat(
            assertDoesNotThrow(() -> retrying.get(request("/busy", 1024, Duration.ofSeconds(5))))
                .status())
        .isEqualTo(503);
    assertThat(server.findAll(getRequestedFor(urlEqualTo("/busy")))).hasSize(3);
  }

  @Test
  void nothingListeningIsAConnectionError() throws IOException {
    int port;
    try (var socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    URI uri = URI.create("http://127.0.0.1:" + port + "/x");
    assertThatThrownBy(
            () -> transport.get(TransportRequest.get(uri, "*/*", 10, Duration.ofSeconds(5))))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONNECTION));
  }

  @Test
  void readsLocalMirrorFiles() throws Exception {
    Path file = dir.resolve("pkg").resolve("json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"info\":{}}");
    TransportResponse found =
        transport.get(TransportRequest.get(file.toUri(), "*/*", 1024, Duration.ofSeconds(1)));
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.body()).hasSize(11);
    TransportResponse missing =
        transport.get(
            TransportRequest.get(
                dir.resolve("nope/json").toUri(), "*/*", 1024, Duration.ofSeconds(1)));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(
            transport
                .get(TransportRequest.get(dir.toUri(), "*/*", 10, Duration.ofSeconds(1)))
                .status())
        .as("a directory is not a document")
        .isEqualTo(404);
    assertThatThrownBy(
            () ->
                transport.get(TransportRequest.get(file.toUri(), "*/*", 5, Duration.ofSeconds(1))))
        .hasMessageContaining("larger than the 5-byte limit");
  }

  @Test
  void refusesOtherSchemes() {
    assertThatThrownBy(
            () ->
                transport.get(
                    TransportRequest.get(URI.create("ftp://x/y"), "*/*", 1, Duration.ofSeconds(1))))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED));
  }

  private static byte[] gzip(byte[] data) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
        out.write(data);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
