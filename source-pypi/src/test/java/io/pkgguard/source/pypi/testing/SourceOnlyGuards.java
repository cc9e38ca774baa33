package io.pkgguard.source.pypi.testing;

import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.Policy;
import java.util.List;

/**
 * Guards for testing the PyPI plugins through the real core without the rules and advisory
 * plugins, which this module's tests do not have: the built-in rules are removed on purpose (as a
 * host that runs only its own would), one rule that finds nothing stands in, and no online
 * advisory database is configured.
 */
public final class SourceOnlyGuards {

  private SourceOnlyGuards() {}

  /** A builder with the plugins discovered from this module's class path and nothing else. */
  public static Guard.Builder builder() {
    return Guard.builder()
        .policy(withoutStore(Policy.defaults().withoutOnlineAdvisories()))
        .withoutBuiltInRules()
        .addRule(new NothingFound());
  }

  /** {@code policy} keeping nothing: this module has no store plugin. */
  public static Policy withoutStore(Policy policy) {
    return policy.withStore(
        new io.pkgguard.core.policy.StoreConfig(
            "none", java.util.Map.of(), java.time.Duration.ofSeconds(2)));
  }

  /** Finds nothing: a guard needs one rule. */
  @RuleDefinition(
      id = "nothing-found",
      summary = "finds nothing",
      level = RiskLevel.LOW,
      category = RiskCategory.POLICY)
  static final class NothingFound implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }
}
