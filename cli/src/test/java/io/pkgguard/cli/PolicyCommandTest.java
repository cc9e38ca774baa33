package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pkgguard policy check}: valid or not, and what a valid policy weakens. */
class PolicyCommandTest {

  @TempDir Path dir;

  private CliRun checkPolicy(String toml) throws Exception {
    Path file = dir.resolve("pkgguard.toml");
    Files.writeString(file, toml);
    return CliRun.of("policy", "check", file.toString());
  }

  @Test
  void aPolicyAsStrictAsTheBuiltInOneIsValidWithoutWarnings() throws Exception {
    CliRun run = checkPolicy("[limits]\nconcurrency = 4\n");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("valid, as strict as the built-in policy (sha256:");
  }

  @Test
  void everyWeakeningIsAWarningAndExitsOne() throws Exception {
    CliRun run =
        checkPolicy(
            """
        [decisions]
        high = "review"
        [rules.typosquat]
        enabled = false
        [rules.vulnerabilities]
        malicious-level = "high"
        """);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "but it weakens the built-in policy",
            "warning: rule-disabled    typosquat: disabled by the policy",
            "warning: decision-lowered decisions.high: HIGH findings lead to review instead of"
                + " special-approval",
            "warning: level-lowered    rules.vulnerabilities.malicious-level: high instead of"
                + " critical");
  }

  @Test
  void checksSwitchedOffOrExemptionsAddedAreWarnings() throws Exception {
    CliRun run =
        checkPolicy(
            """
        [rules.content]
        disabled-patterns = ["steals-and-sends", "exec-decoded"]
        [rules.name-keywords]
        reject-words = ["malware", "stealer"]
        [rules.vulnerabilities]
        ignore = ["GHSA-xxxx-yyyy-zzzz until 2027-01-31: not reachable"]
        [rules.license]
        denied = ["non-open"]
        """);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "warning: exemption-added  rules.content.disabled-patterns: adds"
                + " \"steals-and-sends\", \"exec-decoded\"",
            "warning: check-removed    rules.name-keywords.reject-words: leaves out"
                + " \"backdoor\", \"bosartig\", \"cookielogger\", \"crack\", \"grabber\""
                + " and 17 more of the rule's default",
            "warning: exemption-added  rules.vulnerabilities.ignore: adds"
                + " \"GHSA-xxxx-yyyy-zzzz until 2027-01-31: not reachable\"")
        .doesNotContain("rules.license");
  }

  @Test
  void thresholdsMovedToCheckLessAreWarnings() throws Exception {
    CliRun run =
        checkPolicy(
            """
        [rules.typosquat]
        critical-rank = 100
        [rules.package-age]
        medium-below-days = 60
        high-below-days = 1
        [rules.name-format]
        max-length = 100
        """);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "warning: limit-relaxed    rules.typosquat.critical-rank: 100 instead of 1000",
            "warning: limit-relaxed    rules.package-age.high-below-days: 1 instead of 7",
            "warning: limit-relaxed    rules.name-format.max-length: 100 instead of 64")
        .doesNotContain("medium-below-days");
  }

  @Test
  void aValueOnlyTheRuleCanJudgeIsCheckedToo() throws Exception {
    CliRun signal = checkPolicy("[rules.content]\ndisabled-patterns = [\"network-send\"]\n");
    CliRun unknown = checkPolicy("[rules.content]\ndisabled-patterns = [\"no-such\"]\n");

    assertThat(signal.exit()).isEqualTo(2);
    assertThat(signal.err())
        .contains("pkgguard.toml:1: [rules.content] disabled-patterns: 'network-send' is a signal")
        .contains("switch off those you mean instead");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no pattern has the id 'no-such'");
  }

  @Test
  void lettingCriticalFindingsThroughIsInvalid() throws Exception {
    CliRun run = checkPolicy("[decisions]\ncritical = \"allow\"\n");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "pkgguard.toml:2: decisions.critical: critical findings are" + " always rejected");
  }
}
