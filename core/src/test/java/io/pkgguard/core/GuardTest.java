package io.pkgguard.core;

import static io.pkgguard.core.TestPlugins.ECOSYSTEM;
import static io.pkgguard.core.TestPlugins.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.TestPlugins.EndlessRule;
import io.pkgguard.core.TestPlugins.FakeSourceProvider;
import io.pkgguard.core.policy.Policy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GuardTest {

  private final List<Guard> guards = new ArrayList<>();

  @AfterEach
  void closeGuards() {
    guards.forEach(Guard::close);
  }

  private Guard guard(Policy policy, FakeSourceProvider source, SecurityRule... rules) {
    Guard.Builder builder =
        Guard.builder()
            .discover(false)
            .policy(policy)
            .addEcosystem(new TestPlugins.TestEcosystem())
            .addSourceProvider(source);
    for (SecurityRule rule : rules) {
      builder.addRule(rule);
    }
    if (rules.length == 0) {
      // A guard needs a rule; these tests are about what happens before any runs.
      builder.addRule(new TestPlugins.QuietRule());
    }
    Guard guard = builder.build();
    guards.add(guard);
    return guard;
  }

  private static PackageRequest request(String name) {
    return PackageRequest.of(new PackageId(ECOSYSTEM, name));
  }

  @Nested
  class Decisions {

    @Test
    void allowsWhenEveryRuleRanAndFoundNothing() {
      Guard guard =
          guard(policy(""), FakeSourceProvider.knowingEverything(), new TestPlugins.QuietRule());
      Verdict verdict = guard.evaluate(request("fine"));
      assertThat(verdict.decision()).isEqualTo(Decision.ALLOW);
      assertThat(verdict.risk()).isEqualTo(RiskLevel.NONE);
      assertThat(verdict.complete()).isTrue();
      assertThat(verdict.rulesRun()).containsExactly("quiet");
      assertThat(verdict.version()).contains("1.0");
      assertThat(verdict.artifacts())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.filename()).isEqualTo("fine-1.0.tar.gz");
                assertThat(a.sha256()).contains("ab".repeat(32));
              });
      assertThat(verdict.policyFingerprint()).isEqualTo(guard.policy().fingerprint());
      assertThat(verdict.finishedAt()).isAfterOrEqualTo(verdict.startedAt());
    }

    @Test
    void mapsTheHighestLevelThroughThePolicy() {
      assertThat(decisionFor("low")).isEqualTo(Decision.ALLOW);
      assertThat(decisionFor("medium")).isEqualTo(Decision.REVIEW);
      assertThat(decisionFor("high")).isEqualTo(Decision.SPECIAL_APPROVAL);
      assertThat(decisionFor("critical")).isEqualTo(Decision.REJECT);
    }

    private Decision decisionFor(String level) {
      Guard guard =
          guard(
              policy("[rules.level]\nreport = \"" + level + "\"\n"),
              FakeSourceProvider.knowingEverything(),
              new TestPlugins.LevelRule());
      Verdict verdict = guard.evaluate(request("pkg"));
      assertThat(verdict.findings())
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.evidence().values())
                      .containsEntry("level", level.toUpperCase(java.util.Locale.ROOT)));
      return verdict.decision();
    }

    @Test
    void aPolicyMayMapLevelsMoreStrictly() {
      Guard guard =
          guard(
              policy(
                  "[rules.level]\nreport = \"medium\"\n[decisions]\nmedium ="
                      + " \"special-approval\"\n"),
              FakeSourceProvider.knowingEverything(),
              new TestPlugins.LevelRule());
      assertThat(guard.evaluate(request("pkg")).decision()).isEqualTo(Decision.SPECIAL_APPROVAL);
    }

    @Test
    void aDisabledRuleDoesNotRunAndEveryVerdictSaysSo() {
      Guard guard =
          guard(
              policy("[rules.level]\nenabled = false\nreport = \"critical\"\n"),
              FakeSourceProvider.knowingEverything(),
              new TestPlugins.LevelRule(),
              new TestPlugins.QuietRule());
      Verdict verdict = guard.evaluate(request("pkg"));
      assertThat(verdict.decision()).isEqualTo(Decision.ALLOW);
      assertThat(verdict.rulesRun()).containsExactly("quiet");
      assertThat(verdict.relaxations())
          .filteredOn(r -> r.subject().equals("level"))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.kind()).isEqualTo(io.pkgguard.api.Relaxation.Kind.RULE_DISABLED);
                assertThat(r.reason()).contains("disabled by the policy (test-policy.toml)");
              });
    }

    @Test
    void evaluatesManyConcurrentlyKeepingTheirOrder() {
      Guard guard =
          guard(
              policy("[limits]\nconcurrency = 3\n"),
              FakeSourceProvider.knowingEverything(),
              new TestPlugins.QuietRule(),
              new TestPlugins.EvilNameRule());
      List<PackageRequest> requests = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        requests.add(request(i % 10 == 0 ? "evil-" + i : "pkg-" + i));
      }
      List<Verdict> verdicts = guard.evaluateAll(requests);
      assertThat(verdicts).hasSize(40);
      for (int i = 0; i < 40; i++) {
        assertThat(verdicts.get(i).id()).isEqualTo(requests.get(i).id());
        assertThat(verdicts.get(i).decision())
            .isEqualTo(i % 10 == 0 ? Decision.REJECT : Decision.ALLOW);
      }
    }
  }

  @Nested
  class FailingClosed {

    @Test
    void aThrowingRuleRejectsAndSaysWhich() {
      Verdict verdict =
          guard(
                  policy(""),
                  FakeSourceProvider.knowingEverything(),
                  new TestPlugins.QuietRule(),
                  new TestPlugins.ThrowingRule())
              .evaluate(request("pkg"));
      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(verdict.complete()).isFalse();
      assertThat(verdict.rulesRun()).containsExactly("quiet");
      assertThat(verdict.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo("evaluation");
                assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
                assertThat(f.category()).isEqualTo(RiskCategory.EVALUATION);
                assertThat(f.message()).contains("throwing", "IllegalStateException", "boom");
                assertThat(f.evidence().values()).containsEntry("rule", "throwing");
              });
    }

    @Test
    void aNullResultOrAFindingUnderAnotherIdRejects() {
      Verdict nulls =
          guard(policy(""), FakeSourceProvider.knowingEverything(), new TestPlugins.NullRule())
              .evaluate(request("pkg"));
      assertThat(nulls.decision()).isEqualTo(Decision.REJECT);
      assertThat(nulls.findings().get(0).message()).contains("returned null");
      Verdict impostor =
          guard(policy(""), FakeSourceProvider.knowingEverything(), new TestPlugins.ImpostorRule())
              .evaluate(request("pkg"));
      assertThat(impostor.decision()).isEqualTo(Decision.REJECT);
      assertThat(impostor.findings().get(0).message()).contains("another rule's id 'quiet'");
    }

    @Test
    void aRuleThatNeverFinishesIsCutOffAtItsBudget() {
      EndlessRule endless = new EndlessRule();
      try {
        Guard guard =
            guard(
                policy(""),
                FakeSourceProvider.knowingEverything(),
                endless,
                new TestPlugins.QuietRule());
        Verdict verdict =
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> guard.evaluate(request("pkg")));
        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.findings())
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.message()).contains("endless", "longer than its 300 ms budget");
                  assertThat(f.evidence().values()).containsEntry("budget-ms", "300");
                });
        assertThat(verdict.rulesRun()).containsExactly("quiet");
      } finally {
        endless.release();
      }
    }

    @Test
    void aPackageTheSourceDoesNotKnowIsRejected() {
      FakeSourceProvider source =
          new FakeSourceProvider(
              r -> {
                throw new SourceException(
                    SourceException.Reason.NOT_FOUND, "no project " + r.id().name());
              });
      Verdict verdict =
          guard(policy(""), source, new TestPlugins.QuietRule()).evaluate(request("ghost"));
      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(verdict.complete()).isFalse();
      assertThat(verdict.version()).isEmpty();
      assertThat(verdict.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo("source");
                assertThat(f.category()).isEqualTo(RiskCategory.SOURCE);
                assertThat(f.message()).contains("does not exist on test", "no project ghost");
                assertThat(f.evidence().values()).containsEntry("reason", "NOT_FOUND");
              });
    }

    @Test
    void anUnreachableSourceIsAnIncompleteEvaluation() {
      FakeSourceProvider source =
          new FakeSourceProvider(
              r -> {
                throw new SourceException(SourceException.Reason.UNAVAILABLE, "HTTP 503");
              });
      Verdict verdict = guard(policy(""), source).evaluate(request("pkg"));
      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(verdict.findings().get(0).category()).isEqualTo(RiskCategory.EVALUATION);
      assertThat(verdict.findings().get(0).remediation()).contains("try again later");
    }

    @Test
    void aSourceThatThrowsUncheckedIsRejectedNotPropagated() {
      FakeSourceProvider source =
          new FakeSourceProvider(
              r -> {
                throw new IllegalArgumentException("bug");
              });
      Verdict verdict = guard(policy(""), source).evaluate(request("pkg"));
      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(verdict.findings().get(0).message()).contains("failed unexpectedly");
    }

    @Test
    void anAnswerAboutAnotherPackageIsRejected() {
      FakeSourceProvider source = new FakeSourceProvider(r -> TestPlugins.metadata("other", "1"));
      Verdict verdict =
          guard(policy(""), source, new TestPlugins.QuietRule()).evaluate(request("wanted"));
      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(verdict.findings().get(0).message())
          .contains("asked for wanted, the source answered about other");
      assertThat(verdict.rulesRun()).isEmpty();
    }

    @Test
    void aCriticalRequestFindingStopsBeforeTheSourceIsAsked() {
      FakeSourceProvider source = FakeSourceProvider.knowingEverything();
      Verdict verdict =
          guard(policy(""), source, new TestPlugins.EvilNameRule(), new TestPlugins.QuietRule())
              .evaluate(request("evil-pkg"));
      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(source.calls).hasValue(0);
      assertThat(verdict.rulesRun()).containsExactly("evil-name");
      assertThat(verdict.complete()).isFalse();
      assertThat(verdict.findings()).extracting(Finding::ruleId).containsExactly("evil-name");
    }

    @Test
    void anUnknownEcosystemIsRejected() {
      Verdict verdict =
          guard(policy(""), FakeSourceProvider.knowingEverything())
              .evaluate(PackageRequest.of(new PackageId("npm", "left-pad")));
      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(verdict.findings().get(0).message()).contains("no npm ecosystem is installed");
    }

    @Test
    void anUnknownSourceIdIsRejected() {
      Verdict verdict =
          guard(policy(""), FakeSourceProvider.knowingEverything())
              .evaluate(request("pkg").withSource("elsewhere"));
      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(verdict.findings().get(0).message()).contains("no enabled source 'elsewhere'");
    }
  }

  @Nested
  class PolicyControls {

    @Test
    void aPauseInThePolicyRejectsEverythingWithoutAskingTheSource() {
      FakeSourceProvider source = FakeSourceProvider.knowingEverything();
      Guard guard =
          guard(
              policy("[pause]\nactive = true\nreason = \"incident 7\"\n"),
              source,
              new TestPlugins.QuietRule());
      Verdict verdict = guard.evaluate(request("pkg"));
      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(verdict.findings().get(0).message())
          .isEqualTo("installations are paused: incident 7");
      assertThat(source.calls).hasValue(0);
      guard.resume();
      assertThat(guard.evaluate(request("pkg")).decision())
          .as("resume() lifts only a runtime pause")
          .isEqualTo(Decision.REJECT);
    }

    @Test
    void aRuntimePauseRejectsUntilResumed() {
      Guard guard =
          guard(policy(""), FakeSourceProvider.knowingEverything(), new TestPlugins.QuietRule());
      guard.pause("suspicious activity");
      assertThat(guard.evaluate(request("pkg")).decision()).isEqualTo(Decision.REJECT);
      assertThat(guard.currentPause().reason()).isEqualTo("suspicious activity");
      guard.resume();
      assertThat(guard.evaluate(request("pkg")).decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void theDenyListComparesNormalizedNames() {
      Guard guard =
          guard(
              policy("deny = [\"test:Bad_Pkg\"]\n"),
              FakeSourceProvider.knowingEverything(),
              new TestPlugins.QuietRule());
      Verdict verdict = guard.evaluate(request("bad-pkg"));
      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(verdict.findings().get(0).ruleId()).isEqualTo("deny-list");
      assertThat(verdict.findings().get(0).evidence().values())
          .containsEntry("entry", "test:Bad_Pkg");
      assertThat(guard.evaluate(request("good-pkg")).decision()).isEqualTo(Decision.ALLOW);
    }
  }

  @Nested
  class Configuration {

    @Test
    void duplicateRuleIdsAreAnErrorNamingBothClasses() {
      assertThatThrownBy(
              () ->
                  guard(
                      policy(""),
                      FakeSourceProvider.knowingEverything(),
                      new TestPlugins.QuietRule(),
                      new TestPlugins.DuplicateQuietRule()))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("two rules share the id 'quiet'")
          .hasMessageContaining("QuietRule")
          .hasMessageContaining("DuplicateQuietRule");
    }

    @Test
    void aRuleMayBeReplacedAfterRemovingIt() {
      Guard guard =
          Guard.builder()
              .discover(false)
              .policy(policy(""))
              .addEcosystem(new TestPlugins.TestEcosystem())
              .addSourceProvider(FakeSourceProvider.knowingEverything())
              .addRule(new TestPlugins.DuplicateQuietRule())
              .removeRule("quiet")
              .addRule(new TestPlugins.QuietRule())
              .build();
      guards.add(guard);
      assertThat(guard.rules()).extracting(r -> r.summary()).containsExactly("finds nothing");
    }

    @Test
    void reservedIdsAreRefused() {
      assertThatThrownBy(
              () ->
                  guard(
                      policy(""),
                      FakeSourceProvider.knowingEverything(),
                      new TestPlugins.ReservedIdRule()))
          .hasMessageContaining("uses the id 'pause', which is reserved");
    }

    @Test
    void aPolicyNamingAnUnknownRuleIsAnError() {
      assertThatThrownBy(
              () ->
                  guard(
                      policy("[rules.packge-age]\nhigh-below-days = 3\n"),
                      FakeSourceProvider.knowingEverything(),
                      new TestPlugins.QuietRule()))
          .hasMessageContaining(
              "test-policy.toml: [rules.packge-age] names no installed rule;"
                  + " installed: quiet");
    }

    @Test
    void aMisspelledOrMistypedParameterIsAnError() {
      assertThatThrownBy(
              () ->
                  guard(
                      policy("[rules.level]\nreprot = \"high\"\n"),
                      FakeSourceProvider.knowingEverything(),
                      new TestPlugins.LevelRule()))
          .hasMessageContaining(
              "rules.level.reprot: rule level has no parameter 'reprot'; it" + " takes: report");
      assertThatThrownBy(
              () ->
                  guard(
                      policy("[rules.level]\nreport = 3\n"),
                      FakeSourceProvider.knowingEverything(),
                      new TestPlugins.LevelRule()))
          .hasMessageContaining(
              "rules.level.report: expected one of none, low, medium, high,"
                  + " critical, found long 3");
    }

    @Test
    void aSourceTypeNobodyProvidesIsAnError() {
      assertThatThrownBy(
              () ->
                  Guard.builder()
                      .discover(false)
                      .policy(policy("[sources.x]\ntype = \"nope\"\nurl = \"https://x.test\"\n"))
                      .addEcosystem(new TestPlugins.TestEcosystem())
                      .addRule(new TestPlugins.QuietRule())
                      .addSourceProvider(FakeSourceProvider.knowingEverything())
                      .build())
          .hasMessageContaining(
              "[sources.x] needs the source type 'nope', and no plugin"
                  + " provides it: add the jar that provides the type 'nope'")
          .hasMessageContaining("or disable the source ([sources.x] enabled = false)");
    }

    @Test
    void theIndexOfAnEcosystemsDefaultSourceCanBeReplaced() {
      Guard guard =
          Guard.builder()
              .discover(false)
              .policy(policy(""))
              .addEcosystem(new TestPlugins.TestEcosystem())
              .addRule(new TestPlugins.QuietRule())
              .addSourceProvider(FakeSourceProvider.knowingEverything())
              .index(ECOSYSTEM, java.net.URI.create("https://mirror.test/api"))
              .build();
      guards.add(guard);
      assertThat(guard.sources())
          .singleElement()
          .satisfies(s -> assertThat(s.indexUrl().getHost()).isEqualTo("mirror.test"));
      assertThat(guard.policy().fingerprint()).isNotEqualTo(policy("").fingerprint());
      assertThatThrownBy(
              () ->
                  Guard.builder()
                      .discover(false)
                      .policy(policy(""))
                      .addEcosystem(new TestPlugins.TestEcosystem())
                      .addRule(new TestPlugins.QuietRule())
                      .addSourceProvider(FakeSourceProvider.knowingEverything())
                      .index("conda", java.net.URI.create("https://x.test"))
                      .build())
          .hasMessageContaining(
              "no conda ecosystem is installed: add" + " io.pkgguard:pkgguard-source-conda");
    }

    @Test
    void parsesSpecsThroughTheEcosystem() throws Exception {
      Guard guard = guard(policy(""), FakeSourceProvider.knowingEverything());
      assertThat(guard.parse(ECOSYSTEM, "pkg==2").version()).contains("2");
      assertThatThrownBy(() -> guard.parse("conda", "x"))
          .hasMessageContaining("no conda ecosystem is installed");
      assertThatThrownBy(() -> guard.parse("TEST", "x"))
          .hasMessageContaining("unknown ecosystem 'TEST': ecosystem ids are written 'test'");
    }
  }

  @Nested
  class NameScreening {

    @Test
    void runsOnlyTheNameRulesWithoutAskingAnySource() {
      FakeSourceProvider source = FakeSourceProvider.knowingEverything();
      Guard guard =
          guard(policy(""), source, new TestPlugins.EvilNameRule(), new TestPlugins.LevelRule());

      assertThat(guard.screenName(ECOSYSTEM, "evil-twin"))
          .singleElement()
          .satisfies(f -> assertThat(f.ruleId()).isEqualTo("evil-name"));
      assertThat(guard.screenName(ECOSYSTEM, "fine")).isEmpty();
      assertThat(source.calls.get()).isZero();
    }

    @Test
    void aNameRuleThatNeedsMetadataFailsClosedWithAClearFinding() {
      Guard guard =
          guard(
              policy(""),
              FakeSourceProvider.knowingEverything(),
              new TestPlugins.MetadataNameRule());
      assertThat(guard.screenName(ECOSYSTEM, "anything"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
                assertThat(f.message()).contains("rule name-needs-metadata did not complete");
              });
    }

    @Test
    void anUnknownEcosystemIsAnError() {
      Guard guard =
          guard(policy(""), FakeSourceProvider.knowingEverything(), new TestPlugins.EvilNameRule());
      assertThatThrownBy(() -> guard.screenName("conda", "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no conda ecosystem is installed");
    }
  }

  @Nested
  class FileParameters {

    @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

    /** A policy file in dir/conf whose rule parameter {@code files} is the given TOML value. */
    private java.nio.file.Path policyNaming(String value) throws java.io.IOException {
      java.nio.file.Path policyFile = dir.resolve("conf").resolve("pkgguard.toml");
      java.nio.file.Files.createDirectories(policyFile.getParent());
      java.nio.file.Files.writeString(
          policyFile,
          """
          [rules.listed-names]
          files = %s
          [advisories.osv]
          enabled = false
          [store]
          type = "none"
          [sources.pypi]
          enabled = false
          [sources.test]
          type = "fake"
          url = "https://index.test/api"
          """
              .formatted(value));
      return policyFile;
    }

    private Guard guardFor(java.nio.file.Path policyFile) {
      Guard guard =
          Guard.builder()
              .discover(false)
              .withoutBuiltInRules()
              .policy(policyFile)
              .addEcosystem(new TestPlugins.TestEcosystem())
              .addSourceProvider(FakeSourceProvider.knowingEverything())
              .addRule(new TestPlugins.ListedNamesRule())
              .build();
      guards.add(guard);
      return guard;
    }

    @Test
    void rulesGetTheContentOfFilesNamedRelativeToThePolicyFile() throws Exception {
      java.nio.file.Files.createDirectories(dir.resolve("conf"));
      java.nio.file.Files.writeString(dir.resolve("conf/names.txt"), "acme-billing\n");
      java.nio.file.Files.createDirectories(dir.resolve("other"));
      java.nio.file.Files.writeString(dir.resolve("other/names.txt"), "acme-ledger\n");
      java.nio.file.Files.writeString(dir.resolve("abs.txt"), "x\n");
      String absolute = dir.resolve("abs.txt").toString().replace("\\", "\\\\");
      Guard guard =
          guardFor(policyNaming("[\"names.txt\", \"../other/names.txt\", \"" + absolute + "\"]"));

      assertThat(guard.screenName(ECOSYSTEM, "x"))
          .extracting(
              f -> f.evidence().values().get("file") + "=" + f.evidence().values().get("content"))
          .containsExactly(
              dir.resolve("conf/names.txt") + "=acme-billing\n",
              dir.resolve("other/names.txt") + "=acme-ledger\n",
              dir.resolve("abs.txt") + "=x\n");
    }

    @Test
    void aMissingUnreadableOrBinaryFileIsAConfigurationErrorNamingTheKey() throws Exception {
      assertThatThrownBy(() -> guardFor(policyNaming("[\"missing.txt\"]")))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("pkgguard.toml:")
          .hasMessageContaining("rules.listed-names.files")
          .hasMessageContaining(
              "missing.txt: no such file (relative paths are relative to the"
                  + " policy file's directory)");
      java.nio.file.Files.write(dir.resolve("conf/binary.txt"), new byte[] {(byte) 0xff, 0});
      assertThatThrownBy(() -> guardFor(policyNaming("[\"binary.txt\"]")))
          .hasMessageContaining("is not UTF-8 text");
      assertThatThrownBy(() -> guardFor(policyNaming("[\".\"]")))
          .hasMessageContaining("is a directory");
      assertThatThrownBy(() -> guardFor(policyNaming("42")))
          .hasMessageContaining("expected a list of strings");
    }
  }
}
