package io.pkgguard.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.TextFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A policy's fingerprint is what approvals are bound to, so it must be the same for the same
 * configuration in every process, and change whenever what the rules see changes.
 */
class PolicyFingerprintTest {

  private static RuleSettings settings(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return new RuleSettings(true, values);
  }

  @Test
  void ruleParametersAreFingerprintedInKeyOrderNotInTheOrderAMapHappensToIterate() {
    // Map.copyOf (inside RuleSettings) iterates in an order chosen afresh in every JVM: the
    // fingerprint must not depend on it. Pinning the canonical text pins that.
    Policy base = Policy.defaults();
    Policy changed =
        base.withRule("typosquat", settings("zeta", 2L, "alpha", 1L, "middle", List.of("b", "a")));

    assertThat(changed.fingerprint())
        .isEqualTo(
            PolicyFingerprint.of(
                base.fingerprint() + "\nrule:typosquat=true:{alpha=1, middle=[b, a], zeta=2}"));
  }

  @Test
  void aFilesContentIsPartOfTheFingerprintNotOnlyItsName() {
    Policy base = Policy.defaults();
    Policy one =
        base.withRule(
            "typosquat",
            settings("popular-files", List.of(new TextFile("names.txt", "requests\nnumpy\n"))));
    Policy other =
        base.withRule(
            "typosquat",
            settings(
                "popular-files", List.of(new TextFile("names.txt", "requests\nnumpy\nflask\n"))));
    Policy same =
        base.withRule(
            "typosquat",
            settings("popular-files", List.of(new TextFile("names.txt", "requests\nnumpy\n"))));

    assertThat(one.fingerprint()).isNotEqualTo(other.fingerprint()).isEqualTo(same.fingerprint());
  }
}
