package io.pkgguard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rule tester runs a rule through a real guard on an inline package and fails a test exactly
 * when the rule's findings differ from what the test expects.
 */
class RuleTesterTest {

  static String project(String name, String summary) {
    return """
        {"info": {"name": "%s", "version": "1.0", "summary": "%s"},
         "releases": {"1.0": []}, "urls": []}
        """
        .formatted(name, summary);
  }

  @Nested
  class Expectations {

    @Test
    void passesWhenTheRuleFindsExactlyWhatIsExpected() {
      Verdict verdict =
          RuleTester.forRule(LoudSummaryRule.class)
              .project(project("loud", "DOES THINGS"))
              .expect(RiskLevel.MEDIUM, "the summary shouts")
              .expectDecision(Decision.REVIEW)
              .run();

      assertThat(verdict.rulesRun()).containsExactly("loud-summary");
      assertThat(verdict.findings())
          .extracting(Finding::message)
          .containsExactly("the summary shouts: DOES THINGS");
    }

    @Test
    void passesWhenNothingIsExpectedAndNothingFound() {
      RuleTester.forRule(new LoudSummaryRule())
          .project(project("quiet", "Does things"))
          .expectNoFindings()
          .expectDecision(Decision.ALLOW)
          .run();
    }

    @Test
    void failsWhenAnExpectedFindingIsMissing() {
      RuleTester tester =
          RuleTester.forRule(LoudSummaryRule.class)
              .project(project("quiet", "Does things"))
              .expect(RiskLevel.MEDIUM, "shouts");

      assertThatThrownBy(tester::run)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("expected, not found: MEDIUM containing \"shouts\"")
          .hasMessageContaining("(none)");
    }

    @Test
    void failsOnAFindingNotExpected() {
      RuleTester tester =
          RuleTester.forRule(LoudSummaryRule.class)
              .project(project("loud", "DOES THINGS"))
              .expectNoFindings();

      assertThatThrownBy(tester::run)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("found, not expected: MEDIUM [loud-summary] the summary shouts");
    }

    @Test
    void failsWhenTheLevelDiffers() {
      RuleTester tester =
          RuleTester.forRule(LoudSummaryRule.class)
              .project(project("loud", "DOES THINGS"))
              .expect(RiskLevel.HIGH, "shouts");

      assertThatThrownBy(tester::run)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("expected, not found: HIGH")
          .hasMessageContaining("found, not expected: MEDIUM");
    }

    @Test
    void failsWhenTheDecisionDiffers() {
      RuleTester tester =
          RuleTester.forRule(LoudSummaryRule.class)
              .project(project("loud", "DOES THINGS"))
              .expect(RiskLevel.MEDIUM, "shouts")
              .expectDecision(Decision.REJECT);

      assertThatThrownBy(tester::run)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("expected the decision REJECT, got REVIEW");
    }

    @Test
    void aTestThatExpectsNothingCannotPass() {
      RuleTester tester =
          RuleTester.forRule(LoudSummaryRule.class).project(project("loud", "DOES THINGS"));

      assertThatThrownBy(tester::run)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("say what the rule should find");
    }
  }

  @Nested
  class ThroughARealGuard {

    @Test
    void thePolicySnippetReachesTheRule() {
      RuleTester.forRule(LoudSummaryRule.class)
          .policy(
              """
              [rules.loud-summary]
              min-letters = 20
              """)
          .project(project("loud", "DOES THINGS"))
          .expectNoFindings()
          .run();
    }

    @Test
    void aParameterOfTheWrongTypeIsRefusedAsTheGuardRefusesIt() {
      RuleTester tester =
          RuleTester.forRule(LoudSummaryRule.class)
              .policy(
                  """
              [rules.loud-summary]
              min-letters = "many"
              """)
              .project(project("loud", "DOES THINGS"))
              .expectNoFindings();

      assertThatThrownBy(tester::run)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("would not run this rule")
          .hasMessageContaining("min-letters");
    }

