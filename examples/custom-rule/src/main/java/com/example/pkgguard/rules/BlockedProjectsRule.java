package com.example.pkgguard.rules;

import io.pkgguard.api.Finding;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SecurityRule;
import java.util.List;

/**
 * Projects the organisation has blocked (a licence dispute, an incident, a replacement it
 * prefers) are rejected before any index is asked, with the reason the policy gives:
 *
 * <pre>{@code
 * [rules.blocked-projects]
 * blocked = ["leftpad-py: use textwrap", "evil_corp_sdk: incident 2026-14"]
 * }</pre>
 *
 * <p>Names are compared as the ecosystem compares them ({@code Evil-Corp.SDK} is {@code
 * evil-corp-sdk} on PyPI).
 */
@RuleDefinition(
    id = "blocked-projects",
    summary = "Projects the organisation has blocked are rejected",
    level = RiskLevel.CRITICAL,
    category = RiskCategory.POLICY,
    stage = RuleStage.REQUEST,
    explanation = "Some projects are off limits for reasons no public check knows: a licence the"
        + " lawyers refused, an incident, a fork the organisation maintains instead. Blocking"
        + " them here stops every host the policy reaches.",
    parameters = @ParameterDefinition(name = "blocked", type = ParameterDefinition.Type.TEXTS,
        summary = "blocked projects, as \"name: reason\"", defaultValue = "[]"))
public final class BlockedProjectsRule implements SecurityRule {

  /** Called by {@link java.util.ServiceLoader}. */
  public BlockedProjectsRule() {}

  @Override
  public List<Finding> evaluate(RuleContext context) {
    String name = context.names().normalize(context.request().id().name());
    for (String entry : context.parameters().texts("blocked", List.of())) {
      int colon = entry.indexOf(':');
      String blocked = colon < 0 ? entry : entry.substring(0, colon);
      String reason = colon < 0 ? "no reason given" : entry.substring(colon + 1).strip();
      if (context.names().normalize(blocked.strip()).equals(name)) {
        return List.of(finding(RiskLevel.CRITICAL, name + " is blocked by the organisation: "
            + reason)
            .withEvidence("entry", entry)
            .withRemediation("do not install it; ask the administrators about " + name));
      }
    }
    return List.of();
  }
}
