package io.pkgguard.core;

import static io.pkgguard.core.TestPlugins.ECOSYSTEM;
import static io.pkgguard.core.TestPlugins.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.TestPlugins.FakeSourceProvider;
import io.pkgguard.core.TestPlugins.LoopingNameRule;
import io.pkgguard.core.TestPlugins.SpinningRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Deny by default covers the plugins' failures and the guard's own lifecycle: whatever a rule
 * throws, however long it runs, at whichever stage, the host gets a REJECT naming the rule, never
 * an exception, a hang or a thread lost for good.
 */
class GuardContainmentTest {

  private final List<Guard> guards = new ArrayList<>();
  private final List<Runnable> releases = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    releases.forEach(Runnable::run);
    guards.forEach(Guard::close);
  }

  private Guard guard(SecurityRule... rules) {
    Guard.Builder builder =
        Guard.builder()
            .discover(false)
            .policy(policy(""))
            .addEcosystem(new TestPlugins.TestEcosystem())
            .addSourceProvider(FakeSourceProvider.knowingEverything());
    for (SecurityRule rule : rules) {
      builder.addRule(rule);
    }
    Guard guard = builder.build();
    guards.add(guard);
    return guard;
  }

  private static PackageRequest request(String name) {
    return PackageRequest.of(new PackageId(ECOSYSTEM, name));
  }

  private static Finding onlyFinding(Verdict verdict) {
    assertThat(verdict.findings()).hasSize(1);
    return verdict.findings().get(0);
  }

  @Nested
  class RunawayRules {

    @Test
    void aRuleThatIgnoresInterruptionIsStuckAfterItsBudgetAndNeverCalledAgain() {
      SpinningRule spinning = new SpinningRule();
      releases.add(spinning::release);
      Guard guard = guard(spinning, new TestPlugins.QuietRule());

      List<Verdict> verdicts =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> {
                List<Verdict> all = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                  all.add(guard.evaluate(request("pkg" + i)));
                }
                return all;
              });

      assertThat(verdicts).allSatisfy(v -> assertThat(v.decision()).isEqualTo(Decision.REJECT));
      assertThat(onlyFinding(verdicts.get(0)).message())
          .contains("spinning", "300 ms budget", "did not stop when interrupted", "stuck");
      assertThat(onlyFinding(verdicts.get(0)).evidence().values())
          .containsEntry("stopped", "false");
      for (Verdict later : verdicts.subList(1, 4)) {
        assertThat(onlyFinding(later).message()).startsWith("rule spinning is stuck");
        assertThat(onlyFinding(later).evidence().values()).containsEntry("stuck-threads", "1");
      }
      // Four evaluations, one thread lost: the rule was called once.
      assertThat(spinning.calls.get()).isEqualTo(1);
      assertThat(spinning.spinning.get()).isEqualTo(1);
      assertThat(guard.stuckRules())
          .singleElement()
          .satisfies(
              stuck -> {
                assertThat(stuck.ruleId()).isEqualTo("spinning");
                assertThat(stuck.threads()).isEqualTo(1);
              });
    }

    @Test
    void closeReportsTheCallsItCouldNotStop() {
      SpinningRule spinning = new SpinningRule();
      releases.add(spinning::release);
      Guard guard = guard(spinning);
      guard.evaluate(request("pkg"));

      List<StuckRule> notStopped = guard.shutdown(Duration.ofMillis(100));

      assertThat(notStopped)
          .singleElement()
          .satisfies(
              stuck -> {
                assertThat(stuck.ruleId()).isEqualTo("spinning");
                assertThat(stuck.threads()).isEqualTo(1);
              });
    }

    @Test
    void aRuleThatStopsWhenInterruptedIsNotStuck() {
      InterruptibleRule interruptible = new InterruptibleRule();
      Guard guard = guard(interruptible);

      Verdict first = guard.evaluate(request("a"));
      Verdict second = guard.evaluate(request("b"));

      assertThat(onlyFinding(first).evidence().values()).containsEntry("stopped", "true");
      assertThat(onlyFinding(second).message())
          .contains("longer than its 300 ms budget")
          .doesNotContain("stuck");
      assertThat(guard.stuckRules()).isEmpty();
      assertThat(guard.shutdown(Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aBusyRuleThatAsksWhetherItWasCancelledStopsAndIsNotStuck() {
      Guard guard = guard(new PollingRule());

      Verdict first = guard.evaluate(request("a"));
      Verdict second = guard.evaluate(request("b"));

      assertThat(first.decision()).isEqualTo(Decision.REJECT);
      assertThat(onlyFinding(first).evidence().values()).containsEntry("stopped", "true");
      assertThat(onlyFinding(second).message())
          .contains("polling did not complete", "longer than its 300 ms budget")
          .doesNotContain("stuck");
      assertThat(guard.stuckRules()).isEmpty();
    }
  }

  /**
   * An endless computation that never blocks, as a scan of a huge archive would be, asking after
   * each unit of work whether it was cancelled.
   */
  @io.pkgguard.api.RuleDefinition(
      id = "polling",
      summary = "computes until cancelled",
      level = RiskLevel.LOW,
      category = io.pkgguard.api.RiskCategory.CONTENT)
  static final class PollingRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(io.pkgguard.api.RuleContext context) {
      long sum = 0;
      while (sum != -1) {
        io.pkgguard.api.RuleCancelledException.throwIfCancelled();
        sum += Long.toString(sum).hashCode() & 0xff;
      }
      return List.of();
    }
  }

  /** An endless rule that honours interruption. */
  @io.pkgguard.api.RuleDefinition(
      id = "interruptible",
      summary = "waits until interrupted",
      level = RiskLevel.LOW,
      category = io.pkgguard.api.RiskCategory.METADATA)
  static final class InterruptibleRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(io.pkgguard.api.RuleContext context) {
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of();
    }
  }

  @Nested
  class Errors {

    @Test
    void anAssertionErrorFromARuleRejectsNamingTheRule() {
      Verdict verdict =
          guard(new TestPlugins.ErringRule(() -> new AssertionError("invariant")))
              .evaluate(request("pkg"));

      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(onlyFinding(verdict).message())
          .contains("rule erring did not complete", "AssertionError", "invariant");
    }

    @Test
    void aStackOverflowInARuleRejectsNamingTheRule() {
      Verdict verdict = guard(new TestPlugins.RecursingRule()).evaluate(request("pkg"));

      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(onlyFinding(verdict).message())
          .contains("rule recursing did not complete", "StackOverflowError");
    }

    @Test
    void aMissingClassInARuleRejectsNamingTheRule() {
      Verdict verdict =
          guard(
                  new TestPlugins.ErringRule(
                      () -> new NoClassDefFoundError("org/tukaani/xz/XZInputStream")))
              .evaluate(request("pkg"));

      assertThat(onlyFinding(verdict).message()).contains("erring", "NoClassDefFoundError");
    }
  }

  @Nested
  class NameScreening {

    @Test
    void aLoopingNameRuleIsCutOffAtItsBudgetAndTheRestOfTheListStillScreened() {
      LoopingNameRule looping = new LoopingNameRule();
      releases.add(looping::release);
      Guard guard = guard(looping);

      List<List<Finding>> findings =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> guard.screenNames(ECOSYSTEM, List.of("bad-one", "loop", "fine", "bad-two")));

      assertThat(findings.get(0))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).isEqualTo("bad name"));
      assertThat(findings.get(1))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
                assertThat(f.message()).contains("looping-name", "300 ms budget", "stuck");
              });
      // Stuck: the names after it are refused, each with a finding, none silently passed.
      assertThat(findings.subList(2, 4))
          .allSatisfy(
              f ->
                  assertThat(f)
                      .singleElement()
                      .satisfies(stuck -> assertThat(stuck.message()).contains("is stuck")));
      assertThat(looping.spinning.get()).isEqualTo(1);
    }

    @Test
    void aSingleScreenedNameHasTheSameBudget() {
      LoopingNameRule looping = new LoopingNameRule();
      releases.add(looping::release);
      Guard guard = guard(looping);

      List<Finding> findings =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10), () -> guard.screenName(ECOSYSTEM, "loop"));

      assertThat(findings)
          .singleElement()
          .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL));
    }

    @Test
    void errorsFromNameRulesAreFindingsNotExceptions() {
      Guard guard =
          guard(
              new TestPlugins.ErringRule(() -> new AssertionError("no")),
              new TestPlugins.RecursingRule());

      List<Finding> findings = guard.screenName(ECOSYSTEM, "anything");

      assertThat(findings)
          .extracting(Finding::message)
          .anySatisfy(m -> assertThat(m).contains("erring", "AssertionError"));
      assertThat(findings)
          .extracting(Finding::message)
          .anySatisfy(m -> assertThat(m).contains("recursing", "StackOverflowError"));
      assertThat(findings).allSatisfy(f -> assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL));
    }

    @Test
    void aLongListIsScreenedInOneBatchPerRuleWithEveryNameJudged() {
      Guard guard = guard(new TestPlugins.EvilNameRule());
      List<String> names = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        names.add(i % 1000 == 0 ? "evil" + i : "name" + i);
      }

      List<List<Finding>> findings = guard.screenNames(ECOSYSTEM, names);

      assertThat(findings).hasSize(10_000);
      assertThat(findings.stream().filter(f -> !f.isEmpty()).count()).isEqualTo(10);
      assertThat(findings.get(1000))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).isEqualTo("evil name"));
    }
  }

  @Nested
  class Lifecycle {

    @Test
    void evaluatingAfterCloseIsADocumentedError() {
      Guard guard = guard(new TestPlugins.QuietRule());
      guard.close();

      assertThatThrownBy(() -> guard.evaluate(request("pkg")))
          .isInstanceOf(GuardClosedException.class)
          .hasMessageContaining("this guard is closed");
      assertThatThrownBy(() -> guard.evaluateAll(List.of(request("pkg"))))
          .isInstanceOf(GuardClosedException.class);
      assertThatThrownBy(() -> guard.screenName(ECOSYSTEM, "pkg"))
          .isInstanceOf(GuardClosedException.class);
    }

    @Test
    void closingIsIdempotent() {
      Guard guard = guard(new TestPlugins.QuietRule());
      guard.close();
      guard.close();
      assertThat(guard.shutdown(Duration.ZERO)).isEmpty();
    }

    @Test
    void anInterruptedCallerGetsADocumentedErrorAndKeepsItsInterruptStatus() throws Exception {
      TestPlugins.EndlessRule endless = new TestPlugins.EndlessRule();
      releases.add(endless::release);
      Guard guard =
          Guard.builder()
              .discover(false)
              .policy(policy("[limits]\nrule-timeout-ms = 60000\n"))
              .addEcosystem(new TestPlugins.TestEcosystem())
              .addSourceProvider(FakeSourceProvider.knowingEverything())
              .addRule(endless)
              .build();
      guards.add(guard);
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      AtomicReference<Boolean> interrupted = new AtomicReference<>();
      Thread host =
          new Thread(
              () -> {
                try {
                  guard.evaluate(request("pkg"));
                } catch (Throwable t) {
                  thrown.set(t);
                }
                interrupted.set(Thread.currentThread().isInterrupted());
              });
      host.start();
      Thread.sleep(200);
      host.interrupt();
      host.join(10_000);

      assertThat(host.isAlive()).isFalse();
      assertThat(thrown.get())
          .isInstanceOf(EvaluationInterruptedException.class)
          .hasMessageContaining("interrupted");
      assertThat(interrupted.get()).isTrue();
    }

    @Test
    void closingTheGuardEndsACallWhoseWorkWasStillQueued() throws Exception {
      // Exactly (a lock file: the pipeline) and with the dependency walk.
      closeWhileQueued((guard, request) -> guard.evaluateExactly(List.of(request)));
      closeWhileQueued((guard, request) -> guard.evaluateAll(List.of(request)));
    }

    private void closeWhileQueued(java.util.function.BiConsumer<Guard, PackageRequest> call)
        throws Exception {
      CountDownLatch blocking = new CountDownLatch(1);
      FakeSourceProvider index =
          new FakeSourceProvider(
              r -> {
                if (r.id().name().equals("blocker")) {
                  blocking.countDown();
                  try {
                    Thread.sleep(60_000);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }
                return TestPlugins.metadata(r.id().name(), "1.0");
              });
      Guard guard =
          Guard.builder()
              .discover(false)
              .policy(policy("[limits]\nconcurrency = 1\n"))
              .addEcosystem(new TestPlugins.TestEcosystem())
              .addSourceProvider(index)
              .addRule(new TestPlugins.QuietRule())
              .build();
      guards.add(guard);
      List<AtomicReference<Throwable>> thrown =
          List.of(new AtomicReference<>(), new AtomicReference<>());
      List<Thread> hosts = new ArrayList<>();
      for (String name : List.of("blocker", "queued")) {
        AtomicReference<Throwable> outcome = thrown.get(hosts.size());
        hosts.add(
            new Thread(
                () -> {
                  try {
                    call.accept(guard, PackageRequest.of(new PackageId(ECOSYSTEM, name), "1.0"));
                  } catch (Throwable t) {
                    outcome.set(t);
                  }
                }));
        hosts.get(hosts.size() - 1).start();
        if (name.equals("blocker")) {
          assertThat(blocking.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
      }
      Thread.sleep(200); // the second call's work waits behind the first's, on the one thread

      guard.close();
      for (Thread host : hosts) {
        host.join(10_000);
      }

      assertThat(hosts).noneMatch(Thread::isAlive);
      assertThat(thrown)
          .allSatisfy(t -> assertThat(t.get()).isInstanceOf(GuardClosedException.class));
    }
  }
}
