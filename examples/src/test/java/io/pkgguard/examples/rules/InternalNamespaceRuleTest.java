package io.pkgguard.examples.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.PolicyLoader;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tested the way an enterprise would test its own rule: with the api's context builder. */
class InternalNamespaceRuleTest {

  private final InternalNamespaceRule rule = new InternalNamespaceRule();
  private final Map<String, ?> acme =
      Map.of("prefixes", List.of("acme-"), "internal-sources", List.of("corp"));

  private List<Finding> check(String name, String sourceId) {
    return rule.evaluate(
        RuleContext.builder(PackageRequest.of(PackageId.pypi(name)))
            .parameters(RuleParameters.of("internal-namespace", acme))
            .source(new SourceDescriptor(sourceId, "pypi", URI.create("https://x.test"), Set.of()))
            .build());
  }

  @Test
  void rejectsAnInternalNameAskedOfAPublicSource() {
    assertThat(check("acme-billing", "pypi"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
              assertThat(f.evidence().values()).containsEntry("prefix", "acme-");
            });
  }

  @Test
  void allowsInternalNamesFromInternalSourcesAndOtherNamesAnywhere() {
    assertThat(check("acme-billing", "corp")).isEmpty();
    assertThat(check("requests", "pypi")).isEmpty();
  }

  @Test
  void isDiscoveredAndConfiguredLikeAnyRuleJar() {
    try (Guard guard =
        Guard.builder()
            .policy(
                PolicyLoader.parse(
                    "[rules.internal-namespace]\nprefixes = [\"acme-\"]\n", "policy.toml"))
            .index("pypi", Path.of("target/demo-index").toAbsolutePath().toUri())
            .build()) {
      assertThat(guard.rules())
          .extracting(r -> r.id())
          .contains("internal-namespace", "name-format");
      Verdict verdict = guard.evaluate(PackageRequest.of(PackageId.pypi("acme-billing")));
      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(verdict.findingsOf("internal-namespace")).hasSize(1);
    }
  }
}
