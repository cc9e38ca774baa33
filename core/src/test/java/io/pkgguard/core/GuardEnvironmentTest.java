package io.pkgguard.core;

import static io.pkgguard.core.TestPlugins.ECOSYSTEM;
import static io.pkgguard.core.TestPlugins.metadata;
import static io.pkgguard.core.TestPlugins.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.TestPlugins.FakeSourceProvider;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One verdict for a whole environment: never better than its worst package. */
class GuardEnvironmentTest {

  private Guard guard;

  @AfterEach
  void close() {
    guard.close();
  }

  private Verdict evaluate(List<String> names, List<Finding> findings) {
    FakeSourceProvider index =
        new FakeSourceProvider(
            r -> {
              if (r.id().name().equals("gone")) {
                throw new SourceException(SourceException.Reason.NOT_FOUND, "no such project");
              }
              return metadata(r.id().name(), "1.0");
            });
    guard =
        Guard.builder()
            .discover(false)
            .policy(policy(""))
            .addEcosystem(new TestPlugins.TestEcosystem())
            .addSourceProvider(index)
            .addRule(new TestPlugins.QuietRule())
            .build();
    return guard.evaluateEnvironment(
        "requirements.txt",
        ECOSYSTEM,
        names.stream().map(n -> PackageRequest.of(new PackageId(ECOSYSTEM, n))).toList(),
        findings);
  }

  @Test
  void anEnvironmentOfAllowedPackagesIsAllowedAndListsThem() {
    Verdict environment = evaluate(List.of("a", "b"), List.of());
    assertThat(environment.decision()).isEqualTo(Decision.ALLOW);
    assertThat(environment.id().name()).isEqualTo("requirements.txt");
    assertThat(environment.dependencies()).extracting(v -> v.id().name()).containsExactly("a", "b");
    assertThat(environment.findings()).isEmpty();
  }

  @Test
  void itsOwnFindingsDecideToo() {
    Finding extraIndex =
        Finding.of(
            "environment",
            RiskLevel.HIGH,
            RiskCategory.DEPENDENCY,
            "requirements.txt:1:1: --extra-index-url https://internal.example/simple");
    Verdict environment = evaluate(List.of("a"), List.of(extraIndex));
    assertThat(environment.decision()).isEqualTo(Decision.SPECIAL_APPROVAL);
    assertThat(environment.findings()).containsExactly(extraIndex);
  }

  @Test
  void aPackageThatCouldNotBeCheckedRejectsTheEnvironmentAndIsNamed() {
    Verdict environment = evaluate(List.of("a", "gone"), List.of());
    assertThat(environment.decision()).isEqualTo(Decision.REJECT);
    assertThat(environment.complete()).isFalse();
    assertThat(environment.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("environment");
              assertThat(f.message()).startsWith("gone: REJECT (the package does not exist");
            });
  }
}
