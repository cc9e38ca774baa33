package io.pkgguard.rules.vulnerabilities;

import io.pkgguard.api.Advisory;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.SecurityRule;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The known advisories affecting the exact version being installed: those the index attaches to
 * the release and those of every advisory database the policy names ({@code [advisories]}),
 * merged by id and alias by the core. A known malicious package ({@code MAL-} record) is CRITICAL;
 * a vulnerability's level follows its severity — a CVSS v3 or v4 base score computed from the vector,
 * else the database's severity word — through the policy's {@code critical}, {@code high}, {@code
 * medium} and {@code low} levels; an unknown severity is {@code unknown-severity-level}. Each
 * finding names the advisory, its aliases, its severity and the nearest fixed version.
 * Withdrawn advisories are ignored; so are those on the policy's {@code ignore} list until the
 * entry's date.
 */
@RuleDefinition(
    id = "vulnerabilities",
    summary = "No known vulnerability or malicious-package advisory affects this version",
    level = RiskLevel.CRITICAL,
    category = RiskCategory.VULNERABILITY,
    explanation =
        "Installing a version with a published vulnerability imports it; a package"
            + " with an OSV MAL- record is known malware. The advisories come from the index and"
            + " from the advisory databases of the policy (OSV's API by default; an offline OSV"
            + " database for air-gapped sites), matched to the exact version. The finding names the"
            + " nearest version that fixes it, so the installer can offer the upgrade.",
    parameters = {
      @ParameterDefinition(
          name = "critical",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for critical vulnerabilities",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "high",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for high vulnerabilities",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "medium",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for medium vulnerabilities",
          defaultValue = "\"medium\""),
      @ParameterDefinition(
          name = "low",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for low vulnerabilities",
          defaultValue = "\"low\""),
      @ParameterDefinition(
          name = "unknown-severity-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for an advisory whose severity is not published",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "malicious-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for a known malicious package",
          defaultValue = "\"critical\""),
      @ParameterDefinition(
          name = "undecided-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for an advisory whose ranges cannot be evaluated for the version",
          defaultValue = "\"medium\""),
      @ParameterDefinition(
          name = "no-database-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level when no advisory database was consulted",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "ignore",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.EXEMPTS,
          summary = "advisories to ignore: \"ID until YYYY-MM-DD: reason\"",
          defaultValue = "[]")
    })
public final class VulnerabilitiesRule implements SecurityRule {

  @Override
  public List<Finding> evaluate(RuleContext context) {
    RuleParameters parameters = context.parameters();
    List<IgnoreEntry> ignores =
        parameters.texts("ignore", List.of()).stream().map(IgnoreEntry::parse).toList();
    LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
    List<Finding> findings = new ArrayList<>();
    List<String> databases = context.advisoryDatabases();
    if (databases.isEmpty()) {
      String ecosystem = context.metadata().id().ecosystem();
      boolean pypi = ecosystem.equals(PackageId.PYPI);
      findings.add(
          finding(
                  parameters.level("no-database-level", RiskLevel.HIGH),
                  pypi
                      ? "no advisory database was consulted, so known vulnerabilities were not"
                          + " checked"
                      : "no advisory database covers "
                          + ecosystem
                          + " packages (OSV has no "
                          + ecosystem
                          + " ecosystem), so known vulnerabilities were not checked")
              .withEvidence("advisory-databases", "none", "ecosystem", ecosystem)
              .withRemediation(
                  pypi
                      ? "configure [advisories] in the policy (OSV's API is the default;"
                          + " offline, give an OSV database with --advisory-db)"
                      : "check the package's upstream project for advisories, or add an"
                          + " advisory database that covers "
                          + ecosystem
                          + " to [advisories]"));
    }
    for (Advisory advisory : context.metadata().advisories()) {
      if (advisory.withdrawn()) {
        continue;
      }
      Optional<IgnoreEntry> ignore =
          ignores.stream().filter(e -> advisory.ids().contains(e.id())).findFirst();
      String expired = "";
      if (ignore.isPresent()) {
        if (!today.isAfter(ignore.get().until())) {
          findings.add(
              finding(
                      RiskLevel.NONE,
                      advisory.id()
                          + " is ignored until "
                          + ignore.get().until()
                          + ": "
                          + ignore.get().reason())
                  .withEvidence(
                      "advisory",
                      advisory.id(),
                      "ignored-until",
                      ignore.get().until().toString(),
                      "reason",
                      ignore.get().reason()));
          continue;
        }
        expired = " (its ignore entry expired on " + ignore.get().until() + ")";
      }
      findings.add(assess(advisory, parameters, expired));
    }
    if (findings.isEmpty()) {
      findings.add(
          finding(
                  RiskLevel.NONE,
                  "no known advisory affects "
                      + context.metadata().version()
                      + " (checked: "
                      + String.join(", ", databases)
                      + ")")
              .withEvidence("advisory-databases", String.join(", ", databases)));
    }
    return findings;
  }

