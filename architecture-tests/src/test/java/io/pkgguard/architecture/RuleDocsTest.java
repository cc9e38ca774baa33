package io.pkgguard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.core.RuleDocumentation;
import io.pkgguard.core.policy.ParameterDefaults;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/rules/&lt;id&gt;.md is what {@code pkgguard explain} prints (both from {@link
 * RuleDocumentation}), so the documentation says exactly what the code does. When a rule changes,
 * regenerate with {@code mvn -B verify -pl architecture-tests -am -Dpkgguard.writeDocs=true}.
 */
class RuleDocsTest {

  private static final Path DOCS = Path.of("..", "docs", "rules");
  private static final Path POLICY =
      Path.of(
          "..",
          "core",
          "src",
          "main",
          "resources",
          "io",
          "pkgguard",
          "core",
          "policy",
          "default-policy.toml");

  @Test
  void everyBuiltInRuleIsDocumentedAsItIsDefined() throws IOException {
    boolean write = Boolean.getBoolean("pkgguard.writeDocs");
    List<RuleDescriptor> rules = BuiltinRules.all().stream().map(SecurityRule::descriptor).toList();
    for (RuleDescriptor rule : rules) {
      check(
          DOCS.resolve(rule.id() + ".md"),
          RuleDocumentation.render(rule, Policy.defaults()),
          write);
    }
    check(DOCS.resolve("README.md"), RuleDocumentation.index(rules), write);
  }

  /** The built-in policy's rule tables are the rules' declared defaults, written once. */
  @Test
  void theBuiltInPolicysRuleTablesAreTheDeclaredDefaults() throws IOException {
    boolean write = Boolean.getBoolean("pkgguard.writeDocs");
    List<RuleDescriptor> rules = BuiltinRules.all().stream().map(SecurityRule::descriptor).toList();
    String text = Files.readString(POLICY);
    int marker = text.indexOf(RuleDocumentation.POLICY_TABLES_MARKER);
    assertThat(marker)
        .as("%s has no line %s", POLICY, RuleDocumentation.POLICY_TABLES_MARKER)
        .isNotNegative();
    String head = text.substring(0, marker + RuleDocumentation.POLICY_TABLES_MARKER.length() + 1);
    check(POLICY, head + RuleDocumentation.policyTables(rules), write);
    for (RuleDescriptor rule : rules) {
      for (RuleDescriptor.Parameter parameter : rule.parameters()) {
        assertThat(ParameterDefaults.of(rule, parameter).orElse(null))
            .as(rule.id() + "." + parameter.name())
            .isEqualTo(Policy.defaults().rule(rule.id()).values().get(parameter.name()));
      }
    }
  }

  private static void check(Path file, String expected, boolean write) throws IOException {
    if (write) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected);
    }
    assertThat(file)
        .as("%s is out of date; regenerate with -Dpkgguard.writeDocs=true", file)
        .exists();
    assertThat(Files.readString(file))
        .as("%s is out of date; regenerate with -Dpkgguard.writeDocs=true", file)
        .isEqualTo(expected);
  }
}
