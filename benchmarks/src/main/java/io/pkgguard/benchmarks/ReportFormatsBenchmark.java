package io.pkgguard.benchmarks;

import io.pkgguard.api.Artifact;
import io.pkgguard.api.Decision;
import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.verdict.VerdictJson;
import io.pkgguard.report.CycloneDxReport;
import io.pkgguard.report.HtmlReport;
import io.pkgguard.report.Report;
import io.pkgguard.report.SarifReport;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the verdict of a 10,000-package environment in each output format (issue 21): 2,500
 * requirements, each with three dependencies, every package with a judged file and a licence,
 * one in ten with a MEDIUM finding, one in fifty with an advisory — against the JSON pkgguard
 * always wrote, in the same run. Target: SARIF and HTML within 2x the JSON's time.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ReportFormatsBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReportFormatsBenchmark {

  /** The output format. */
  @Param({"json", "sarif", "cyclonedx", "html"})
  public String format;

  /** How many packages the environment has. */
  @Param("10000")
  public int packages;

  private Verdict environment;
  private Report report;

  /** Builds the environment's verdict and its description. */
  @Setup
  public void build() {
    int requirements = packages / 4;
    List<Verdict> tops = new ArrayList<>();
    List<EnvironmentDescription.Requirement> lines = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < requirements; i++) {
      List<Verdict> dependencies = new ArrayList<>();
      for (int d = 0; d < 3; d++) {
        dependencies.add(pkg(n++, List.of()));
      }
      Verdict top = pkg(n++, dependencies);
      tops.add(top);
      lines.add(
          new EnvironmentDescription.Requirement(
              PackageRequest.of(top.id(), top.version().orElseThrow()),
              List.of(),
              new EnvironmentDescription.Location("requirements.txt", i + 1, 1)));
    }
    environment =
        Verdict.builder(new PackageId("pypi", "requirements.txt"), Decision.REJECT)
            .dependencies(tops)
            .build();
    EnvironmentDescription description =
        new EnvironmentDescription("requirements.txt", false, lines, List.of(), List.of());
    report =
        new Report(
            List.of(
                Report.Subject.ofEnvironment(
                    environment, "requirements.txt", Optional.of(description))),
            List.of(),
            "0.1.0",
            Instant.parse("2026-12-05T00:00:00Z"));
  }

  private static Verdict pkg(int n, List<Verdict> dependencies) {
    String name = "package-" + n;
    List<Finding> findings = new ArrayList<>();
    findings.add(
        Finding.of("license", RiskLevel.NONE, RiskCategory.LICENSE, "licence MIT")
            .withEvidence(
                "license", "MIT", "found-in", "License-Expression", "kinds", "permissive"));
    if (n % 10 == 0) {
      findings.add(
          Finding.of(
                  "maintenance",
                  RiskLevel.MEDIUM,
                  RiskCategory.MAINTENANCE,
                  "unmaintained: no release since 2023-01-01 (3 years)")
              .withRemediation("an unmaintained project gets no security fixes"));
    }
    if (n % 50 == 0) {
      findings.add(
          Finding.of(
                  "vulnerabilities",
                  RiskLevel.HIGH,
                  RiskCategory.VULNERABILITY,
                  "PYSEC-2026-" + n + ": a flaw [high, CVSS_V3]; fixed in 2.0")
              .withEvidence(
                  "advisory",
                  "PYSEC-2026-" + n,
                  "severity",
                  "high",
                  "fixed-in",
                  "2.0",
                  "source",
                  "osv",
                  "link",
                  "https://osv.dev/vulnerability/PYSEC-2026-" + n)
              .withRemediation("upgrade to 2.0 or later"));
    }
    return Verdict.builder(PackageId.pypi(name), n % 10 == 0 ? Decision.REVIEW : Decision.ALLOW)
        .version("1." + (n % 7) + ".0")
        .artifacts(
            List.of(
                new Artifact(
                    name + "-1.0.0-py3-none-any.whl",
                    URI.create("https://files.example/" + name + ".whl"),
                    Optional.of(String.format("%064x", n)))))
        .findings(findings)
        .dependencies(dependencies)
        .build();
  }

  /** Writes the environment in the format. */
  @Benchmark
  public String write() {
    return switch (format) {
      case "json" -> VerdictJson.write(List.of(environment));
      case "sarif" -> SarifReport.write(report);
      case "cyclonedx" -> CycloneDxReport.write(report);
      default -> HtmlReport.write(report);
    };
  }
}
