package io.pkgguard.rules.names;

import static io.pkgguard.rules.Packages.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameFormatRuleTest {

  private final NameFormatRule rule = new NameFormatRule();

  private List<Finding> check(String name) {
    return rule.evaluate(request(name, Map.of(), "name-format"));
  }

  @Test
  void acceptsOrdinaryNames() {
    for (String name :
        List.of(
            "requests", "zope.interface", "Django", "types-requests", "ruamel.yaml.clib", "a")) {
      assertThat(check(name)).as(name).isEmpty();
    }
  }

  @Test
  void rejectsANameDisguisedWithCyrillicLettersAndSaysWhatItImitates() {
    assertThat(check("r\u0435qu\u0435sts"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
              assertThat(f.category()).isEqualTo(RiskCategory.NAME);
              assertThat(f.message())
                  .contains("is not a valid package name", "CYRILLIC SMALL LETTER IE");
              assertThat(f.evidence().values()).containsEntry("looks-like", "requests");
              assertThat(f.remediation()).contains("imitates 'requests'");
            });
  }

  @Test
  void rejectsTerminalEscapesAndControlCharacters() {
    assertThat(check("pkg\u001b[2J"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
              assertThat(f.evidence().values())
                  .containsEntry(
                      "problem",
                      "the control character U+001B (ESCAPE) at position 4 is not allowed");
              assertThat(f.evidence().values()).doesNotContainKey("looks-like");
            });
    assertThat(check(""))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("the name is empty"));
    assertThat(check("has space"))
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL));
  }

  @Test
  void reviewsUnusuallyLongNames() {
    assertThat(check("a".repeat(70)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
              assertThat(f.evidence().values())
                  .containsEntry("length", "70")
                  .containsEntry("limit", "64");
            });
  }

  @Test
  void rejectsNamesLongerThanAnyRealProjectAndShortensThemInReports() {
    assertThat(check("a".repeat(10_000)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
              assertThat(f.message()).contains("10000 characters long");
              assertThat(f.evidence().values().get("name"))
                  .hasSizeLessThan(120)
                  .endsWith("… (10000 characters)");
            });
  }

  @Test
  void reviewsNamesMadeOfManyParts() {
    assertThat(check("a-b-c-d-e-f-g-h-i"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
              assertThat(f.evidence().values()).containsEntry("separators", "8");
            });
    assertThat(check("odoo12-addon-sale-order-line-serial-unique"))
        .as("add-on families use many parts legitimately")
        .isEmpty();
  }

  @Test
  void thresholdsComeFromThePolicy() {
    assertThat(rule.evaluate(request("abcdef", Map.of("max-length", 5L), "name-format")))
        .singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM));
    assertThat(rule.evaluate(request("a-b-c", Map.of("max-separators", 1L), "name-format")))
        .hasSize(1);
  }

  @Test
  void confusablesTableMapsLookAlikesToWhatTheyImitate() {
    assertThat(Confusables.skeleton("\u0440\u0443\u0442\u043E\u0440\u0441h"))
        .isEqualTo("py\u0442opch");
    assertThat(Confusables.skeleton("\uFF52\uFF45\uFF51")).isEqualTo("req");
    assertThat(Confusables.containsAny("plain")).isFalse();
  }
}
