package io.pkgguard.rules.reputation;

import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.ProjectStatus;
import io.pkgguard.api.Release;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.VersionScheme;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the project is maintained and the chosen release is one to install: the index's
 * project status (PEP 792: quarantined CRITICAL, archived or deprecated MEDIUM), a yanked
 * release (HIGH, with the maintainers' reason), no release for {@code unmaintained-years}
 * (MEDIUM), and only pre-releases ever published (MEDIUM).
 */
@RuleDefinition(
    id = "maintenance",
    summary = "Maintained, not quarantined or archived; the chosen release is not yanked",
    level = RiskLevel.CRITICAL,
    category = RiskCategory.MAINTENANCE,
    explanation =
        "An index quarantines a project it suspects of malware; maintainers yank a"
            + " release that is broken or compromised and archive a project they no longer fix."
            + " Unmaintained code gets no security fixes, and a project with only pre-releases has"
            + " never been declared ready.",
    parameters = {
      @ParameterDefinition(
          name = "unmaintained-years",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.HIGHER_WEAKENS,
          summary = "no release for this many years is MEDIUM",
          defaultValue = "2"),
      @ParameterDefinition(
          name = "yanked-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for a yanked release",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "archived-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for an archived or deprecated project",
          defaultValue = "\"medium\"")
    })
public final class MaintenanceRule implements SecurityRule {

  @Override
  public List<Finding> evaluate(RuleContext context) {
    PackageMetadata m = context.metadata();
    RuleParameters parameters = context.parameters();
    List<Finding> findings = new ArrayList<>();
    m.status().ifPresent(status -> status(status, parameters).ifPresent(findings::add));
    if (m.yanked()) {
      String reason =
          m.yankedReason().map(String::strip).filter(r -> !r.isEmpty()).orElse("no reason given");
      findings.add(
          finding(
                  parameters.level("yanked-level", RiskLevel.HIGH),
                  "release " + m.version() + " was yanked by its maintainers: " + reason)
              .withEvidence("version", m.version(), "yanked-reason", reason)
              .withRemediation("install another release; a yanked one is broken or withdrawn"));
    }
    long years = parameters.number("unmaintained-years", 2);
    Instant now = context.clock().instant();
    m.lastUpload()
        .filter(last -> Duration.between(last, now).toDays() > years * 365)
        .ifPresent(
            last ->
                findings.add(
                    finding(
                            RiskLevel.MEDIUM,
                            "unmaintained: no release"
                                + " since "
                                + last.toString().substring(0, 10)
                                + " ("
                                + Duration.between(last, now).toDays() / 365
                                + " years)")
                        .withEvidence(
                            "last-release",
                            last.toString(),
                            "threshold-years",
                            Long.toString(years))
                        .withRemediation(
                            "an unmaintained project gets no security fixes; prefer a"
                                + " maintained alternative or accept that risk knowingly")));
    context.versions().flatMap(scheme -> onlyPreReleases(m, scheme)).ifPresent(findings::add);
    return findings;
  }

  private Optional<Finding> status(ProjectStatus status, RuleParameters parameters) {
    String reason = status.reason().map(r -> ": " + r).orElse("");
    return switch (status.kind()) {
      case ACTIVE -> Optional.empty();
      case QUARANTINED ->
          Optional.of(
              finding(RiskLevel.CRITICAL, "the index has quarantined" + " the project" + reason)
                  .withEvidence("status", status.name())
                  .withRemediation(
                      "do not install it; an index quarantines projects it suspects of"
                          + " malware"));
      case ARCHIVED, DEPRECATED ->
          Optional.of(
              finding(
                      parameters.level("archived-level", RiskLevel.MEDIUM),
                      "the project is " + status.name() + reason)
                  .withEvidence("status", status.name())
                  .withRemediation("it will get no fixes; look for its successor"));
      case OTHER ->
          Optional.of(
              finding(
                      RiskLevel.LOW,
                      "the index gives the project a status"
                          + " pkgguard does not know: '"
                          + status.name()
                          + "'"
                          + reason)
                  .withEvidence("status", status.name())
                  .withRemediation("look up what the index means by it"));
    };
  }

  private Optional<Finding> onlyPreReleases(PackageMetadata m, VersionScheme scheme) {
    List<String> versions =
        m.releases().stream().map(Release::version).filter(scheme::isValid).toList();
    if (versions.isEmpty() || !versions.stream().allMatch(scheme::isPreRelease)) {
      return Optional.empty();
    }
    return Optional.of(
        finding(RiskLevel.MEDIUM, "only pre-releases have been published (" + versions.size() + ")")
            .withEvidence("releases", Integer.toString(versions.size()), "final-releases", "0")
            .withRemediation(
                "the project has never declared a release ready; review it before"
                    + " depending on it"));
  }
}
