package io.pkgguard.rules.capability;

import static io.pkgguard.rules.Packages.metadata;
import static io.pkgguard.rules.Packages.wellKept;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.rules.Packages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapabilityRuleTest {

  private final CapabilityRule rule = new CapabilityRule();

  private List<Finding> check(PackageMetadata m, Map<String, ?> parameters) {
    return rule.evaluate(metadata(m, parameters, "capability", Packages.PYPI));
  }

  @Test
  void recognisesWellKnownProjectsOfEachKind() {
    assertThat(check(wellKept("requests").build(), Map.of())).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
      assertThat(f.evidence().values()).containsEntry("kind", "network");
    });
    assertThat(check(wellKept("cryptography").build(), Map.of())).extracting(
        f -> f.evidence().values().get("kind")).containsExactly("crypto");
    assertThat(check(wellKept("psutil").build(), Map.of())).extracting(
        f -> f.evidence().values().get("kind")).containsExactly("system");
  }

  @Test
  void recognisesClassifiersAndSummaryPhrases() {
    assertThat(check(wellKept("my-http").classifiers(List.of(
        "Topic :: Internet :: WWW/HTTP :: HTTP Servers")).build(), Map.of()))
        .singleElement().satisfies(f -> assertThat(f.message())
            .contains("classifier 'Topic :: Internet :: WWW/HTTP :: HTTP Servers'"));
    assertThat(check(wellKept("vaultlet").summary("Simple encryption for config files")
        .build(), Map.of())).singleElement()
        .satisfies(f -> assertThat(f.evidence().values()).containsEntry("kind", "crypto"));
  }

  @Test
  void aWellKnownProjectIsOnlyWhatItsFamilySays() {
    // psutil declares 'Topic :: System :: Networking' for its network statistics.
    assertThat(check(wellKept("psutil").classifiers(List.of("Topic :: System :: Networking",
        "Topic :: System :: Hardware")).build(), Map.of()))
        .extracting(f -> f.evidence().values().get("kind")).containsExactly("system");
  }

  @Test
  void classifiersMatchExactlyOrWithTheirSubtreeWhereListedSo() {
    assertThat(check(wellKept("tinyhttp").classifiers(List.of(
        "Topic :: Internet :: WWW/HTTP")).build(), Map.of())).hasSize(1);
    assertThat(check(wellKept("drivers").classifiers(List.of(
        "Topic :: System :: Hardware :: Hardware Drivers")).build(), Map.of()))
        .extracting(f -> f.evidence().values().get("kind")).containsExactly("system");
    // broad topics that ordinary projects use too
    assertThat(check(wellKept("stemmer").classifiers(List.of(
        "Topic :: Internet :: WWW/HTTP :: Indexing/Search")).build(), Map.of())).isEmpty();
    assertThat(check(wellKept("packager").classifiers(List.of(
        "Topic :: System :: Systems Administration", "Topic :: System :: Archiving :: Packaging"))
        .build(), Map.of())).isEmpty();
    assertThat(check(wellKept("hardwarex").classifiers(List.of(
        "Topic :: System :: Hardwarex")).build(), Map.of())).isEmpty();
  }

  @Test
  void summaryPatternsAreWholeWordsAndPhrases() {
    assertThat(check(wellKept("hbmqtt").summary("MQTT client/broker using Python 3.4 asyncio"
        + " library").build(), Map.of())).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("summary mentions 'mqtt'"));
    assertThat(check(wellKept("discord-py").summary("A Python wrapper for the Discord API")
        .build(), Map.of())).singleElement()
        .satisfies(f -> assertThat(f.evidence().values()).containsEntry("kind", "network"));
    assertThat(check(wellKept("aiohttpx").summary("Async http client/server framework")
        .build(), Map.of())).hasSize(1);
    assertThat(check(wellKept("hasher").summary("Modern password hashing for your servers")
        .build(), Map.of())).singleElement()
        .satisfies(f -> assertThat(f.evidence().values()).containsEntry("kind", "crypto"));
    assertThat(check(wellKept("sshell").summary("Sshell: a shell for the sshd-free world")
        .build(), Map.of())).isEmpty();
    assertThat(check(wellKept("wrappers").summary("A wrapper for the C library").build(),
        Map.of())).isEmpty();
    assertThat(check(wellKept("huge").summary("x ".repeat(50_000) + "encryption").build(),
        Map.of())).hasSize(1);
  }

  @Test
  void ordinaryProjectsAndLookAlikeWordsAreNotFlagged() {
    assertThat(check(wellKept("tinynet").summary("A tiny neural network library").build(),
        Map.of())).isEmpty();
    assertThat(check(wellKept("ipykernel-extras").summary("Extras for the Jupyter kernel")
        .build(), Map.of())).isEmpty();
    assertThat(check(wellKept("colorama").build(), Map.of())).isEmpty();
  }

  @Test
  void eachKindIsSetOrSwitchedOffInThePolicy() {
    assertThat(check(wellKept("requests").build(), Map.of("network", "medium")))
        .singleElement().satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM));
    assertThat(check(wellKept("requests").build(), Map.of("network", "none"))).isEmpty();
  }
}
