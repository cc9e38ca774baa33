package io.pkgguard.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CachingTransportTest {

  private static final URI URL = URI.create("https://pypi.org/pypi/x/json");

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Answers with a fixed status, headers and body, recording requests. */
  static final class Origin implements HttpTransport {
    final List<TransportRequest> requests = new ArrayList<>();
    int status = 200;
    Map<String, List<String>> headers = new LinkedHashMap<>();
    String body = "{\"v\":1}";

    Origin header(String name, String value) {
      headers.put(name, List.of(value));
      return this;
    }

    @Override
    public TransportResponse get(TransportRequest request) {
      requests.add(request);
      return new TransportResponse(
          status, headers, body.getBytes(StandardCharsets.UTF_8), request.uri());
    }
  }

  private final ManualClock clock = new ManualClock();

  private static TransportRequest request(String accept) {
    return TransportRequest.get(URL, accept, 1 << 20, Duration.ofSeconds(5));
  }

  private static String body(TransportResponse response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void postsAreNeverServedFromTheCache() throws Exception {
    Origin origin = new Origin().header("Cache-Control", "max-age=600, public");
    CachingTransport cache = CachingTransport.inMemory(origin, 1 << 20, clock);
    TransportRequest post =
        TransportRequest.post(
            URL,
            "application/json",
            new TransportRequest.Body(
                "application/json", "{\"q\":1}".getBytes(StandardCharsets.UTF_8)),
            1 << 20,
            Duration.ofSeconds(5));
    cache.get(post);
    cache.get(post);
    assertThat(origin.requests).hasSize(2).allSatisfy(r -> assertThat(r.body()).isPresent());
  }

  @Test
  void aFreshResponseIsServedWithoutAnyRequest() throws Exception {
    Origin origin = new Origin().header("Cache-Control", "max-age=600, public");
    CachingTransport cache = CachingTransport.inMemory(origin, 1 << 20, clock);
    cache.get(request("application/json"));
    clock.now = clock.now.plusSeconds(599);
    assertThat(body(cache.get(request("application/json")))).isEqualTo("{\"v\":1}");
    assertThat(origin.requests).hasSize(1);
  }

  @Test
  void aStaleResponseIsRevalidatedAndA304ServesTheKeptBody() throws Exception {
    Origin origin =
        new Origin()
            .header("Cache-Control", "max-age=60")
            .header("ETag", "\"abc\"")
            .header("Last-Modified", "Fri, 27 Nov 2026 09:00:00 GMT");
    CachingTransport cache = CachingTransport.inMemory(origin, 1 << 20, clock);
    cache.get(request("application/json"));
    clock.now = clock.now.plusSeconds(61);
    origin.status = 304;
    origin.body = "";
    assertThat(body(cache.get(request("application/json")))).isEqualTo("{\"v\":1}");
    assertThat(origin.requests).hasSize(2);
    assertThat(origin.requests.get(1).headers())
        .containsEntry("If-None-Match", "\"abc\"")
        .containsEntry("If-Modified-Since", "Fri, 27 Nov 2026 09:00:00 GMT");
    clock.now = clock.now.plusSeconds(30);
    cache.get(request("application/json"));
    assertThat(origin.requests).as("fresh again after the 304").hasSize(2);
  }

  @Test
  void aChangedDocumentReplacesTheKeptOne() throws Exception {
    Origin origin = new Origin().header("ETag", "\"1\"");
    CachingTransport cache = CachingTransport.inMemory(origin, 1 << 20, clock);
    cache.get(request("application/json"));
    origin.body = "{\"v\":2}";
    assertThat(body(cache.get(request("application/json")))).isEqualTo("{\"v\":2}");
  }

  @Test
  void errorsNoStoreAndUnvalidatableResponsesAreNotKept() throws Exception {
    Origin errors = new Origin().header("Cache-Control", "max-age=600");
    errors.status = 503;
    CachingTransport cache = CachingTransport.inMemory(errors, 1 << 20, clock);
    cache.get(request("application/json"));
    cache.get(request("application/json"));
    assertThat(errors.requests).hasSize(2);
    assertThat(cache.size()).isZero();
    Origin noStore = new Origin().header("Cache-Control", "no-store, max-age=600");
    CachingTransport cache2 = CachingTransport.inMemory(noStore, 1 << 20, clock);
    cache2.get(request("application/json"));
    assertThat(cache2.size()).isZero();
    CachingTransport cache3 = CachingTransport.inMemory(new Origin(), 1 << 20, clock);
    cache3.get(request("application/json"));
    assertThat(cache3.size()).isZero();
  }

  @Test
  void requestsWithOtherHeadersAreCachedSeparately() throws Exception {
    Origin origin = new Origin().header("Cache-Control", "max-age=600");
    CachingTransport cache = CachingTransport.inMemory(origin, 1 << 20, clock);
    cache.get(request("application/json"));
    cache.get(request("application/vnd.pypi.simple.v1+json"));
    assertThat(origin.requests).hasSize(2);
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void theLeastRecentlyUsedEntriesGoWhenFull() throws Exception {
    Origin origin = new Origin().header("Cache-Control", "max-age=600");
    origin.body = "x".repeat(400);
    CachingTransport cache = CachingTransport.inMemory(origin, 1000, clock);
    for (String path : List.of("a", "b", "c")) {
      cache.get(
          TransportRequest.get(
              URI.create("https://pypi.org/" + path), "*/*", 1 << 20, Duration.ofSeconds(5)));
    }
    assertThat(cache.size()).isEqualTo(2);
    cache.get(
        TransportRequest.get(
            URI.create("https://pypi.org/a"), "*/*", 1 << 20, Duration.ofSeconds(5)));
    assertThat(origin.requests).as("a was evicted first").hasSize(4);
  }
}
