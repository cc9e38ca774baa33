package io.pkgguard.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportException.Reason;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryingTransportTest {

  private static final URI URL = URI.create("https://pypi.org/pypi/x/json");

  /** Answers from a queue: a status, or a connection failure (status -1). */
  static final class Script implements HttpTransport {
    final Deque<Object> answers = new ArrayDeque<>();
    int calls;

    Script then(int status, String... headers) {
      Map<String, List<String>> map =
          headers.length == 0 ? Map.of() : Map.of(headers[0], List.of(headers[1]));
      answers.add(new TransportResponse(status, map, new byte[0], URL));
      return this;
    }

    Script thenReset() {
      answers.add(new TransportException(Reason.CONNECTION, URL, "connection reset"));
      return this;
    }

    @Override
    public TransportResponse get(TransportRequest request) throws TransportException {
      calls++;
      Object next = answers.isEmpty() ? null : answers.poll();
      if (next instanceof TransportException e) {
        throw e;
      }
      return (TransportResponse) next;
    }
  }

  private final List<Duration> slept = new ArrayList<>();

  private RetryingTransport retrying(Script script, int attempts) {
    return new RetryingTransport(
        script,
        new RetryPolicy(attempts, Duration.ofMillis(100), Duration.ofSeconds(5)),
        slept::add,
        bound -> bound);
  }

  private static TransportRequest request(Duration deadline) {
    return TransportRequest.get(URL, "application/json", 1024, deadline);
  }

  @Test
  void retriesServerErrorsWithDoublingBackOffUntilOneSucceeds() throws Exception {
    Script script = new Script().then(503).then(502).then(200);
    assertThat(retrying(script, 3).get(request(Duration.ofSeconds(30))).status()).isEqualTo(200);
    assertThat(script.calls).isEqualTo(3);
    assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void aStormThatDoesNotPassEndsWithTheLastAnswerAfterTheLastAttempt() throws Exception {
    Script script = new Script().then(503).then(503).then(503).then(200);
    assertThat(retrying(script, 3).get(request(Duration.ofSeconds(30))).status()).isEqualTo(503);
    assertThat(script.calls).isEqualTo(3);
  }

  @Test
  void honoursRetryAfterInSecondsAndAsADate() throws Exception {
    Script script = new Script().then(429, "Retry-After", "2").then(200);
    assertThat(retrying(script, 3).get(request(Duration.ofSeconds(30))).status()).isEqualTo(200);
    assertThat(slept).containsExactly(Duration.ofSeconds(2));
    String inThreeSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(3));
    TransportResponse dated =
        new TransportResponse(
            429, Map.of("Retry-After", List.of(inThreeSeconds)), new byte[0], URL);
    assertThat(RetryingTransport.retryAfter(dated))
        .hasValueSatisfying(
            d -> assertThat(d).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3)));
  }

  @Test
  void doesNotWaitLongerThanThePolicyOrTheDeadlineAllows() throws Exception {
    Script script = new Script().then(429, "Retry-After", "3600").then(200);
    assertThat(retrying(script, 3).get(request(Duration.ofSeconds(30))).status()).isEqualTo(429);
    assertThat(script.calls).isEqualTo(1);
    Script tight = new Script().then(503).then(200);
    assertThat(retrying(tight, 3).get(request(Duration.ofMillis(50))).status()).isEqualTo(503);
    assertThat(slept).isEmpty();
  }

  @Test
  void retriesBrokenConnectionsButNotOtherFailures() throws Exception {
    Script resets = new Script().thenReset().then(200);
    assertThat(retrying(resets, 3).get(request(Duration.ofSeconds(30))).status()).isEqualTo(200);
    Script always = new Script().thenReset().thenReset().thenReset();
    assertThatThrownBy(() -> retrying(always, 3).get(request(Duration.ofSeconds(30))))
        .hasMessageContaining("connection reset");
    assertThat(always.calls).isEqualTo(3);
    Script untrusted = new Script();
    untrusted.answers.add(new TransportException(Reason.UNTRUSTED, URL, "no"));
    assertThatThrownBy(() -> retrying(untrusted, 3).get(request(Duration.ofSeconds(30))))
        .hasMessage("no");
    assertThat(untrusted.calls).isEqualTo(1);
  }

  @Test
  void clientErrorsAreNotRetried() throws Exception {
    Script script = new Script().then(404).then(200);
    assertThat(retrying(script, 3).get(request(Duration.ofSeconds(30))).status()).isEqualTo(404);
    assertThat(script.calls).isEqualTo(1);
  }

  @Test
  void theHostLimitBoundsRequestsInFlight() throws Exception {
    java.util.concurrent.atomic.AtomicInteger inFlight =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most =
        new java.util.concurrent.atomic.AtomicInteger();
    HttpTransport slow =
        request -> {
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          inFlight.decrementAndGet();
          return new TransportResponse(200, Map.of(), new byte[0], request.uri());
        };
    HostConcurrencyLimit limited = new HostConcurrencyLimit(slow, 2);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<TransportResponse>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(pool.submit(() -> limited.get(request(Duration.ofSeconds(10)))));
      }
      for (var call : calls) {
        assertThat(call.get().status()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(most.get()).isEqualTo(2);
  }
}
