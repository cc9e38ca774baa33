package io.pkgguard.rules.capability;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Decision;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import io.pkgguard.rules.Projects;
import io.pkgguard.testkit.RuleTester;
import org.junit.jupiter.api.Test;

/** capability, run through a real guard on projects as PyPI describes them. */
class CapabilityRuleTest {

  static RuleTester capability(Projects project) {
    return RuleTester.forRule(CapabilityRule.class).project(project.json());
  }

  static String kind(Verdict verdict) {
    return verdict.findings().get(0).evidence().values().get("kind");
  }

  @Test
  void recognisesWellKnownProjectsOfEachKind() {
    assertThat(kind(capability(Projects.named("requests")).expect(RiskLevel.HIGH, "").run()))
        .isEqualTo("network");
    assertThat(kind(capability(Projects.named("cryptography")).expect(RiskLevel.HIGH, "").run()))
        .isEqualTo("crypto");
    assertThat(kind(capability(Projects.named("psutil")).expect(RiskLevel.HIGH, "").run()))
        .isEqualTo("system");
  }

  @Test
  void recognisesClassifiersAndSummaryPhrases() {
    capability(
            Projects.named("my-http").classifiers("Topic :: Internet :: WWW/HTTP :: HTTP Servers"))
        .expect(RiskLevel.HIGH, "classifier 'Topic :: Internet :: WWW/HTTP :: HTTP Servers'")
        .run();
    assertThat(
            kind(
                capability(Projects.named("vaultlet").summary("Simple encryption for config files"))
                    .expect(RiskLevel.HIGH, "")
                    .run()))
        .isEqualTo("crypto");
  }

  @Test
  void aWellKnownProjectIsOnlyWhatItsFamilySays() {
    // psutil declares 'Topic :: System :: Networking' for its network statistics.
    assertThat(
            kind(
                capability(
                        Projects.named("psutil")
                            .classifiers(
                                "Topic :: System :: Networking", "Topic :: System :: Hardware"))
                    .expect(RiskLevel.HIGH, "")
                    .run()))
        .isEqualTo("system");
  }

  @Test
  void classifiersMatchExactlyOrWithTheirSubtreeWhereListedSo() {
    capability(Projects.named("tinyhttp").classifiers("Topic :: Internet :: WWW/HTTP"))
        .expect(RiskLevel.HIGH, "")
        .run();
    assertThat(
            kind(
                capability(
                        Projects.named("drivers")
                            .classifiers("Topic :: System :: Hardware :: Hardware Drivers"))
                    .expect(RiskLevel.HIGH, "")
                    .run()))
        .isEqualTo("system");
    // broad topics that ordinary projects use too
    capability(
            Projects.named("stemmer")
                .classifiers("Topic :: Internet :: WWW/HTTP :: Indexing/Search"))
        .expectNoFindings()
        .run();
    capability(
            Projects.named("packager")
                .classifiers(
                    "Topic :: System :: Systems Administration",
                    "Topic :: System :: Archiving :: Packaging"))
        .expectNoFindings()
        .run();
    capability(Projects.named("hardwarex").classifiers("Topic :: System :: Hardwarex"))
        .expectNoFindings()
        .run();
  }

  @Test
  void summaryPatternsAreWholeWordsAndPhrases() {
    capability(
            Projects.named("hbmqtt")
                .summary("MQTT client/broker using Python 3.4 asyncio" + " library"))
        .expect(RiskLevel.HIGH, "summary mentions 'mqtt'")
        .run();
    assertThat(
            kind(
                capability(
                        Projects.named("discord-py")
                            .summary("A Python wrapper for the Discord API"))
                    .expect(RiskLevel.HIGH, "")
                    .run()))
        .isEqualTo("network");
    capability(Projects.named("aiohttpx").summary("Async http client/server framework"))
        .expect(RiskLevel.HIGH, "")
        .run();
    assertThat(
            kind(
                capability(
                        Projects.named("hasher")
                            .summary("Modern password hashing for your servers"))
                    .expect(RiskLevel.HIGH, "")
                    .run()))
        .isEqualTo("crypto");
    capability(Projects.named("sshell").summary("Sshell: a shell for the sshd-free world"))
        .expectNoFindings()
        .run();
    capability(Projects.named("wrappers").summary("A wrapper for the C library"))
        .expectNoFindings()
        .run();
    capability(Projects.named("huge").summary("x ".repeat(50_000) + "encryption"))
        .expect(RiskLevel.HIGH, "")
        .run();
  }

  @Test
  void ordinaryProjectsAndLookAlikeWordsAreNotFlagged() {
    capability(Projects.named("tinynet").summary("A tiny neural network library"))
        .expectNoFindings()
        .run();
    capability(Projects.named("ipykernel-extras").summary("Extras for the Jupyter kernel"))
        .expectNoFindings()
        .run();
    capability(Projects.named("colorama")).expectNoFindings().run();
  }

  @Test
  void eachKindIsSetOrSwitchedOffInThePolicy() {
    capability(Projects.named("requests"))
        .policy(
            """
            [rules.capability]
            network = "medium"
            """)
        .expect(RiskLevel.MEDIUM, "")
        .expectDecision(Decision.REVIEW)
        .run();
    capability(Projects.named("requests"))
        .policy(
            """
            [rules.capability]
            network = "none"
            """)
        .expectNoFindings()
        .run();
  }
}
