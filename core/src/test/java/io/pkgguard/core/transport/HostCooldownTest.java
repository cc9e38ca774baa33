package io.pkgguard.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportException.Reason;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The rule by which a hanging host is not asked again, and asked again. */
class HostCooldownTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final List<URI> sent = new ArrayList<>();
  private boolean hanging = true;

  private final HostCooldown cooldown =
      new HostCooldown(
          request -> {
            sent.add(request.uri());
            if (hanging && request.uri().getHost().equals("slow.example")) {
              throw new TransportException(
                  Reason.TIMEOUT,
                  request.uri(),
                  "no complete answer from"
                      + " https://slow.example"
                      + request.uri().getPath()
                      + " within 30000 ms");
            }
            return new TransportResponse(200, Map.of(), new byte[0], request.uri());
          },
          Duration.ofSeconds(60),
          now::get);

  private static TransportRequest get(String url) {
    return TransportRequest.get(URI.create(url), "*/*", 1024, Duration.ofSeconds(30));
  }

  @Test
  void afterOneTimeoutTheHostIsNotAskedAgainAndTheFailureSaysWhy() throws Exception {
    assertThatThrownBy(() -> cooldown.get(get("https://slow.example/a/json")))
        .hasMessageContaining("within 30000 ms");

    for (String path : List.of("/b/json", "/c/json")) {
      assertThatThrownBy(() -> cooldown.get(get("https://slow.example" + path)))
          .isInstanceOfSatisfying(
              TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT))
          .hasMessageContaining("https://slow.example is not asked for 60 s more")
          .hasMessageContaining(
              "an earlier request to it timed out (no complete answer from"
                  + " https://slow.example/a/json within 30000 ms)")
          .hasMessageContaining("host-cooldown-ms");
    }
    assertThat(sent).hasSize(1);
    // Other hosts are not affected.
    assertThat(cooldown.get(get("https://fast.example/x")).status()).isEqualTo(200);
  }

  @Test
  void afterTheCooldownOneTrialIsLetThroughAndAnAnswerEndsIt() throws Exception {
    assertThatThrownBy(() -> cooldown.get(get("https://slow.example/a")));
    now.addAndGet(Duration.ofSeconds(61).toNanos());
    hanging = false;

    assertThat(cooldown.get(get("https://slow.example/b")).status()).isEqualTo(200);
    assertThat(cooldown.get(get("https://slow.example/c")).status()).isEqualTo(200);
    assertThat(sent).hasSize(3);
  }

  @Test
  void aTrialThatTimesOutAgainStartsAnotherCooldown() throws Exception {
    assertThatThrownBy(() -> cooldown.get(get("https://slow.example/a")));
    now.addAndGet(Duration.ofSeconds(61).toNanos());
    assertThatThrownBy(() -> cooldown.get(get("https://slow.example/b")))
        .hasMessageContaining("within 30000 ms");
    assertThatThrownBy(() -> cooldown.get(get("https://slow.example/c")))
        .hasMessageContaining("is not asked for 60 s more");
    assertThat(sent).hasSize(2);
  }

  @Test
  void otherFailuresAndLocalMirrorsNeverCoolDown() throws Exception {
    HostCooldown refusing =
        new HostCooldown(
            request -> {
              sent.add(request.uri());
              throw new TransportException(Reason.CONNECTION, request.uri(), "refused");
            },
            Duration.ofSeconds(60),
            now::get);
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> refusing.get(get("https://down.example/x"))).hasMessage("refused");
    }
    assertThat(sent).hasSize(3);
  }
}
