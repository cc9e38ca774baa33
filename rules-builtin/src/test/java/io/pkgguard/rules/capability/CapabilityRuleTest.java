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
