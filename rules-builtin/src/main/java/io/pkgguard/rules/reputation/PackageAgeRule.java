package io.pkgguard.rules.reputation;

import io.pkgguard.api.Finding;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.SecurityRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How long the project has existed, from the earliest upload of any file of any release. Most
 * malicious packages are removed within days of publication, so very new projects wait for an
 * administrator and new ones for a review.
 *
 * <p>Parameters: {@code high-below-days} (default 7), {@code medium-below-days} (default 30),
 * {@code unknown-level} (default {@code medium}): the level when the index gives no upload times
 * — unknown is never treated as old; {@code cooldown-days} (default 0, off): a release younger
 * than this is MEDIUM and the finding names the newest older release to pin — unless that
 * release is affected by an advisory the new one fixes, when the finding (LOW) says to take the
 * fix ({@link ReleaseCooldown}).
 */
@RuleDefinition(
    id = "package-age",
    summary = "The project is not brand new (first release under 7 days HIGH, under 30 MEDIUM)",
    level = RiskLevel.HIGH,
    category = RiskCategory.AGE,
    explanation =
        "Malicious packages live short lives: they are published, used, reported and"
            + " removed within days. Waiting is a cheap defence.",
    parameters = {
      @ParameterDefinition(
          name = "high-below-days",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.LOWER_WEAKENS,
          summary = "projects younger than this are HIGH",
          defaultValue = "7"),
      @ParameterDefinition(
          name = "medium-below-days",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.LOWER_WEAKENS,
          summary = "projects younger than this are MEDIUM",
          defaultValue = "30"),
      @ParameterDefinition(
          name = "unknown-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level when upload times are unknown",
          defaultValue = "\"medium\""),
      @ParameterDefinition(
          name = "cooldown-days",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.LOWER_WEAKENS,
          summary =
              "releases younger than this are reviewed, naming the older release to pin"
                  + " (0: off)",
          defaultValue = "0")
    })
public final class PackageAgeRule implements SecurityRule {

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new java.util.ArrayList<>(projectAge(context));
    ReleaseCooldown.check(
            context.metadata(),
            context.versions(),
            context.clock().instant(),
            context.parameters().number("cooldown-days", 0),
            this::finding)
        .ifPresent(findings::add);
    return findings;
  }

  private List<Finding> projectAge(RuleContext context) {
    RuleParameters parameters = context.parameters();
    Optional<Instant> first = context.metadata().firstUpload();
    if (first.isEmpty()) {
      return List.of(
          finding(
                  parameters.level("unknown-level", RiskLevel.MEDIUM),
                  "the index gives no upload times, so the project's age is unknown")
              .withEvidence("first-release", "unknown")
              .withRemediation("check the project's history elsewhere before installing"));
    }
    Instant now = context.clock().instant();
    Duration age = Duration.between(first.get(), now);
    long highDays = parameters.number("high-below-days", 7);
    long mediumDays = parameters.number("medium-below-days", 30);
    String days = Long.toString(Math.max(0, age.toDays()));
    String ago =
        age.toDays() >= 1
            ? days + " days ago"
            : age.toHours() >= 1 ? age.toHours() + " hours ago" : "less than an hour ago";
    if (age.isNegative()) {
      return List.of(
          finding(RiskLevel.HIGH, "the first upload is dated in the future (" + first.get() + ")")
              .withEvidence("first-release", first.get().toString(), "now", now.toString())
              .withRemediation("the index's dates are wrong or forged; treat the project as new"));
    }
    if (age.compareTo(Duration.ofDays(highDays)) < 0) {
      return List.of(
          finding(RiskLevel.HIGH, "the project is brand new: first release " + ago)
              .withEvidence(
                  "first-release",
                  first.get().toString(),
                  "age-days",
                  days,
                  "threshold-days",
                  Long.toString(highDays))
              .withRemediation(
                  "wait until the project has a track record, or have an"
                      + " administrator review it"));
    }
    if (age.compareTo(Duration.ofDays(mediumDays)) < 0) {
      return List.of(
          finding(RiskLevel.MEDIUM, "the project is new: first release " + ago)
              .withEvidence(
                  "first-release",
                  first.get().toString(),
                  "age-days",
                  days,
                  "threshold-days",
                  Long.toString(mediumDays))
              .withRemediation("review the project before installing"));
    }
    return List.of();
  }
}
