package io.pkgguard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderOptionsTest {

  private static ProviderOptions of(Map<String, String> options) {
    return key -> Optional.ofNullable(options.get(key));
  }

  @Test
  void aPositiveNumberOrTheFallback() {
    assertThat(of(Map.of("timeout-ms", " 2500 ")).positiveOption("timeout-ms", 1)).isEqualTo(2500);
    assertThat(of(Map.of()).positiveOption("timeout-ms", 30_000)).isEqualTo(30_000);
  }

  @Test
  void anythingElseIsAnErrorNamingTheOption() {
    for (String bad : new String[] {"0", "-5", "ten", "", "99999999999999999999"}) {
      assertThatThrownBy(() -> of(Map.of("max-bytes", bad)).positiveOption("max-bytes", 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("option max-bytes must be a positive whole number, not '" + bad + "'");
    }
  }
}
