package com.example.pkgguard.rules;

import io.pkgguard.api.Decision;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.testkit.RuleTester;
import org.junit.jupiter.api.Test;

/** The rule, run by pkgguard's test kit through a real guard, as pkgguard would run it. */
class BlockedProjectsRuleTest {

  static final String POLICY = """
      [rules.blocked-projects]
      blocked = ["leftpad-py: use textwrap", "Evil_Corp.SDK: incident 2026-14"]
      """;

  static RuleTester project(String name) {
    return RuleTester.forRule(BlockedProjectsRule.class)
        .policy(POLICY)
        .project("""
            {"info": {"name": "%s", "version": "1.0", "summary": "A project"},
             "releases": {"1.0": []}, "urls": []}
            """.formatted(name));
  }

  @Test
  void aBlockedProjectIsRejectedWithTheReason() {
    project("leftpad-py")
        .expect(RiskLevel.CRITICAL, "leftpad-py is blocked by the organisation: use textwrap")
        .expectDecision(Decision.REJECT)
        .run();
  }

  @Test
  void namesAreComparedAsTheEcosystemComparesThem() {
    project("evil-corp-sdk")
        .expect(RiskLevel.CRITICAL, "incident 2026-14")
        .run();
  }

  @Test
  void otherProjectsPass() {
    project("requests")
        .expectNoFindings()
        .expectDecision(Decision.ALLOW)
        .run();
  }

  @Test
  void withTheDeclaredDefaultNothingIsBlocked() {
    RuleTester.forRule(BlockedProjectsRule.class)
        .project("""
            {"info": {"name": "leftpad-py", "version": "1.0", "summary": "A project"},
             "releases": {"1.0": []}, "urls": []}
            """)
        .expectNoFindings()
        .run();
  }
}
