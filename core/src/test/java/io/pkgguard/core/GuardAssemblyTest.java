package io.pkgguard.core;

import static io.pkgguard.core.TestPlugins.ECOSYSTEM;
import static io.pkgguard.core.TestPlugins.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Decision;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Relaxation;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.TestPlugins.FakeSourceProvider;
import io.pkgguard.core.policy.Policy;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link Guard.Builder#build()} refuses, and with which words: a guard that would run fewer
 * checks than its policy names never builds by accident, and a configuration the command line
 * refuses is refused here too, before any evaluation.
 */
class GuardAssemblyTest {

  private final List<Guard> guards = new ArrayList<>();

  @TempDir Path dir;

  @AfterEach
  void closeGuards() {
    guards.forEach(Guard::close);
  }

  private Guard keep(Guard guard) {
    guards.add(guard);
    return guard;
  }

  /** A builder with the test ecosystem and source, and nothing discovered. */
  private static Guard.Builder testBuilder() {
    return Guard.builder()
        .discover(false)
        .addEcosystem(new TestPlugins.TestEcosystem())
        .addSourceProvider(FakeSourceProvider.knowingEverything());
  }

  /** The test policy with the built-in rule tables left in, as a real policy has them. */
  private static Policy policyExpectingBuiltInRules() {
    return io.pkgguard.core.policy.PolicyLoader.parse(
        """
        [sources.pypi]
        enabled = false
        [sources.test]
        type = "fake"
        url = "https://index.test/api"
        [advisories.osv]
        enabled = false
        [store]
        type = "none"
        """,
        "host-policy.toml");
  }

  @Nested
  class ExpectedRules {

    @Test
    void withoutTheRulesJarTheGuardDoesNotBuildAndNamesTheArtifact() {
      assertThatThrownBy(() -> testBuilder().policy(policyExpectingBuiltInRules()).build())
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining(
              "the policy expects rules that are not installed: capability,"
                  + " content, distribution-files, environment, license")
          .hasMessageContaining("(from io.pkgguard:pkgguard-rules-builtin)")
          .hasMessageContaining("add io.pkgguard:pkgguard-rules-builtin");
    }

    @Test
    void aServicesFileListingOnlyAHostsRuleIsCaughtAsAShadedJarMistake() throws Exception {
      Path services = dir.resolve("META-INF/services/io.pkgguard.api.SecurityRule");
      Files.createDirectories(services.getParent());
      Files.writeString(services, HostOnlyRule.class.getName() + "\n");
      try (URLClassLoader merged =
          new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
        assertThatThrownBy(
                () ->
                    testBuilder()
                        .discover(true)
                        .classLoader(merged)
                        .policy(policyExpectingBuiltInRules())
                        .build())
            .hasMessageContaining("Found only: host-only")
            .hasMessageContaining("merge the META-INF/services files");
      }
    }

    @Test
    void aHostThatRunsOnlyItsOwnRulesSaysSoAndEveryVerdictListsWhatIsMissing() {
      Guard guard =
          keep(
              testBuilder()
                  .policy(policyExpectingBuiltInRules())
                  .withoutBuiltInRules()
                  .addRule(new TestPlugins.QuietRule())
                  .build());

      Verdict verdict = guard.evaluate(PackageRequest.of(new PackageId(ECOSYSTEM, "pkg")));

      assertThat(verdict.decision()).isEqualTo(Decision.ALLOW);
      assertThat(verdict.relaxations())
          .hasSize(Policy.defaults().rules().size())
          .allSatisfy(
              r -> {
                assertThat(r.kind()).isEqualTo(Relaxation.Kind.RULE_REMOVED);
                assertThat(r.reason()).isEqualTo("removed by the host");
              })
          .extracting(Relaxation::subject)
          .contains("typosquat", "content", "vulnerabilities");
      assertThat(guard.relaxations()).isEqualTo(verdict.relaxations());
      // Nothing decided with the rules can be taken for a decision without them.
      assertThat(verdict.policyFingerprint())
          .isNotEqualTo(policyExpectingBuiltInRules().fingerprint());
    }

