package io.pkgguard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleDescriptorTest {

  @RuleDefinition(
      id = "example-rule",
      summary = "An example",
      level = RiskLevel.HIGH,
      category = RiskCategory.NAME,
      stage = RuleStage.REQUEST)
  static final class ExampleRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of(finding(RiskLevel.LOW, "seen"));
    }
  }

  static final class UnannotatedRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  @RuleDefinition(id = "Bad_Id", summary = "x", level = RiskLevel.LOW, category = RiskCategory.NAME)
  static final class BadIdRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  @Test
  void readsTheAnnotation() {
    RuleDescriptor d = new ExampleRule().descriptor();
    assertThat(d)
        .isEqualTo(
            new RuleDescriptor(
                "example-rule",
                "An example",
                RiskLevel.HIGH,
                RiskCategory.NAME,
                RuleStage.REQUEST,
                "",
                java.util.List.of()));
  }

  @Test
  void findingHelperCarriesTheRulesIdAndCategory() {
    Finding f = new ExampleRule().finding(RiskLevel.LOW, "seen");
    assertThat(f.ruleId()).isEqualTo("example-rule");
    assertThat(f.category()).isEqualTo(RiskCategory.NAME);
    assertThat(f.evidence().values()).isEmpty();
  }

  @Test
  void rejectsAClassWithoutDefinitionNamingTheClass() {
    assertThatThrownBy(() -> new UnannotatedRule().descriptor())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UnannotatedRule")
        .hasMessageContaining("@RuleDefinition");
  }

  @Test
  void rejectsIdsThatAreNotLowerCaseHyphenatedWords() {
    assertThatThrownBy(() -> new BadIdRule().descriptor())
        .hasMessageContaining("BadIdRule")
        .hasMessageContaining("'Bad_Id'");
    assertThatThrownBy(
            () ->
                new RuleDescriptor(
                    "a--b",
                    "x",
                    RiskLevel.LOW,
                    RiskCategory.NAME,
                    RuleStage.METADATA,
                    "",
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RuleDescriptor(
                    "x".repeat(65),
                    "x",
                    RiskLevel.LOW,
                    RiskCategory.NAME,
                    RuleStage.METADATA,
                    "",
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @RuleDefinition(
      id = "with-parameters",
      summary = "x",
      level = RiskLevel.LOW,
      category = RiskCategory.AGE,
      parameters = {
        @ParameterDefinition(
            name = "days",
            type = ParameterDefinition.Type.NUMBER,
            summary = "how many days (default 7)")
      })
  static final class ParameterisedRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  @Test
  void readsDeclaredParameters() {
    RuleDescriptor d = new ParameterisedRule().descriptor();
    assertThat(d.parameters())
        .containsExactly(
            new RuleDescriptor.Parameter(
                "days", ParameterDefinition.Type.NUMBER, "how many days (default 7)"));
    assertThat(d.parameter("days")).isPresent();
    assertThat(d.parameter("weeks")).isEmpty();
  }

  @RuleDefinition(
      id = "with-roles",
      summary = "x",
      level = RiskLevel.LOW,
      category = RiskCategory.NAME,
      parameters = {
        @ParameterDefinition(
            name = "allow",
            type = ParameterDefinition.Type.TEXTS,
            listRole = ParameterDefinition.ListRole.EXEMPTS,
            summary = "names never reported",
            defaultValue = "[]"),
        @ParameterDefinition(
            name = "protected-rank",
            type = ParameterDefinition.Type.NUMBER,
            numberRole = ParameterDefinition.NumberRole.LOWER_WEAKENS,
            summary = "names ranked this high or higher are protected",
            defaultValue = "1000")
      })
  static final class ExemptingRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  @RuleDefinition(
      id = "misdeclared",
      summary = "x",
      level = RiskLevel.LOW,
      category = RiskCategory.AGE,
      parameters = {
        @ParameterDefinition(
            name = "days",
            type = ParameterDefinition.Type.NUMBER,
            listRole = ParameterDefinition.ListRole.CHECKS,
            summary = "how many days")
      })
  static final class MisdeclaredRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  @Test
  void carriesTheRoleOfAListsEntries() {
    assertThat(new ExemptingRule().descriptor().parameter("allow"))
        .get()
        .extracting(RuleDescriptor.Parameter::listRole)
        .isEqualTo(ParameterDefinition.ListRole.EXEMPTS);
    assertThat(new ParameterisedRule().descriptor().parameter("days"))
        .get()
        .extracting(RuleDescriptor.Parameter::listRole)
        .isEqualTo(ParameterDefinition.ListRole.NEUTRAL);
  }

  @Test
  void carriesTheDirectionInWhichANumberWeakensTheRule() {
    assertThat(new ExemptingRule().descriptor().parameter("protected-rank"))
        .get()
        .extracting(RuleDescriptor.Parameter::numberRole)
        .isEqualTo(ParameterDefinition.NumberRole.LOWER_WEAKENS);
    assertThat(new ExemptingRule().descriptor().parameter("allow"))
        .get()
        .extracting(RuleDescriptor.Parameter::numberRole)
        .isEqualTo(ParameterDefinition.NumberRole.NEUTRAL);
  }

  @Test
  void refusesANumberRoleOnAListOrOnANumberWithoutADefault() {
    assertThatThrownBy(
            () ->
                new RuleDescriptor.Parameter(
                    "allow",
                    ParameterDefinition.Type.TEXTS,
                    "names never reported",
                    Optional.of("[]"),
                    ParameterDefinition.ListRole.EXEMPTS,
                    ParameterDefinition.NumberRole.HIGHER_WEAKENS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter allow is of type texts, so it can have no number role");
    assertThatThrownBy(
            () ->
                new RuleDescriptor.Parameter(
                    "days",
                    ParameterDefinition.Type.NUMBER,
                    "how many days",
                    Optional.of(" "),
                    ParameterDefinition.ListRole.NEUTRAL,
                    ParameterDefinition.NumberRole.LOWER_WEAKENS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "parameter days declares no default, so it can have no number role LOWER_WEAKENS"
                + " (only numbers with a default can");
  }

  @Test
  void refusesAListRoleOnAParameterThatIsNoList() {
    assertThatThrownBy(() -> RuleDescriptor.of(MisdeclaredRule.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(MisdeclaredRule.class.getName())
        .hasMessageContaining("parameter days is a number, so its entries can have no list role");
  }

  @Test
  void rejectsTheReservedParameterNameEnabled() {
    assertThatThrownBy(
            () ->
                new RuleDescriptor(
                    "ok",
                    "x",
                    RiskLevel.LOW,
                    RiskCategory.NAME,
                    RuleStage.METADATA,
                    "",
                    List.of(
                        new RuleDescriptor.Parameter(
                            "enabled", ParameterDefinition.Type.FLAG, "x"))))
        .hasMessageContaining("reserved key");
  }

  @Test
  void rejectsABlankSummary() {
    assertThatThrownBy(
            () ->
                new RuleDescriptor(
                    "ok", " ", RiskLevel.LOW, RiskCategory.NAME, RuleStage.METADATA, "", List.of()))
        .hasMessageContaining("summary");
  }
}
