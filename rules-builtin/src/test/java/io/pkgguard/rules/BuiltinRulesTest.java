package io.pkgguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.PolicyLoader;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class BuiltinRulesTest {

  @Test
  void everyRuleHasAValidUniqueDescriptionAndIsListedForDiscovery() {
    List<String> ids = BuiltinRules.all().stream().map(r -> r.descriptor().id()).toList();
    assertThat(ids)
        .doesNotHaveDuplicates()
        .isSorted()
        .containsExactly(
            "capability",
            "content",
            "distribution-files",
            "environment",
            "license",
            "maintainers",
            "maintenance",
            "metadata-quality",
            "name-format",
            "name-keywords",
            "package-age",
            "popularity",
            "provenance",
            "source-trust",
            "typosquat",
            "vulnerabilities");
    List<String> discovered =
        ServiceLoader.load(SecurityRule.class).stream()
            .map(p -> p.get().descriptor().id())
            .sorted()
            .toList();
    assertThat(discovered).isEqualTo(ids);
    for (SecurityRule rule : BuiltinRules.all()) {
      RuleDescriptor d = rule.descriptor();
      assertThat(d.explanation()).as(d.id()).isNotBlank();
      assertThat(d.summary().length()).as(d.id()).isLessThanOrEqualTo(100);
    }
  }

  @Test
  void theBuiltInPolicyConfiguresOnlyDeclaredParametersWithTheRightTypes() {
    // Only the rules: this module's tests have no source or advisory plugin.
    Guard.Builder builder =
        Guard.builder()
            .discover(false)
            .policy(
                PolicyLoader.parse(
                        "[sources.pypi]\nenabled = false\n[store]\ntype = \"none\"\n",
                        "rules-only.toml")
                    .withoutOnlineAdvisories());
    BuiltinRules.all().forEach(builder::addRule);
    try (Guard guard = builder.build()) {
      assertThat(guard.rules()).hasSize(16);
      assertThat(guard.relaxations()).isEmpty();
    }
  }

  @Test
  void theBuiltInPolicyNamesEveryBuiltInRuleSoThatAMissingJarIsNoticed() {
    assertThat(Policy.defaults().rules().keySet())
        .containsExactlyInAnyOrderElementsOf(
            BuiltinRules.all().stream().map(r -> r.descriptor().id()).toList());
  }
}