    @Test
    void aRuleReplacedByTheHostIsNotARelaxation() {
      Guard guard =
          keep(
              testBuilder()
                  .policy(policy("[rules.quiet]\n"))
                  .addRule(new TestPlugins.DuplicateQuietRule())
                  .removeRule("quiet")
                  .addRule(new TestPlugins.QuietRule())
                  .build());

      assertThat(guard.relaxations()).noneMatch(r -> r.subject().equals("quiet"));
    }

    @Test
    void aLevelMappedToAMorePermissiveDecisionIsListedInEveryVerdict() {
      Guard guard =
          keep(
              testBuilder()
                  .policy(policy("[decisions]\nhigh = \"review\"\n"))
                  .addRule(new TestPlugins.QuietRule())
                  .build());

      Verdict verdict = guard.evaluate(PackageRequest.of(new PackageId(ECOSYSTEM, "pkg")));

      assertThat(verdict.relaxations())
          .filteredOn(r -> r.kind() == Relaxation.Kind.DECISION_LOWERED)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.subject()).isEqualTo("decisions.high");
                assertThat(r.reason())
                    .isEqualTo(
                        "HIGH findings lead to review instead of"
                            + " special-approval (test-policy.toml)");
              });
    }

    @Test
    void anEntryAddedToAListThatExemptsIsListedInEveryVerdict() {
      Guard guard =
          keep(
              testBuilder()
                  .policy(policy("[rules.lists]\nexempt = [\"known\", \"mine\", \"mine\"]\n"))
                  .addRule(new TestPlugins.ListsRule())
                  .build());

      Verdict verdict = guard.evaluate(PackageRequest.of(new PackageId(ECOSYSTEM, "pkg")));

      assertThat(aboutLists(verdict.relaxations()))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.kind()).isEqualTo(Relaxation.Kind.EXEMPTION_ADDED);
                assertThat(r.subject()).isEqualTo("rules.lists.exempt");
                assertThat(r.reason()).isEqualTo("adds \"mine\" (test-policy.toml)");
              });
    }

    @Test
    void aDefaultEntryLeftOutOfAListOfWhatARuleLooksForIsListed() {
      Guard guard =
          keep(
              testBuilder()
                  .policy(policy("[rules.lists]\nwatched = [\"bad\", \"worse\"]\n"))
                  .addRule(new TestPlugins.ListsRule())
                  .build());

      assertThat(aboutLists(guard.relaxations()))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.kind()).isEqualTo(Relaxation.Kind.CHECK_REMOVED);
                assertThat(r.subject()).isEqualTo("rules.lists.watched");
                assertThat(r.reason())
                    .isEqualTo("leaves out \"evil\" of the rule's default (test-policy.toml)");
              });
    }

    @Test
    void aDefaultEntryRewrittenWithASpaceOrCapitalIsLeftOut() {
      Guard guard =
          keep(
              testBuilder()
                  .policy(policy("[rules.lists]\nwatched = [\"evil \", \"Bad\"]\n"))
                  .addRule(new TestPlugins.ListsRule())
                  .build());

      assertThat(aboutLists(guard.relaxations()))
          .singleElement()
          .extracting(Relaxation::reason)
          .isEqualTo("leaves out \"evil\", \"bad\" of the rule's default (test-policy.toml)");
    }

    @Test
    void listsThatOnlyAddChecksOrKeepTheDefaultsWeakenNothing() {
      Guard guard =
          keep(
              testBuilder()
                  .policy(
                      policy(
                          "[rules.lists]\nexempt = []\nwatched = [\"bad\", \"evil\","
                              + " \"worse\"]\nmore = [\"anything\"]\n"))
                  .addRule(new TestPlugins.ListsRule())
                  .build());

      assertThat(aboutLists(guard.relaxations())).isEmpty();
    }

    @Test
    void aLongListOfExemptionsIsNamedInPartAndCounted() {
      Guard guard =
          keep(
              testBuilder()
                  .policy(
                      policy(
                          "[rules.lists]\nexempt = [\"a\", \"b\", \"c\", \"d\", \"e\","
                              + " \"f\", \"g\"]\n"))
                  .addRule(new TestPlugins.ListsRule())
                  .build());

      assertThat(aboutLists(guard.relaxations()))
          .singleElement()
          .extracting(Relaxation::reason)
          .isEqualTo("adds \"a\", \"b\", \"c\", \"d\", \"e\" and 2 more (test-policy.toml)");
    }

    @Test
    void aDisabledRulesListsAreNotWeighedAgain() {
      Guard guard =
          keep(
              testBuilder()
                  .policy(policy("[rules.lists]\nenabled = false\nexempt = [\"mine\"]\n"))
                  .addRule(new TestPlugins.ListsRule())
                  .addRule(new TestPlugins.QuietRule())
                  .build());

      assertThat(aboutLists(guard.relaxations()))
          .extracting(Relaxation::kind)
          .containsExactly(Relaxation.Kind.RULE_DISABLED);
    }

    @Test
    void aNumberMovedPastItsDefaultTheWayThatChecksLessIsListed() {
      Guard guard =
          keep(
              testBuilder()
                  .policy(policy("[rules.limits]\nprotected-rank = 100\nmax-length = 200\n"))
                  .addRule(new TestPlugins.LimitsRule())
                  .build());

      Verdict verdict = guard.evaluate(PackageRequest.of(new PackageId(ECOSYSTEM, "pkg")));

      assertThat(about("limits", verdict.relaxations()))
          .containsExactly(
              new Relaxation(
                  Relaxation.Kind.LIMIT_RELAXED,
                  "rules.limits.protected-rank",
                  "100 instead of 1000 (test-policy.toml)"),
              new Relaxation(
                  Relaxation.Kind.LIMIT_RELAXED,
                  "rules.limits.max-length",
                  "200 instead of 64 (test-policy.toml)"));
    }

    @Test
    void numbersMovedTheStricterWayOrThatOnlyConfigureWeakenNothing() {
      Guard guard =
          keep(
              testBuilder()
                  .policy(
                      policy(
                          "[rules.limits]\nprotected-rank = 5000\nmax-length = 32\n"
                              + "batch = 1000\n"))
                  .addRule(new TestPlugins.LimitsRule())
                  .build());

      assertThat(about("limits", guard.relaxations())).isEmpty();
    }

    /** The relaxations of the rule "lists" (the test policy disables every built-in rule). */
    private List<Relaxation> aboutLists(List<Relaxation> relaxations) {
      return about("lists", relaxations);
    }

    /** The relaxations of one rule. */
    private List<Relaxation> about(String ruleId, List<Relaxation> relaxations) {
      return relaxations.stream()
          .filter(
              r -> r.subject().equals(ruleId) || r.subject().startsWith("rules." + ruleId + "."))
          .toList();
    }

    @Test
    void aGuardWithNoRuleToRunNeverBuilds() {
      assertThatThrownBy(() -> testBuilder().policy(policy("")).build())
          .hasMessageContaining(
              "a guard with no rules to run would allow every package: no rule" + " is installed");
      assertThatThrownBy(
              () ->
                  testBuilder()
                      .policy(policy("[rules.quiet]\nenabled = false\n"))
                      .addRule(new TestPlugins.QuietRule())
                      .build())
          .hasMessageContaining("the policy disables every installed rule (quiet)");
    }

    @Test
    void aValueOnlyTheRuleKnowsItCannotUseStopsTheGuardBeingBuilt() {
      TestPlugins.PickyRule picky = new TestPlugins.PickyRule();

      assertThatThrownBy(
              () ->
                  testBuilder()
                      .policy(policy("[rules.picky]\nwords = [\"good\", \"bad\"]\n"))
                      .addRule(picky)
                      .build())
          .isInstanceOf(ConfigurationException.class)
          .hasMessage("test-policy.toml: [rules.picky] words: 'bad' is no word I know");
      assertThat(
              keep(
                  testBuilder()
                      .policy(policy("[rules.picky]\nwords = [\"good\"]\n"))
                      .addRule(new TestPlugins.PickyRule())
                      .build()))
          .isNotNull();
      // a rule the policy switches off is not asked
      TestPlugins.PickyRule off = new TestPlugins.PickyRule();
      keep(
          testBuilder()
              .policy(policy("[rules.picky]\nenabled = false\nwords = [\"bad\"]\n"))
              .addRule(off)
              .addRule(new TestPlugins.QuietRule())
              .build());
      assertThat(off.checked).hasValue(0);
    }

    @Test
    void aRuleThatFailsWhileCheckingItsParametersStopsTheGuardBeingBuiltAndIsNamed() {
      assertThatThrownBy(
              () ->
                  testBuilder()
                      .policy(policy(""))
                      .addRule(new TestPlugins.BrokenCheckRule())
                      .build())
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("rule broken-check failed while checking its parameters")
          .hasMessageContaining("no pattern file")
          .hasMessageContaining("disable the rule");
    }

    @Test
    void aRuleThatNeverFinishesCheckingItsParametersStopsTheGuardBeingBuiltInsteadOfHangingIt() {
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(30),
          () ->
              assertThatThrownBy(
                      () ->
                          testBuilder()
                              .policy(policy("[limits]\nrule-timeout-ms = 300\n"))
                              .addRule(new TestPlugins.EndlessCheckRule())
                              .build())
                  .isInstanceOf(ConfigurationException.class)
                  .hasMessageContaining(
                      "rule endless-check did not finish checking its parameters within 300 ms"
                          + " ([limits] rule-timeout-ms): raise that budget"));
    }

    @Test
    void aPolicyTableForARuleNobodyProvidesNamesTheInstalledOnesOrNone() {
      assertThatThrownBy(() -> testBuilder().policy(policy("[rules.corp-naming]\n")).build())
          .hasMessageContaining("[rules.corp-naming] names no installed rule; installed: none.");
    }
  }

  @Nested
  class MissingPlugins {

    @Test
    void theBuiltInAdvisoryDatabaseWithoutItsPluginNamesTheArtifact() {
      Policy withOsv =
          io.pkgguard.core.policy.PolicyLoader.parse(
              """
          [sources.pypi]
          enabled = false
          [sources.test]
          type = "fake"
          url = "https://index.test/api"
          [store]
          type = "none"
          """,
              "host-policy.toml");
      assertThatThrownBy(
              () ->
                  testBuilder()
                      .policy(withOsv)
                      .withoutBuiltInRules()
                      .addRule(new TestPlugins.QuietRule())
                      .build())
          .hasMessageContaining("[advisories.osv] needs the advisory database type 'osv-api'")
          .hasMessageContaining("add io.pkgguard:pkgguard-advisories-osv");
    }

    @Test
    void theBuiltInSourceWithoutItsPluginNamesTheArtifact() {
      assertThatThrownBy(
              () ->
                  Guard.builder()
                      .discover(false)
                      .addEcosystem(new TestPlugins.TestEcosystem())
                      .withoutBuiltInRules()
                      .addRule(new TestPlugins.QuietRule())
                      .policy(
                          Policy.defaults()
                              .withStore(
                                  new io.pkgguard.core.policy.StoreConfig(
                                      "none", java.util.Map.of(), java.time.Duration.ofSeconds(2))))
                      .build())
          .hasMessageContaining("[sources.pypi] needs the source type 'pypi-json'")
          .hasMessageContaining("add io.pkgguard:pkgguard-source-pypi");
    }
  }

  @Nested
  class IndexAndFiles {

    private Guard.Builder ready() {
      return testBuilder().policy(policy("")).addRule(new TestPlugins.QuietRule());
    }

    @Test
    void plainHttpToARemoteHostIsRefusedAtBuild() {
      assertThatThrownBy(
              () -> ready().index(ECOSYSTEM, URI.create("http://mirror.corp/api")).build())
          .hasMessage(
              "index http://mirror.corp/api: plain http is accepted only for loopback"
                  + " addresses (127.0.0.1, [::1], localhost); use https");
      keep(ready().index(ECOSYSTEM, URI.create("http://127.0.0.1:8080/api")).build());
    }

    @Test
    void aMissingMirrorDirectoryIsRefusedAtBuild() {
      URI missing = dir.resolve("no-such-mirror").toUri();
      assertThatThrownBy(() -> ready().index(ECOSYSTEM, missing).build())
          .hasMessageContaining(
              "no such directory; a local mirror is a directory with" + " <name>/json files");
    }

    @Test
    void credentialsInTheIndexUrlAreRefusedWithoutBeingRepeated() {
      assertThatThrownBy(
              () ->
                  ready()
                      .index(ECOSYSTEM, URI.create("https://user:s3cret@mirror.corp/api"))
                      .build())
          .hasMessageContaining("credentials in the URL are not accepted")
          .hasMessageNotContaining("s3cret");
      assertThatThrownBy(
              () -> ready().index(ECOSYSTEM, URI.create("file://user:pw@host/srv/mirror")).build())
          .hasMessageContaining("credentials in the URL are not accepted");
      assertThatThrownBy(
              () -> ready().index(ECOSYSTEM, URI.create("file://host/srv/mirror")).build())
          .hasMessageContaining("a file: URL names a local directory and has no host");
    }

    @Test
    void anEcosystemIdInTheWrongCaseIsNamedAsSuch() {
      assertThatThrownBy(() -> ready().index("TEST", URI.create("https://mirror.test/api")).build())
          .hasMessageContaining("unknown ecosystem 'TEST': ecosystem ids are written 'test'");
    }

    @Test
    void thePolicyFileIsReadWhenTheGuardIsBuilt() throws Exception {
      Path file = dir.resolve("pkgguard.toml");
      String sources =
          "[sources.pypi]\nenabled = false\n[sources.test]\ntype = \"fake\"\n"
              + "url = \"https://index.test/api\"\n[advisories.osv]\nenabled = false\n"
              + "[store]\ntype = \"none\"\n";
      Files.writeString(file, sources + "[limits]\nconcurrency = 3\n");
      Guard.Builder builder = ready().policy(file);
      Files.writeString(file, sources + "[limits]\nconcurrency = 5\n");
      assertThatThrownBy(builder::build)
          .hasMessageContaining("the policy expects rules that are not installed");
      Guard guard = keep(builder.withoutBuiltInRules().build());
      assertThat(guard.policy().limits().concurrency()).isEqualTo(5);
      assertThat(guard.policy().origin()).isEqualTo(file.toString());

      assertThatThrownBy(() -> ready().policy(dir.resolve("missing.toml")).build())
          .hasMessageContaining("missing.toml: no such file");
    }

    @Test
    void anAdvisoryDatabaseMustBeAZipThatExists() throws Exception {
      assertThatThrownBy(() -> ready().advisoryDatabase(dir.resolve("none.zip").toUri()).build())
          .hasMessageContaining("none.zip: no such file; give a zip of OSV records");
      assertThatThrownBy(() -> ready().advisoryDatabase(dir.toUri()).build())
          .hasMessageContaining("a directory; give a zip of OSV records");
      assertThatThrownBy(
              () -> ready().advisoryDatabase(URI.create("http://osv.corp/all.zip")).build())
          .hasMessageContaining("plain http is accepted only for loopback addresses");
    }
  }
}
