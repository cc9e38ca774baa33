package io.pkgguard.rules.reputation;

import io.pkgguard.api.DownloadCounts;
import io.pkgguard.api.Finding;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.SecurityRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How much the project is used, from its download counts (the index's download statistics; see
 * the source's {@code download-stats-url}). No downloads in the last month is HIGH, fewer than
 * {@code low-month} MEDIUM; at least {@code established-month} is reported (level NONE) as the
 * evidence of a well-established project. Counts that are unknown — the service was not asked or
 * did not answer — or inconsistent are reported at {@code unknown-level}, never taken for zero.
 */
@RuleDefinition(
    id = "popularity",
    summary = "The project is used: downloads last month (none HIGH, few MEDIUM)",
    level = RiskLevel.HIGH,
    category = RiskCategory.POPULARITY,
    explanation =
        "A package nobody downloads has had nobody look at it; malicious uploads are"
            + " typically installed only by their victims. Heavy use does not prove safety, but it"
            + " is the evidence that keeps a well-established project low risk.",
    parameters = {
      @ParameterDefinition(
          name = "low-month",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.LOWER_WEAKENS,
          summary = "fewer downloads last month are MEDIUM",
          defaultValue = "1000"),
      @ParameterDefinition(
          name = "established-month",
          type = ParameterDefinition.Type.NUMBER,
          summary = "at least this many downloads last month is a well-established project",
          defaultValue = "100000"),
      @ParameterDefinition(
          name = "unknown-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level when the counts are unknown",
          defaultValue = "\"low\"")
    })
public final class PopularityRule implements SecurityRule {

  @Override
  public List<Finding> evaluate(RuleContext context) {
    RuleParameters parameters = context.parameters();
    Optional<DownloadCounts> counts = context.metadata().downloads();
    RiskLevel unknownLevel = parameters.level("unknown-level", RiskLevel.LOW);
    if (counts.isEmpty()) {
      return List.of(
          finding(unknownLevel, "download counts are unknown")
              .withEvidence("downloads", "unknown")
              .withRemediation(
                  "turn on the source's download-stats-url, or check the project's"
                      + " usage elsewhere"));
    }
    DownloadCounts c = counts.get();
    String evidence = c.lastDay() + "/" + c.lastWeek() + "/" + c.lastMonth();
    if (c.lastDay() > c.lastWeek() || c.lastWeek() > c.lastMonth()) {
      return List.of(
          finding(
                  unknownLevel,
                  "the download counts contradict each other (day "
                      + c.lastDay()
                      + ", week "
                      + c.lastWeek()
                      + ", month "
                      + c.lastMonth()
                      + ")")
              .withEvidence("downloads-day-week-month", evidence)
              .withRemediation("treat the project's usage as unknown"));
    }
    long month = c.lastMonth();
    long low = parameters.number("low-month", 1000);
    long established = parameters.number("established-month", 100_000);
    if (month == 0) {
      return List.of(
          finding(RiskLevel.HIGH, "nobody downloaded the project last month")
              .withEvidence("downloads-day-week-month", evidence)
              .withRemediation(
                  "an unused project has had no scrutiny; have an administrator" + " review it"));
    }
    if (month < low) {
      return List.of(
          finding(
                  RiskLevel.MEDIUM,
                  "the project is little used: " + format(month) + " downloads last month")
              .withEvidence("downloads-day-week-month", evidence, "threshold", Long.toString(low))
              .withRemediation("review the project before installing; few others have"));
    }
    if (month >= established) {
      return List.of(
          finding(RiskLevel.NONE, "well established: " + format(month) + " downloads last month")
              .withEvidence("downloads-day-week-month", evidence));
    }
    return List.of();
  }

  private static String format(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
