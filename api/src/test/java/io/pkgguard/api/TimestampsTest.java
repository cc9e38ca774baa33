package io.pkgguard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One reading of times for every plugin: the forms indexes and OSV records write. */
class TimestampsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2024-11-06T18:56:05Z, 2024-11-06T18:56:05Z",
    "2024-11-06T18:56:05.123456Z, 2024-11-06T18:56:05.123456Z",
    "2024-11-06T18:56:05, 2024-11-06T18:56:05Z",
    "2024-11-06T18:56:05.5, 2024-11-06T18:56:05.500Z",
    "2024-11-06T20:56:05+02:00, 2024-11-06T18:56:05Z",
    "2024-11-06T13:56:05.1-05:00, 2024-11-06T18:56:05.100Z",
    "2024-11-06 18:56:05, 2024-11-06T18:56:05Z",
    "' 2024-11-06T18:56:05Z ', 2024-11-06T18:56:05Z",
    "2024-09-20T15:46:52.557962Z, 2024-09-20T15:46:52.557962Z",
    "2024-11-06, 2024-11-06T00:00:00Z"
  })
  void readsEveryFormIndexesAndRecordsSend(String text, String expected) {
    assertThat(Timestamps.parse(text)).contains(Instant.parse(expected));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "last Tuesday",
        "2024-13-01T00:00:00Z",
        "2024-02-30T00:00:00Z",
        "1730919365",
        "2024-11-06T18:56:05ZZZ",
        "\u0000",
        "9999999999-01-01T00:00:00Z"
      })
  void anythingElseIsNotATime(String text) {
    assertThat(Timestamps.parse(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aHugeTextIsNotReadAtAll() {
    assertThat(Timestamps.parse("2024-11-06T18:56:05Z" + " ".repeat(10) + "x".repeat(1_000_000)))
        .isEmpty();
  }
}
