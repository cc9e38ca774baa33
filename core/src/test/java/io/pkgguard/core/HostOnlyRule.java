package io.pkgguard.core;

import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.SecurityRule;
import java.util.List;

/** A host's own rule, loadable through a services file as a plugin jar would ship it. */
@RuleDefinition(
    id = "host-only",
    summary = "a host's own rule",
    level = RiskLevel.LOW,
    category = RiskCategory.POLICY)
public final class HostOnlyRule implements SecurityRule {

  /** For {@link java.util.ServiceLoader}. */
  public HostOnlyRule() {}

  @Override
  public List<Finding> evaluate(RuleContext context) {
    return List.of();
  }
}
