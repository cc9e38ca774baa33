package io.pkgguard.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCacheStoreTest {

  private static final URI URL = URI.create("https://pypi.org/pypi/x/json");

  @TempDir Path dir;

  private final CachingTransportTest.ManualClock clock = new CachingTransportTest.ManualClock();

  private static TransportRequest request() {
    return TransportRequest.get(URL, "application/json", 1 << 20, Duration.ofSeconds(5));
  }

  @Test
  void aLaterRunReusesWhatAnEarlierOneKept() throws Exception {
    CachingTransportTest.Origin origin =
        new CachingTransportTest.Origin()
            .header("Cache-Control", "max-age=600")
            .header("ETag", "\"v1\"");
    CachingTransport.onDisk(origin, dir, 1 << 20, clock).get(request());
    CachingTransport secondRun = CachingTransport.onDisk(origin, dir, 1 << 20, clock);
    TransportResponse again = secondRun.get(request());
    assertThat(new String(again.body(), StandardCharsets.UTF_8)).isEqualTo("{\"v\":1}");
    assertThat(origin.requests).hasSize(1);
    clock.now = clock.now.plusSeconds(601);
    origin.status = 304;
    origin.body = "";
    assertThat(new String(secondRun.get(request()).body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"v\":1}");
    assertThat(origin.requests.get(1).headers()).containsEntry("If-None-Match", "\"v1\"");
  }

  @Test
  void credentialsAreNeverWrittenInClear() throws Exception {
    CachingTransportTest.Origin origin =
        new CachingTransportTest.Origin().header("Cache-Control", "max-age=600");
    CachingTransport.onDisk(origin, dir, 1 << 20, clock)
        .get(
            new TransportRequest(
                URL, Map.of("Authorization", "Basic c2VjcmV0"), 1 << 20, Duration.ofSeconds(5)));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        assertThat(Files.readString(file)).doesNotContain("c2VjcmV0");
      }
    }
  }

  @Test
  void aBodyAndMetadataFromDifferentWritesAreAMissNotAWrongAnswer() throws Exception {
    DiskCacheStore store = new DiskCacheStore(dir, 1 << 20);
    CachingTransport.Key key = new CachingTransport.Key(URL, Map.of());
    store.put(key, entry("first"));
    try (Stream<Path> files = Files.list(dir)) {
      Path body = files.filter(p -> p.toString().endsWith(".body")).findFirst().orElseThrow();
      Files.writeString(body, "second, written by another process meanwhile");
    }
    assertThat(store.get(key)).isEmpty();
  }

  @Test
  void concurrentWritersNeverProduceATornRead() throws Exception {
    DiskCacheStore store = new DiskCacheStore(dir, 64L << 20);
    CachingTransport.Key key = new CachingTransport.Key(URL, Map.of());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int writer = 0; writer < 2; writer++) {
        String payload = String.valueOf((char) ('a' + writer)).repeat(200_000);
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 30; i++) {
                    store.put(key, entry(payload));
                  }
                }));
      }
      for (int reader = 0; reader < 2; reader++) {
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 200; i++) {
                    store
                        .get(key)
                        .ifPresent(
                            e -> {
                              String body = new String(e.response().body(), StandardCharsets.UTF_8);
                              assertThat(body).hasSize(200_000);
                              assertThat(body.chars().distinct().count()).isEqualTo(1);
                            });
                  }
                }));
      }
      for (Future<?> future : work) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void theOldestEntriesGoWhenTheBudgetIsExceeded() throws Exception {
    DiskCacheStore store = new DiskCacheStore(dir, 1_000);
    for (int i = 0; i < 4; i++) {
      store.put(
          new CachingTransport.Key(URI.create("https://pypi.org/" + i), Map.of()),
          entry("x".repeat(400)));
      Thread.sleep(15); // distinct modification times
    }
    assertThat(store.size()).isEqualTo(2);
    assertThat(store.get(new CachingTransport.Key(URI.create("https://pypi.org/3"), Map.of())))
        .isPresent();
    assertThat(store.get(new CachingTransport.Key(URI.create("https://pypi.org/0"), Map.of())))
        .isEmpty();
  }

  private static CachingTransport.Entry entry(String body) {
    return new CachingTransport.Entry(
        new TransportResponse(
            200,
            Map.of("content-type", List.of("application/json")),
            body.getBytes(StandardCharsets.UTF_8),
            URL),
        Instant.parse("2026-11-27T10:00:00Z"),
        Duration.ofSeconds(600),
        Optional.of("\"e\""),
        Optional.empty());
  }
}
