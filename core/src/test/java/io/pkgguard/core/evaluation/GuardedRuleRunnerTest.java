package io.pkgguard.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.SecurityRule;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A batch of different rules' calls on one thread (a package's stage while the rule threads are
 * busy) keeps every guarantee of calls made one by one: each item its own budget, a failure or
 * timeout rejecting only that item, a stuck rule refused without holding up the others.
 */
class GuardedRuleRunnerTest {

  private static final Duration BUDGET = Duration.ofMillis(300);

  private final GuardedRuleRunner runner =
      new GuardedRuleRunner(RuleBudget.fixed(BUDGET), 4, Clock.systemUTC());
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    runner.shutdown(Duration.ofSeconds(2));
  }

  @RuleDefinition(
      id = "quiet",
      summary = "finds nothing",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA)
  static final class Quiet implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  @RuleDefinition(
      id = "throwing",
      summary = "throws",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA)
  static final class Throwing implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      throw new AssertionError("boom");
    }
  }

  @RuleDefinition(
      id = "stubborn",
      summary = "ignores interruption until released",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA)
  final class Stubborn implements SecurityRule {
    final java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public List<Finding> evaluate(RuleContext context) {
      calls.incrementAndGet();
      while (true) {
        try {
          if (release.await(20, TimeUnit.MILLISECONDS)) {
            return List.of();
          }
        } catch (InterruptedException e) {
          // ignored on purpose
        }
      }
    }
  }

  @RuleDefinition(
      id = "reading",
      summary = "takes 600 ms, as a scan of a large archive might",
      level = RiskLevel.LOW,
      category = RiskCategory.CONTENT)
  static final class Reading implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      try {
        Thread.sleep(600);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      return List.of();
    }
  }

  private static GuardedRuleRunner.Item item(SecurityRule rule) {
    return item(rule, RuleContext.builder(PackageRequest.of(new PackageId("test", "pkg"))).build());
  }

  private static GuardedRuleRunner.Item item(SecurityRule rule, RuleContext context) {
    return new GuardedRuleRunner.Item(
        new RegisteredRule(rule, RuleDescriptor.of(rule.getClass())), context);
  }

  @Test
  void aCallOverMoreTextIsGivenALongerBudgetThanOneOverNone() {
    GuardedRuleRunner growing =
        new GuardedRuleRunner(
            new RuleBudget(Duration.ofMillis(200), Duration.ofMillis(1_000)), 2, Clock.systemUTC());
    try {
      List<RuleOutcome> outcomes =
          growing.runAll(
              List.of(item(new Reading()), item(new Reading(), RuleBudgetTest.withText(1 << 20))));

      assertThat(outcomes).extracting(RuleOutcome::completed).containsExactly(false, true);
      assertThat(outcomes.get(0).findings().get(0).message())
          .contains("longer than its 200 ms budget", "rule-timeout-ms-per-text-mib");
    } finally {
      growing.shutdown(Duration.ofSeconds(2));
    }
  }

  @Test
  void eachItemOfAMixedBatchHasItsOwnOutcome() {
    List<RuleOutcome> outcomes =
        runner.runAll(
            List.of(
                item(new Throwing()), item(new Quiet()), item(new Stubborn()), item(new Quiet())));

    assertThat(outcomes)
        .extracting(RuleOutcome::ruleId)
        .containsExactly("throwing", "quiet", "stubborn", "quiet");
    assertThat(outcomes)
        .extracting(RuleOutcome::completed)
        .containsExactly(false, true, false, true);
    assertThat(outcomes.get(0).findings().get(0).message()).contains("it threw AssertionError");
    assertThat(outcomes.get(2).findings().get(0).message())
        .contains("ms budget", "did not stop when interrupted");
  }

  @Test
  void aStuckRuleIsRefusedInALaterBatchAndTheOthersStillRun() {
    Stubborn stubborn = new Stubborn();
    runner.runAll(List.of(item(stubborn)));

    List<RuleOutcome> outcomes = runner.runAll(List.of(item(stubborn), item(new Quiet())));

    assertThat(outcomes).extracting(RuleOutcome::completed).containsExactly(false, true);
    assertThat(outcomes.get(0).findings().get(0).message()).contains("is stuck");
    assertThat(stubborn.calls).as("refused without being called again").hasValue(1);
  }
}