    @Test
    void anUndeclaredParameterIsRefused() {
      RuleTester tester =
          RuleTester.forRule(LoudSummaryRule.class)
              .policy(
                  """
              [rules.loud-summary]
              min-leters = 3
              """)
              .project(project("loud", "DOES THINGS"))
              .expectNoFindings();

      assertThatThrownBy(tester::run)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("has no parameter 'min-leters'");
    }

    @Test
    void aRuleThatThrowsIsReportedAsTheGuardReportsIt() {
      RuleTester tester =
          RuleTester.forRule(new Throwing()).project(project("any", "Any")).expectNoFindings();

      assertThatThrownBy(tester::run)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("rule throwing did not run to completion")
          .hasMessageContaining("it threw IllegalStateException: broken on purpose");
    }

    @Test
    void theClockIsFixed() {
      Instant at = Instant.parse("2030-05-06T07:08:09Z");
      RuleTester.forRule(new ClockReporter())
          .at(at)
          .project(project("any", "Any"))
          .expect(RiskLevel.LOW, "now is 2030-05-06T07:08:09Z")
          .run();
    }

    @Test
    void aPackageTheIndexDoesNotHaveNeverReachesTheRule() {
      RuleTester tester =
          RuleTester.forRule(LoudSummaryRule.class)
              .project(project("loud", "DOES THINGS"))
              .evaluating("another")
              .expectNoFindings();

      assertThatThrownBy(tester::run)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("rule loud-summary did not run to completion on another")
          .hasMessageContaining("another");
    }

    @Test
    void aDescriptorlessRuleIsRefusedAtOnce() {
      assertThatThrownBy(() -> RuleTester.forRule(new Undescribed()))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("has no valid descriptor");
    }
  }

  @Nested
  class Files {

    static final String WITH_WHEEL =
        """
        {"info": {"name": "marked", "version": "1.0", "summary": "Marked"},
         "releases": {"1.0": [{"filename": "marked-1.0-py3-none-any.whl",
                               "packagetype": "bdist_wheel",
                               "upload_time_iso_8601": "2025-01-01T00:00:00Z"}]},
         "urls": [{"filename": "marked-1.0-py3-none-any.whl", "packagetype": "bdist_wheel",
                   "upload_time_iso_8601": "2025-01-01T00:00:00Z"}]}
        """;

    @Test
    void aBuiltWheelIsDownloadedVerifiedAndReadByAContentRule() {
      Verdict verdict =
          RuleTester.forRule(MarkerInCodeRule.class)
              .project(WITH_WHEEL)
              .file(
                  Wheel.of("marked", "1.0")
                      .file("marked/__init__.py", "X = 'EVIL-MARKER'\n")
                      .build())
              .expect(RiskLevel.HIGH, "marked/__init__.py in marked-1.0-py3-none-any.whl")
              .run();

      assertThat(verdict.artifacts())
          .singleElement()
          .satisfies(a -> assertThat(a.filename()).isEqualTo("marked-1.0-py3-none-any.whl"));
    }

    @Test
    void aCleanWheelGivesNoFinding() {
      RuleTester.forRule(MarkerInCodeRule.class)
          .project(WITH_WHEEL)
          .file(Wheel.of("marked", "1.0").file("marked/__init__.py", "X = 1\n").build())
          .expectNoFindings()
          .run();
    }

    @Test
    void aFileNoDocumentListsIsATestMistake() {
      RuleTester tester =
          RuleTester.forRule(MarkerInCodeRule.class)
              .project(project("marked", "Marked"))
              .file(Wheel.of("marked", "1.0").build())
              .expectNoFindings();

      assertThatThrownBy(tester::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("marked-1.0-py3-none-any.whl is listed in no document");
    }
  }

  @RuleDefinition(
      id = "throwing",
      summary = "Throws",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA)
  static final class Throwing implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      throw new IllegalStateException("broken on purpose");
    }
  }

  @RuleDefinition(
      id = "clock-reporter",
      summary = "Says the time",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA)
  static final class ClockReporter implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of(finding(RiskLevel.LOW, "now is " + context.clock().instant()));
    }
  }

  static final class Undescribed implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }
}
