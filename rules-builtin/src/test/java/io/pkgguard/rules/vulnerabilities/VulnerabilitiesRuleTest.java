package io.pkgguard.rules.vulnerabilities;

import static io.pkgguard.rules.Packages.wellKept;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.Advisory;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleParameterException;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.rules.Packages;
import io.pkgguard.source.pypi.names.PythonNames;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VulnerabilitiesRuleTest {

  /** The rule in a real guard, with a real OSV record in its advisory database. */
  @Nested
  class ThroughAGuard {

    static String record() {
      try (var in =
          VulnerabilitiesRuleTest.class.getResourceAsStream(
              "/osv/vulns-GHSA-9hjg-9r4m-mvj7.json")) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    static String requests(String version) {
      return io.pkgguard.rules.Projects.named("requests").with("version", version).json();
    }

    static io.pkgguard.testkit.RuleTester tester() {
      return io.pkgguard.testkit.RuleTester.forRule(VulnerabilitiesRule.class)
          .at(TODAY)
          .advisory(record())
          .project(
              requests("2.32.4")
                  .replace(
                      "\"releases\":{\"2.32.4\":[]}", "\"releases\":{\"2.32.3\":[],\"2.32.4\":[]}"))
          .release(requests("2.32.3"));
    }

    @Test
    void anAffectedReleaseIsReportedFromTheDatabase() {
      tester()
          .evaluating("requests==2.32.3")
          .expect(
              RiskLevel.MEDIUM,
              "GHSA-9hjg-9r4m-mvj7 (CVE-2024-47081, PYSEC-2026-1872):"
                  + " Requests vulnerable to .netrc credentials leak via malicious URLs [medium, CVSS"
                  + " 3.1 base 5.3]; fixed in 2.32.4")
          .expectDecision(io.pkgguard.api.Decision.REVIEW)
          .run();
    }

    @Test
    void theFixedReleaseIsClean() {
      tester()
          .evaluating("requests==2.32.4")
          .expect(RiskLevel.NONE, "no known advisory affects 2.32.4 (checked: advisory-db)")
          .expectDecision(io.pkgguard.api.Decision.ALLOW)
          .run();
    }
  }

  private static final Instant TODAY = Instant.parse("2026-11-27T10:00:00Z");

  private final VulnerabilitiesRule rule = new VulnerabilitiesRule();

  private List<Finding> check(
      List<Advisory> advisories, Map<String, ?> parameters, List<String> databases, Instant now) {
    var metadata = wellKept("demo").advisories(advisories).build();
    RuleContext context =
        RuleContext.builder(PackageRequest.of(metadata.id()))
            .metadata(metadata)
            .names(PythonNames.scheme())
            .parameters(RuleParameters.of("vulnerabilities", parameters))
            .clock(Clock.fixed(now, ZoneOffset.UTC))
            .source(Packages.PYPI)
            .advisoryDatabases(databases)
            .build();
    return rule.evaluate(context);
  }

  private List<Finding> check(Advisory... advisories) {
    return check(List.of(advisories), Map.of(), List.of("osv"), TODAY);
  }

  /** The real GHSA record of requests' .netrc leak, as the OSV API serves it (fields used). */
  private static Advisory netrcLeak() {
    return new Advisory(
        "GHSA-9hjg-9r4m-mvj7",
        List.of("CVE-2024-47081"),
        "Requests vulnerable to .netrc credentials leak via malicious URLs",
        "",
        List.of("2.32.4"),
        Optional.of(URI.create("https://github.com/advisories/GHSA-9hjg-9r4m-mvj7")),
        "osv",
        false,
        List.of(new Advisory.Severity("CVSS_V3", "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:N/A:N")),
        Optional.of("MODERATE"),
        Optional.empty());
  }

  private static Advisory plain(
      String id, List<String> fixed, Optional<String> word, String... vectors) {
    return new Advisory(
        id,
        List.of(),
        "a bug",
        "",
        fixed,
        Optional.empty(),
        "osv",
        false,
        java.util.Arrays.stream(vectors)
            .map(v -> new Advisory.Severity(v.startsWith("CVSS:4") ? "CVSS_V4" : "CVSS_V3", v))
            .toList(),
        word,
        Optional.empty());
  }

  @Nested
  class Severities {

    @Test
    void aVulnerabilityNamesItsAliasesSeverityAndFix() {
      assertThat(check(netrcLeak()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
                assertThat(f.message())
                    .isEqualTo(
                        "GHSA-9hjg-9r4m-mvj7 (CVE-2024-47081): Requests"
                            + " vulnerable to .netrc credentials leak via malicious URLs [medium, CVSS 3.1 base"
                            + " 5.3]; fixed in 2.32.4");
                assertThat(f.remediation()).isEqualTo("upgrade to 2.32.4 or later");
                assertThat(f.evidence().values())
                    .containsEntry("fixed-in", "2.32.4")
                    .containsEntry("severity-basis", "CVSS 3.1 base 5.3");
              });
    }

    @Test
    void theVectorDecidesNotTheWordAndTheHighestVectorWins() {
      Advisory twoVectors =
          plain(
              "GHSA-1",
              List.of(),
              Optional.of("LOW"),
              "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N",
              "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
      assertThat(check(twoVectors))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
                assertThat(f.message())
                    .contains("[critical, CVSS 3.1 base 9.8]")
                    .endsWith("no fixed version is known");
              });
    }

    @Test
    void withoutAVectorTheDatabasesWordDecides() {
      assertThat(check(plain("GHSA-2", List.of("1.0"), Optional.of("MODERATE"))))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
                assertThat(f.message()).contains("[medium, the database's MODERATE]");
              });
      assertThat(check(plain("GHSA-3", List.of(), Optional.of("LOW"))))
          .singleElement()
          .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.LOW));
    }

    @Test
    void anUnknownSeverityIsNotAssumedLow() {
      assertThat(check(plain("PYSEC-1", List.of("1.1"), Optional.empty())))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
                assertThat(f.message()).contains("[severity not published]");
              });
    }

    @Test
    void aCvssV4VectorIsScoredToo() {
      assertThat(
              check(
                  plain(
                      "GHSA-4",
                      List.of(),
                      Optional.of("LOW"),
                      "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
                assertThat(f.message()).contains("[critical, CVSS 4.0 base 9.3]");
              });
    }

    @Test
    void thePolicyMapsEachSeverityToALevel() {
      assertThat(check(List.of(netrcLeak()), Map.of("medium", "high"), List.of("osv"), TODAY))
          .singleElement()
          .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.HIGH));
      assertThat(
              check(
                  List.of(plain("PYSEC-1", List.of(), Optional.empty())),
                  Map.of("unknown-severity-level", "medium"),
                  List.of("osv"),
                  TODAY))
          .singleElement()
          .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM));
    }
  }

  @Nested
  class Kinds {

    @Test
    void aKnownMaliciousPackageIsCritical() {
      Advisory malware =
          new Advisory(
              "MAL-2026-15859",
              List.of(),
              "Malicious code in" + " 0requests (PyPI)",
              "",
              List.of(),
              Optional.empty(),
              "osv",
              false);
      assertThat(check(malware))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
                assertThat(f.message()).startsWith("known malicious package: MAL-2026-15859");
                assertThat(f.remediation()).contains("treat the machine's credentials as stolen");
              });
    }

    @Test
    void anUndecidedAdvisoryIsReviewedWithTheReason() {
      Advisory undecided =
          new Advisory(
              "PYSEC-9",
              List.of(),
              "",
              "",
              List.of(),
              Optional.empty(),
              "offline",
              false,
              List.of(),
              Optional.empty(),
              Optional.of("fixed bound 'r2' is not a valid pypi version"));
      assertThat(check(undecided))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
                assertThat(f.message())
                    .isEqualTo(
                        "PYSEC-9 may affect this version; it could not be"
                            + " decided: fixed bound 'r2' is not a valid pypi version");
              });
    }

    @Test
    void withdrawnAdvisoriesAreIgnoredAndACleanResultSaysWhatWasChecked() {
      Advisory withdrawn =
          new Advisory("GHSA-w", List.of(), "", "", List.of(), Optional.empty(), "osv", true);
      assertThat(check(List.of(withdrawn), Map.of(), List.of("osv", "local"), TODAY))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.NONE);
                assertThat(f.message())
                    .isEqualTo("no known advisory affects 2.0 (checked: osv," + " local)");
              });
    }

    @Test
    void noDatabaseConsultedIsAFindingNotASilentPass() {
      assertThat(check(List.of(), Map.of(), List.of(), TODAY))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
                assertThat(f.message()).contains("no advisory database was consulted");
              });
    }
  }

  @Nested
  class IgnoreList {

    private final Map<String, ?> ignore =
        Map.of("ignore", List.of("CVE-2024-47081 until 2026-11-27: our code never reads .netrc"));

    @Test
    void anEntryIgnoresTheAdvisoryByAnyOfItsIdsUntilItsDay() {
      assertThat(
              check(
                  List.of(netrcLeak()),
                  ignore,
                  List.of("osv"),
                  Instant.parse("2026-11-27T23:59:59Z")))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.NONE);
                assertThat(f.message())
                    .isEqualTo(
                        "GHSA-9hjg-9r4m-mvj7 is ignored until 2026-11-27:"
                            + " our code never reads .netrc");
              });
    }

    @Test
    void anExpiredEntryStopsWorkingAndSaysSo() {
      assertThat(
              check(
                  List.of(netrcLeak()),
                  ignore,
                  List.of("osv"),
                  Instant.parse("2026-11-28T00:00:00Z")))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
                assertThat(f.message()).endsWith("(its ignore entry expired on 2026-11-27)");
              });
    }

    @Test
    void anEntryWithoutADateOrReasonIsRefused() {
      assertThatThrownBy(
              () ->
                  check(
                      List.of(netrcLeak()),
                      Map.of("ignore", List.of("GHSA-9hjg-9r4m-mvj7")),
                      List.of("osv"),
                      TODAY))
          .isInstanceOf(RuleParameterException.class)
          .hasMessageContaining("must read \"ID until YYYY-MM-DD: reason\"");
      assertThatThrownBy(
              () ->
                  check(
                      List.of(netrcLeak()),
                      Map.of("ignore", List.of("GHSA-1 until 2026-02-30: no")),
                      List.of("osv"),
                      TODAY))
          .hasMessageContaining("2026-02-30 is not a date");
    }
  }
}
