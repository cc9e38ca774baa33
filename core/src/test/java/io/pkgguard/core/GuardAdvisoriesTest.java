package io.pkgguard.core;

import static io.pkgguard.core.TestPlugins.ECOSYSTEM;
import static io.pkgguard.core.TestPlugins.metadata;
import static io.pkgguard.core.TestPlugins.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Advisory;
import io.pkgguard.api.AdvisorySettings;
import io.pkgguard.api.AdvisorySource;
import io.pkgguard.api.AdvisorySourceProvider;
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
import io.pkgguard.core.TestPlugins.FakeSourceProvider;
import io.pkgguard.core.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The core consults every advisory database of the policy and merges what they say. */
class GuardAdvisoriesTest {

  private static final String DATABASE =
      """
      [advisories.osv]
      enabled = false
      [advisories.fake]
      type = "fake-advisories"
      url = "https://advisories.test/"
      """;

  private final List<Guard> guards = new ArrayList<>();

  @AfterEach
  void close() {
    guards.forEach(Guard::close);
  }

  /** Echoes the advisories and the databases consulted, one finding each. */
  @RuleDefinition(
      id = "advisory-echo",
      summary = "echoes advisories",
      level = RiskLevel.LOW,
      category = RiskCategory.VULNERABILITY)
  static final class EchoRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      List<Finding> findings = new ArrayList<>();
      findings.add(finding(RiskLevel.LOW, "consulted " + context.advisoryDatabases()));
      for (Advisory a : context.metadata().advisories()) {
        findings.add(
            finding(
                RiskLevel.LOW,
                a.id() + " " + a.aliases() + " " + a.source() + " fixed " + a.fixedIn()));
      }
      return findings;
    }
  }

  /** A database type answering from a function, or failing. */
  static final class FakeDatabase implements AdvisorySourceProvider {
    final AtomicReference<AdvisorySource> answer = new AtomicReference<>();

    @Override
    public String type() {
      return "fake-advisories";
    }

    @Override
    public AdvisorySource create(AdvisorySettings settings) {
      return (id, version) -> answer.get().advisories(id, version);
    }
  }

  private Guard guard(Policy policy, FakeSourceProvider index, FakeDatabase database) {
    Guard guard =
        Guard.builder()
            .discover(false)
            .policy(policy)
            .addEcosystem(new TestPlugins.TestEcosystem())
            .addSourceProvider(index)
            .addAdvisorySourceProvider(database)
            .addRule(new EchoRule())
            .build();
    guards.add(guard);
    return guard;
  }

  private static Advisory advisory(String id, List<String> aliases, String source, String fixed) {
    return new Advisory(id, aliases, "", "", List.of(fixed), Optional.empty(), source, false);
  }

  private static List<String> messages(io.pkgguard.api.Verdict verdict) {
    return verdict.findings().stream().map(Finding::message).toList();
  }

  @Test
  void oneVulnerabilityKnownByTheIndexAndTheDatabaseIsReportedOnce() {
    FakeSourceProvider index =
        new FakeSourceProvider(
            r ->
                metadata(r.id().name(), "1.0").toBuilder()
                    .advisories(
                        List.of(advisory("GHSA-aaaa", List.of("CVE-2026-1"), "pypi", "1.1")))
                    .build());
    FakeDatabase database = new FakeDatabase();
    database.answer.set(
        (id, version) ->
            List.of(
                advisory("PYSEC-2026-7", List.of("CVE-2026-1"), "fake", "1.1"),
                advisory("PYSEC-2026-8", List.of(), "fake", "2.0")));

    var verdict =
        guard(policy(DATABASE), index, database)
            .evaluate(PackageRequest.of(new PackageId(ECOSYSTEM, "lib")));

    assertThat(messages(verdict))
        .containsExactlyInAnyOrder(
            "consulted [fake]",
            "GHSA-aaaa [CVE-2026-1, PYSEC-2026-7] pypi+fake fixed [1.1]",
            "PYSEC-2026-8 [] fake fixed [2.0]");
  }

  @Test
  void aDatabaseThatCannotBeConsultedRejectsTheUncheckedPackage() {
    FakeDatabase database = new FakeDatabase();
    database.answer.set(
        (id, version) -> {
          throw new SourceException(
              SourceException.Reason.UNAVAILABLE, "advisories.test answered" + " HTTP 503");
        });
    var verdict =
        guard(policy(DATABASE), FakeSourceProvider.knowingEverything(), database)
            .evaluate(PackageRequest.of(new PackageId(ECOSYSTEM, "lib")));
    assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
    assertThat(verdict.complete()).isFalse();
    assertThat(messages(verdict))
        .containsExactly(
            "the advisory database fake could not be"
                + " consulted: advisories.test answered HTTP 503");
  }

  @Test
  void aDatabaseThatThrowsIsTreatedTheSame() {
    FakeDatabase database = new FakeDatabase();
    database.answer.set(
        (id, version) -> {
          throw new IllegalStateException("bug");
        });
    var verdict =
        guard(policy(DATABASE), FakeSourceProvider.knowingEverything(), database)
            .evaluate(PackageRequest.of(new PackageId(ECOSYSTEM, "lib")));
    assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
    assertThat(messages(verdict))
        .singleElement()
        .asString()
        .contains("could not be consulted: it failed unexpectedly (IllegalStateException)");
  }

  @Test
  void evaluateAllAsksEachDatabaseOnceForAllPackages() {
    java.util.concurrent.atomic.AtomicInteger batches =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger asked =
        new java.util.concurrent.atomic.AtomicInteger();
    AdvisorySourceProvider counting =
        new AdvisorySourceProvider() {
          @Override
          public String type() {
            return "fake-advisories";
          }

          @Override
          public AdvisorySource create(AdvisorySettings settings) {
            return new AdvisorySource() {
              @Override
              public List<Advisory> advisories(PackageId id, String version) {
                throw new AssertionError("asked one by one");
              }

              @Override
              public java.util.Map<io.pkgguard.api.AdvisoryQuery, List<Advisory>> advisories(
                  List<io.pkgguard.api.AdvisoryQuery> queries) {
                batches.incrementAndGet();
                asked.addAndGet(queries.size());
                java.util.Map<io.pkgguard.api.AdvisoryQuery, List<Advisory>> answers =
                    new java.util.HashMap<>();
                queries.forEach(
                    q ->
                        answers.put(
                            q,
                            q.id().name().equals("lib-7")
                                ? List.of(advisory("PYSEC-2026-9", List.of(), "fake", "2.0"))
                                : List.of()));
                return answers;
              }
            };
          }
        };
    Guard guard =
        Guard.builder()
            .discover(false)
            .policy(policy(DATABASE))
            .addEcosystem(new TestPlugins.TestEcosystem())
            .addSourceProvider(FakeSourceProvider.knowingEverything())
            .addAdvisorySourceProvider(counting)
            .addRule(new EchoRule())
            .build();
    guards.add(guard);
    List<PackageRequest> requests = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      requests.add(PackageRequest.of(new PackageId(ECOSYSTEM, "lib-" + i)));
    }

    var verdicts = guard.evaluateAll(requests);

    assertThat(batches.get()).isEqualTo(1);
    assertThat(asked.get()).isEqualTo(50);
    assertThat(messages(verdicts.get(7))).contains("PYSEC-2026-9 [] fake fixed [2.0]");
    assertThat(messages(verdicts.get(8))).containsExactly("consulted [fake]");
  }

  @Test
  void offlineOnlyLocalDatabasesAreConsulted() {
    FakeDatabase database = new FakeDatabase();
    database.answer.set((id, version) -> List.of());
    Guard guard =
        Guard.builder()
            .discover(false)
            .policy(policy(DATABASE))
            .offline(true)
            .addEcosystem(new TestPlugins.TestEcosystem())
            .addSourceProvider(FakeSourceProvider.knowingEverything())
            .addAdvisorySourceProvider(database)
            .addRule(new EchoRule())
            .build();
    guards.add(guard);
    var verdict = guard.evaluate(PackageRequest.of(new PackageId(ECOSYSTEM, "lib")));
    assertThat(messages(verdict)).containsExactly("consulted []");
  }
}
