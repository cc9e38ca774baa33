package io.pkgguard.core;

import static io.pkgguard.core.TestPlugins.ECOSYSTEM;
import static io.pkgguard.core.TestPlugins.metadata;
import static io.pkgguard.core.TestPlugins.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Decision;
import io.pkgguard.api.EnvironmentDescription.IndexChoice;
import io.pkgguard.api.EnvironmentDescription.Location;
import io.pkgguard.api.EvaluationProgress;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.api.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installer's configured index options are weighed with every environment, a file's and the
 * packages a user names; a progress listener hears every step, and nothing it does changes a
 * verdict.
 */
class GuardInstallerAndProgressTest {

  @TempDir Path dir;
  private Guard guard;

  private static final IndexChoice EXTRA =
      new IndexChoice(
          IndexChoice.Kind.EXTRA_INDEX_URL,
          "https://corp.example/simple",
          "https://***@corp.example/simple",
          new Location("/etc/pip.conf", 3, 0));
  private static final IndexChoice INDEX =
      new IndexChoice(
          IndexChoice.Kind.INDEX_URL,
          "https://mirror.example/simple",
          "https://mirror.example/simple",
          new Location("PIP_INDEX_URL", 0, 0));

  /** Reports every index option the environment has, where it was set. */
  @RuleDefinition(
      id = "index-options",
      summary = "Lists index options",
      level = RiskLevel.HIGH,
      category = RiskCategory.SOURCE,
      stage = RuleStage.ENVIRONMENT)
  static final class IndexOptionsRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return context.environment().orElseThrow().description().indexes().stream()
          .map(i -> finding(RiskLevel.HIGH, i.location() + ": " + i.kind() + " " + i.written()))
          .toList();
    }
  }

  @AfterEach
  void close() {
    if (guard != null) {
      guard.close();
    }
  }

  private Guard guard(List<IndexChoice> installer, EvaluationProgress progress) {
    guard =
        Guard.builder()
            .discover(false)
            .policy(policy(""))
            .addEcosystem(new GuardEnvironmentFileTest.LineEcosystem())
            .addSourceProvider(
                new TestPlugins.FakeSourceProvider(r -> metadata(r.id().name(), "1.0")))
            .addRule(new TestPlugins.QuietRule())
            .addRule(new IndexOptionsRule())
            .installerIndexes(installer)
            .progress(progress)
            .build();
    return guard;
  }

  @Test
  void theInstallersOptionsAreWeighedWithAFileAsIfItNamedThem() throws Exception {
    Path file = Files.writeString(dir.resolve("env.txt"), "alpha\n");

    Verdict verdict =
        guard(List.of(EXTRA, INDEX), EvaluationProgress.NONE)
            .evaluateEnvironment(ECOSYSTEM, file, TargetEnvironment.of(Map.of()));

    assertThat(verdict.findings())
        .extracting(Finding::message)
        .containsExactly(
            "/etc/pip.conf:3: EXTRA_INDEX_URL https://***@corp.example/simple",
            "PIP_INDEX_URL: INDEX_URL https://mirror.example/simple");
  }

  @Test
  void packagesAUserNamesAreJudgedWithTheInstallersOptions() {
    Guard g = guard(List.of(EXTRA), EvaluationProgress.NONE);

    JudgedEnvironment judged =
        g.judgeRequests(
            "command line",
            ECOSYSTEM,
            List.of(PackageRequest.of(new PackageId(ECOSYSTEM, "alpha"), "1.0")));

    assertThat(g.hasInstallerIndexes()).isTrue();
    assertThat(judged.verdict().id().name()).isEqualTo("command line");
    assertThat(judged.verdict().dependencies())
        .extracting(v -> v.id().name())
        .containsExactly("alpha");
    assertThat(judged.verdict().decision()).isNotEqualTo(Decision.ALLOW);
    assertThat(judged.description().orElseThrow().requirements().get(0).location().toString())
        .isEqualTo("command line:1");
  }

  @Test
  void theProgressListenerHearsEachStepAndCannotChangeAVerdict() {
    List<String> heard = new CopyOnWriteArrayList<>();
    EvaluationProgress listener =
        new EvaluationProgress() {
          @Override
          public void started(PackageRequest request) {
            heard.add("started " + request.id().name());
            throw new IllegalStateException("a listener bug");
          }

          @Override
          public void resolved(PackageId id, String version) {
            heard.add("resolved " + id.name() + " " + version);
          }

          @Override
          public void finished(Verdict verdict) {
            heard.add("finished " + verdict.id().name());
            throw new IllegalStateException("another listener bug");
          }
        };

    Verdict verdict =
        guard(List.of(), listener)
            .evaluate(PackageRequest.of(new PackageId(ECOSYSTEM, "alpha"), "1.0"));

    assertThat(heard).containsExactly("started alpha", "resolved alpha 1.0", "finished alpha");
    assertThat(verdict.complete()).isTrue();
    assertThat(verdict.decision()).isEqualTo(Decision.ALLOW);
  }
}
