package io.pkgguard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleParametersTest {

  private final RuleParameters parameters =
      RuleParameters.of(
          "package-age",
          Map.of(
              "days",
              7L,
              "enabled",
              true,
              "name",
              "x",
              "words",
              List.of("a", "b"),
              "level",
              "High"));

  @Test
  void returnsConfiguredValues() {
    assertThat(parameters.number("days", 1)).isEqualTo(7);
    assertThat(parameters.flag("enabled", false)).isTrue();
    assertThat(parameters.text("name", "y")).isEqualTo("x");
    assertThat(parameters.texts("words", List.of())).containsExactly("a", "b");
    assertThat(parameters.level("level", RiskLevel.LOW)).isEqualTo(RiskLevel.HIGH);
    assertThat(parameters.keys()).contains("days", "words");
  }

  @Test
  void returnsDefaultsForMissingKeys() {
    RuleParameters empty = RuleParameters.empty();
    assertThat(empty.number("days", 30)).isEqualTo(30);
    assertThat(empty.flag("x", true)).isTrue();
    assertThat(empty.texts("x", List.of("d"))).containsExactly("d");
    assertThat(empty.level("x", RiskLevel.MEDIUM)).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void wrongTypeNamesTheRuleTheKeyAndWhatWasExpected() {
    assertThatThrownBy(() -> parameters.number("name", 1))
        .isInstanceOf(RuleParameterException.class)
        .hasMessage("rules.package-age.name: expected a whole number, found the string \"x\"");
    assertThatThrownBy(() -> parameters.flag("days", false))
        .hasMessageContaining("rules.package-age.days: expected true or false");
    assertThatThrownBy(() -> parameters.level("name", RiskLevel.LOW))
        .hasMessageContaining("one of none, low, medium, high, critical");
    assertThatThrownBy(() -> parameters.texts("days", List.of()))
        .hasMessageContaining("a list of strings");
  }
}
