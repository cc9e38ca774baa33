package io.pkgguard.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Finding;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.SecurityRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule's declared defaults are read as TOML, checked against their types and filled in. */
class ParameterDefaultsTest {

  @RuleDefinition(
      id = "declared",
      summary = "Declares defaults",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA,
      parameters = {
        @ParameterDefinition(
            name = "days",
            type = ParameterDefinition.Type.NUMBER,
            summary = "a number",
            defaultValue = "9"),
        @ParameterDefinition(
            name = "level",
            type = ParameterDefinition.Type.LEVEL,
            summary = "a level",
            defaultValue = "\"high\""),
        @ParameterDefinition(
            name = "words",
            type = ParameterDefinition.Type.TEXTS,
            summary = "words",
            defaultValue = "[\"a\", \"b\"]"),
        @ParameterDefinition(
            name = "on",
            type = ParameterDefinition.Type.FLAG,
            summary = "a flag",
            defaultValue = "true"),
        @ParameterDefinition(
            name = "free",
            type = ParameterDefinition.Type.TEXT,
            summary = "no default")
      })
  static final class Declared implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  @RuleDefinition(
      id = "mistyped",
      summary = "A wrong default",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA,
      parameters =
          @ParameterDefinition(
              name = "days",
              type = ParameterDefinition.Type.NUMBER,
              summary = "a number",
              defaultValue = "\"9\""))
  static final class Mistyped implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  @RuleDefinition(
      id = "unparsable",
      summary = "Not TOML",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA,
      parameters =
          @ParameterDefinition(
              name = "level",
              type = ParameterDefinition.Type.LEVEL,
              summary = "a level",
              defaultValue = "high"))
  static final class Unparsable implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  static final RuleDescriptor DECLARED = RuleDescriptor.of(Declared.class);

  @Test
  void aPolicyThatLeavesKeysOutGetsTheDeclaredDefaults() {
    Policy filled = ParameterDefaults.fillIn(Policy.defaults(), List.of(DECLARED));

    assertThat(filled.rule("declared").values())
        .containsEntry("days", 9L)
        .containsEntry("level", "high")
        .containsEntry("words", List.of("a", "b"))
        .containsEntry("on", true)
        .doesNotContainKey("free");
    assertThat(filled.rule("declared").parameters("declared").number("days", 0)).isEqualTo(9);
  }

  @Test
  void whatThePolicySetsWinsAndAPolicyThatSetsEverythingIsUnchanged() {
    Policy policy =
        PolicyLoader.parse(
            """
        [rules.declared]
        days = 3
        level = "low"
        words = []
        on = false
        """,
            "test");

    Policy filled = ParameterDefaults.fillIn(policy, List.of(DECLARED));

    assertThat(filled.rule("declared").values()).containsEntry("days", 3L);
    assertThat(filled.fingerprint()).isEqualTo(policy.fingerprint());
    assertThat(ParameterDefaults.fillIn(Policy.defaults(), List.of()).fingerprint())
        .isEqualTo(Policy.defaults().fingerprint());
  }

  @Test
  void aDefaultOfTheWrongTypeIsAConfigurationErrorNamingRuleAndParameter() {
    assertThatThrownBy(
            () ->
                ParameterDefaults.fillIn(
                    Policy.defaults(), List.of(RuleDescriptor.of(Mistyped.class))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("rule mistyped, parameter days: the default \"9\" is not a number");
  }

  @Test
  void aDefaultThatIsNotTomlSaysHowToWriteIt() {
    assertThatThrownBy(
            () ->
                ParameterDefaults.fillIn(
                    Policy.defaults(), List.of(RuleDescriptor.of(Unparsable.class))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(
            "rule unparsable, parameter level: the default high is not a TOML" + " value");
  }
}