  private Finding assess(Advisory advisory, RuleParameters parameters, String expired) {
    String names =
        advisory.id()
            + (advisory.aliases().isEmpty()
                ? ""
                : " (" + String.join(", ", advisory.aliases()) + ")");
    String summary = advisory.summary().isBlank() ? "" : ": " + oneLine(advisory.summary());
    Optional<String> fixed = advisory.fixedIn().stream().findFirst();
    String fix = fixed.map(v -> "; fixed in " + v).orElse("; no fixed version is known");
    String link = advisory.link().map(Object::toString).orElse("");
    if (advisory.isMalicious()) {
      return finding(
              parameters.level("malicious-level", RiskLevel.CRITICAL),
              "known malicious package: " + names + summary + expired)
          .withEvidence(
              "advisory",
              advisory.id(),
              "aliases",
              String.join(", ", advisory.aliases()),
              "source",
              advisory.source(),
              "link",
              link)
          .withRemediation(
              "do not install it; where it is installed, remove it and treat the"
                  + " machine's credentials as stolen");
    }
    if (advisory.undecided().isPresent()) {
      return finding(
              parameters.level("undecided-level", RiskLevel.MEDIUM),
              names
                  + " may affect this version; it could not be decided: "
                  + advisory.undecided().get()
                  + expired)
          .withEvidence("advisory", advisory.id(), "source", advisory.source(), "link", link)
          .withRemediation("read the advisory and decide whether this version is affected");
    }
    Optional<Severity> severity = Severity.of(advisory);
    RiskLevel level =
        severity
            .map(s -> parameters.level(s.rating(), defaultFor(s.rating())))
            .orElseGet(() -> parameters.level("unknown-severity-level", RiskLevel.HIGH));
    String rated =
        severity
            .map(s -> " [" + s.rating() + ", " + s.basis() + "]")
            .orElse(" [severity not published]");
    return finding(level, names + summary + rated + fix + expired)
        .withEvidence(
            "advisory",
            advisory.id(),
            "aliases",
            String.join(", ", advisory.aliases()),
            "severity",
            severity.map(Severity::rating).orElse("unknown"),
            "severity-basis",
            severity.map(Severity::basis).orElse(""),
            "fixed-in",
            fixed.orElse(""),
            "source",
            advisory.source(),
            "link",
            link)
        .withRemediation(
            fixed
                .map(v -> "upgrade to " + v + " or later")
                .orElse(
                    "no fix is published: avoid the affected feature, or choose another"
                        + " package"));
  }

  private static RiskLevel defaultFor(String rating) {
    return switch (rating) {
      case "critical", "high" -> RiskLevel.HIGH;
      case "medium" -> RiskLevel.MEDIUM;
      case "low" -> RiskLevel.LOW;
      default -> RiskLevel.NONE;
    };
  }

  private static String oneLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }
}
