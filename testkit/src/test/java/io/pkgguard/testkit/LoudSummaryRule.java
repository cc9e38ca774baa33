package io.pkgguard.testkit;

import io.pkgguard.api.Finding;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.SecurityRule;
import java.util.List;
import java.util.Locale;

/** A rule for the kit's own tests: a summary written in capitals is shouting. */
@RuleDefinition(
    id = "loud-summary",
    summary = "A summary in capitals",
    level = RiskLevel.MEDIUM,
    category = RiskCategory.METADATA,
    parameters =
        @ParameterDefinition(
            name = "min-letters",
            type = ParameterDefinition.Type.NUMBER,
            summary = "shorter summaries are never loud (default 4)"))
public final class LoudSummaryRule implements SecurityRule {

  @Override
  public List<Finding> evaluate(RuleContext context) {
    String summary = context.metadata().summary();
    long letters = summary.chars().filter(Character::isLetter).count();
    if (letters >= context.parameters().number("min-letters", 4)
        && summary.equals(summary.toUpperCase(Locale.ROOT))) {
      return List.of(finding(RiskLevel.MEDIUM, "the summary shouts: " + summary));
    }
    return List.of();
  }
}
