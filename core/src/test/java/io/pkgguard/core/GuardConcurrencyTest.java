package io.pkgguard.core;

import static io.pkgguard.core.TestPlugins.ECOSYSTEM;
import static io.pkgguard.core.TestPlugins.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.TestPlugins.FakeSourceProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One guard, many threads: the documented contract for hosts. 16 threads evaluate 400 packages
 * each, at once, with every kind of outcome mixed in; every verdict is about the package asked for
 * and carries the decision that package must get.
 */
class GuardConcurrencyTest {

  private static final int THREADS = 16;
  private static final int EVALUATIONS = 400;

  /** The decision a name must get: its prefix says. */
  private static Decision expected(String name) {
    if (name.startsWith("evil-") || name.startsWith("missing-")) {
      return Decision.REJECT;
    }
    if (name.startsWith("admin-")) {
      return Decision.SPECIAL_APPROVAL;
    }
    return name.startsWith("review-") ? Decision.REVIEW : Decision.ALLOW;
  }

  /** Reports what the name's prefix asks for, after the metadata is in. */
  @RuleDefinition(
      id = "prefix-level",
      summary = "reports the level a name's prefix names",
      level = RiskLevel.HIGH,
      category = RiskCategory.METADATA)
  static final class PrefixLevelRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      String name = context.metadata().id().name();
      if (name.startsWith("review-")) {
        return List.of(finding(RiskLevel.MEDIUM, "review " + name));
      }
      if (name.startsWith("admin-")) {
        return List.of(finding(RiskLevel.HIGH, "admin " + name));
      }
      return List.of();
    }
  }

  @Test
  void sixteenThreadsEvaluatingAtOnceEachGetTheRightVerdictForTheirOwnPackage() throws Exception {
    FakeSourceProvider source =
        new FakeSourceProvider(
            r -> {
              if (r.id().name().startsWith("missing-")) {
                throw new SourceException(SourceException.Reason.NOT_FOUND, "no " + r.id().name());
              }
              return TestPlugins.metadata(r.id().name(), "1.0");
            });
    String[] prefixes = {"fine-", "review-", "admin-", "evil-", "missing-"};
    ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    try (Guard guard =
        Guard.builder()
            .discover(false)
            .policy(
                policy("[dependencies]\nwalk =" + " false\n[limits]\nrule-timeout-ms = 30000\n"))
            .addEcosystem(new TestPlugins.TestEcosystem())
            .addSourceProvider(source)
            .addRule(new TestPlugins.EvilNameRule())
            .addRule(new PrefixLevelRule())
            .addRule(new TestPlugins.QuietRule())
            .build()) {
      ExecutorService hosts = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(
            hosts.submit(
                () -> {
                  start.await();
                  int checked = 0;
                  for (int i = 0; i < EVALUATIONS; i++) {
                    String name = prefixes[(thread + i) % prefixes.length] + thread + "-" + i;
                    List<Verdict> verdicts =
                        i % 10 == 0
                            ? guard.evaluateAll(List.of(request(name), request(name + "-b")))
                            : List.of(guard.evaluate(request(name)));
                    for (Verdict verdict : verdicts) {
                      String asked = verdict.id().name();
                      if (!asked.startsWith(name) || verdict.decision() != expected(asked)) {
                        wrong.add(name + " -> " + asked + " " + verdict.decision());
                      }
                      checked++;
                    }
                  }
                  return checked;
                }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get(5, TimeUnit.MINUTES);
      }
      hosts.shutdown();

      assertThat(wrong).isEmpty();
      assertThat(total).isEqualTo(THREADS * (EVALUATIONS + EVALUATIONS / 10));
      assertThat(guard.stuckRules()).isEmpty();
    }
  }

  private static PackageRequest request(String name) {
    return PackageRequest.of(new PackageId(ECOSYSTEM, name));
  }
}
