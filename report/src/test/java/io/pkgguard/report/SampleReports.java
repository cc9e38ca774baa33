package io.pkgguard.report;

import io.pkgguard.api.Artifact;
import io.pkgguard.api.Decision;
import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentDescription.Location;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.Verdict;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports as a run makes them: a requirements file whose second package pulls in a vulnerable
 * dependency, with findings of the kinds the built-in rules write (their evidence keys).
 */
final class SampleReports {

  static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

  private SampleReports() {}

  static Verdict pkg(
      String name,
      String version,
      Decision decision,
      List<Finding> findings,
      List<Verdict> dependencies) {
    return Verdict.builder(PackageId.pypi(name), decision)
        .version(version)
        .artifacts(
            List.of(
                new Artifact(
                    name + "-" + version + "-py3-none-any.whl",
                    URI.create("https://files.example/" + name.hashCode() + ".whl"),
                    Optional.of("ab".repeat(32)))))
        .findings(findings)
        .dependencies(dependencies)
        .build();
  }

  static Finding licence(String expression) {
    return Finding.of("license", RiskLevel.NONE, RiskCategory.LICENSE, "licence " + expression)
        .withEvidence(
            "license", expression, "found-in", "License-Expression", "kinds", "permissive");
  }

  static Report environment() {
    Finding advisory =
        Finding.of(
                "vulnerabilities",
                RiskLevel.HIGH,
                RiskCategory.VULNERABILITY,
                "GHSA-34jh-p97f-mpxf (CVE-2024-37891): Proxy-Authorization kept on redirect"
                    + " [high, CVSS_V3]; fixed in 2.2.2")
            .withEvidence(
                "advisory",
                "GHSA-34jh-p97f-mpxf",
                "aliases",
                "CVE-2024-37891",
                "severity",
                "high",
                "severity-basis",
                "CVSS_V3",
                "fixed-in",
                "2.2.2",
                "source",
                "osv",
                "link",
                "https://osv.dev/vulnerability/GHSA-34jh-p97f-mpxf")
            .withRemediation("upgrade to 2.2.2 or later");
    Verdict urllib3 =
        pkg(
            "urllib3",
            "2.2.1",
            Decision.SPECIAL_APPROVAL,
            List.of(advisory, licence("MIT")),
            List.of());
    Verdict requests =
        pkg(
            "requests",
            "2.32.3",
            Decision.SPECIAL_APPROVAL,
            List.of(licence("Apache-2.0")),
            List.of(urllib3));
    Finding typo =
        Finding.of(
                "typosquat",
                RiskLevel.CRITICAL,
                RiskCategory.NAME,
                "'reqeusts' is one transposition away from the popular 'requests'")
            .withRemediation("did you mean 'requests'?");
    Verdict reqeusts = pkg("reqeusts", "1.0", Decision.REJECT, List.of(typo), List.of());
    Verdict six = pkg("six", "1.16.0", Decision.ALLOW, List.of(licence("MIT")), List.of());
    Finding extraIndex =
        Finding.of(
                "environment",
                RiskLevel.HIGH,
                RiskCategory.SOURCE,
                "requirements.txt:1: --extra-index-url https://corp.example/simple: every"
                    + " package may come from either index")
            .withEvidence("file", "requirements.txt", "line", "1");
    Finding summary =
        Finding.of(
                "environment", RiskLevel.CRITICAL, RiskCategory.DEPENDENCY, "reqeusts 1.0: REJECT")
            .withEvidence("package", "reqeusts", "decision", "REJECT");
    Verdict environment =
        Verdict.builder(new PackageId("pypi", "requirements.txt"), Decision.REJECT)
            .findings(List.of(extraIndex, summary))
            .dependencies(List.of(requests, reqeusts, six))
            .build();
    List<EnvironmentDescription.Requirement> lines = new ArrayList<>();
    lines.add(requirement("requests", 2));
    lines.add(requirement("reqeusts", 3));
    lines.add(requirement("six", 4));
    EnvironmentDescription description =
        new EnvironmentDescription("requirements.txt", false, lines, List.of(), List.of());
    return new Report(
        List.of(
            Report.Subject.ofEnvironment(
                environment, "app/requirements.txt", Optional.of(description))),
        rules(),
        "0.1.0-SNAPSHOT",
        NOW);
  }

  private static EnvironmentDescription.Requirement requirement(String name, int line) {
    return new EnvironmentDescription.Requirement(
        PackageRequest.of(PackageId.pypi(name)),
        List.of(),
        new Location("requirements.txt", line, 1));
  }

  static List<RuleDescriptor> rules() {
    return List.of(
        new RuleDescriptor(
            "typosquat",
            "Names one edit away from popular projects",
            RiskLevel.CRITICAL,
            RiskCategory.NAME,
            RuleStage.REQUEST,
            "A name a typing slip away from a popular project's is how typosquats are found.",
            List.of()),
        new RuleDescriptor(
            "vulnerabilities",
            "Known advisories affecting the version",
            RiskLevel.HIGH,
            RiskCategory.VULNERABILITY,
            RuleStage.METADATA,
            "Advisory databases (OSV) are asked about the exact version.",
            List.of()));
  }
}
