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

  /**
   * A database type answering only batch questions (one by one fails the test), recording the
   * names of each batch; a package named in {@code vulnerable} has one advisory.
   */
  static final class BatchDatabase implements AdvisorySourceProvider {
    final List<List<String>> batches = java.util.Collections.synchronizedList(new ArrayList<>());
    private final String vulnerable;

    BatchDatabase(String vulnerable) {
      this.vulnerable = vulnerable;
    }

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
          batches.add(queries.stream().map(q -> q.id().name()).toList());
          java.util.Map<io.pkgguard.api.AdvisoryQuery, List<Advisory>> answers =
              new java.util.HashMap<>();
          queries.forEach(
              q ->
                  answers.put(
                      q,
                      q.id().name().equals(vulnerable)
                          ? List.of(advisory("PYSEC-2026-9", List.of(), "fake", "2.0"))
                          : List.of()));
          return answers;
        }
      };
    }
  }

  private Guard guard(Policy policy, FakeSourceProvider index, AdvisorySourceProvider database) {
    return guard(policy, index, List.of(database), List.of());
  }

  /** A guard with the echo rule and {@code rules}, asking {@code databases}. */
  private Guard guard(
      Policy policy,
      FakeSourceProvider index,
      List<AdvisorySourceProvider> databases,
      List<SecurityRule> rules) {
    Guard.Builder builder =
        Guard.builder()
            .discover(false)
            .policy(policy)
            .addEcosystem(new TestPlugins.TestEcosystem())
            .addSourceProvider(index)
            .addRule(new EchoRule());
    databases.forEach(builder::addAdvisorySourceProvider);
    rules.forEach(builder::addRule);
    Guard guard = builder.build();
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
    BatchDatabase counting = new BatchDatabase("lib-7");
    Guard guard = guard(policy(DATABASE), FakeSourceProvider.knowingEverything(), counting);
    List<PackageRequest> requests = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      requests.add(PackageRequest.of(new PackageId(ECOSYSTEM, "lib-" + i)));
    }

    var verdicts = guard.evaluateAll(requests);

    assertThat(counting.batches).hasSize(1);
    assertThat(counting.batches.get(0)).hasSize(50);
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

  /** Counts down a latch when it judges the package named "quick". */
  @RuleDefinition(
      id = "latch",
      summary = "tells when quick is judged",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA)
  static final class LatchRule implements SecurityRule {
    final java.util.concurrent.CountDownLatch quickJudged =
        new java.util.concurrent.CountDownLatch(1);

    @Override
    public List<Finding> evaluate(RuleContext context) {
      if (context.request().id().name().equals("quick")) {
        quickJudged.countDown();
      }
      return List.of();
    }
  }

  @Test
  void aPackageIsJudgedWhileAnotherPackagesMetadataIsStillOnItsWay() {
    LatchRule latch = new LatchRule();
    FakeSourceProvider index =
        new FakeSourceProvider(
            request -> {
              if (request.id().name().equals("slow")) {
                try {
                  if (!latch.quickJudged.await(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new SourceException(
                        SourceException.Reason.UNAVAILABLE,
                        "quick was not judged before slow's metadata arrived");
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new SourceException(SourceException.Reason.UNAVAILABLE, "interrupted");
                }
              }
              return metadata(request.id().name(), "1.0");
            });
    FakeDatabase database = new FakeDatabase();
    database.answer.set((id, version) -> List.of());
    Guard guard = guard(policy(DATABASE), index, List.of(database), List.of(latch));

    var verdicts =
        guard.evaluateExactly(
            List.of(
                PackageRequest.of(new PackageId(ECOSYSTEM, "quick"), "1.0"),
                PackageRequest.of(new PackageId(ECOSYSTEM, "slow"), "1.0")));

    assertThat(messages(verdicts.get(0))).containsExactly("consulted [fake]");
    assertThat(messages(verdicts.get(1))).containsExactly("consulted [fake]");
  }

  @Test
  void manyPackagesAreAskedAboutInBatchesEachPackageOnce() {
    BatchDatabase recording = new BatchDatabase("none");
    Guard guard = guard(policy(DATABASE), FakeSourceProvider.knowingEverything(), recording);
    List<PackageRequest> requests = new ArrayList<>();
    for (int i = 0; i < 450; i++) {
      requests.add(PackageRequest.of(new PackageId(ECOSYSTEM, "lib-" + i), "1.0"));
    }

    var verdicts = guard.evaluateExactly(requests);

    assertThat(recording.batches)
        .allSatisfy(b -> assertThat(b).hasSizeBetween(1, ExactPipeline.BATCH));
    assertThat(recording.batches.stream().flatMap(List::stream))
        .containsExactlyInAnyOrderElementsOf(requests.stream().map(r -> r.id().name()).toList());
    assertThat(verdicts)
        .allSatisfy(v -> assertThat(messages(v)).containsExactly("consulted [fake]"));
  }

  @Test
  void aDatabaseThatCoversNoneOfThePackagesDoesNotStopTheNextFromBeingAsked() {
    AdvisorySourceProvider condaOnly =
        new AdvisorySourceProvider() {
          @Override
          public String type() {
            return "conda-only";
          }

          @Override
          public AdvisorySource create(AdvisorySettings settings) {
            return new AdvisorySource() {
              @Override
              public boolean covers(String ecosystem) {
                return ecosystem.equals(PackageId.CONDA);
              }

              @Override
              public List<Advisory> advisories(PackageId id, String version) {
                throw new AssertionError("asked about " + id);
              }
            };
          }
        };
    FakeDatabase database = new FakeDatabase();
    database.answer.set((id, version) -> List.of());
    Guard guard =
        guard(
            policy(
                """
                    [advisories.osv]
                    enabled = false
                    [advisories.conda]
                    type = "conda-only"
                    url = "https://conda-advisories.test/"
                    [advisories.fake]
                    type = "fake-advisories"
                    url = "https://advisories.test/"
                    """),
            FakeSourceProvider.knowingEverything(),
            List.of(condaOnly, database),
            List.of());

    var verdicts =
        guard.evaluateExactly(
            List.of(
                PackageRequest.of(new PackageId(ECOSYSTEM, "a"), "1.0"),
                PackageRequest.of(new PackageId(ECOSYSTEM, "b"), "1.0")));

    assertThat(verdicts)
        .allSatisfy(v -> assertThat(messages(v)).containsExactly("consulted [fake]"));
  }
}
