package io.pkgguard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * docs/rules/&lt;id&gt;.md is rendered from each built-in rule's descriptor and the built-in
 * policy, so the documentation says exactly what the code does. When a rule changes, regenerate
 * with {@code mvn -B verify -pl architecture-tests -am -Dpkgguard.writeDocs=true}.
 */
class RuleDocsTest {

  private static final Path DOCS = Path.of("..", "docs", "rules");

  @Test
  void everyBuiltInRuleIsDocumentedAsItIsDefined() throws IOException {
    boolean write = Boolean.getBoolean("pkgguard.writeDocs");
    StringBuilder index = new StringBuilder("# Built-in rules\n\n"
        + "Generated from the rules' definitions (see RuleDocsTest); do not edit by hand.\n\n"
        + "| rule | default level | category | checks |\n|---|---|---|---|\n");
    for (SecurityRule rule : BuiltinRules.all()) {
      RuleDescriptor d = rule.descriptor();
      index.append("| [").append(d.id()).append("](").append(d.id()).append(".md) | ")
          .append(d.level()).append(" | ").append(d.category()).append(" | ")
          .append(d.summary()).append(" |\n");
      check(DOCS.resolve(d.id() + ".md"), render(d), write);
    }
    check(DOCS.resolve("README.md"), index.toString(), write);
  }

  private static void check(Path file, String expected, boolean write) throws IOException {
    if (write) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected);
    }
    assertThat(file).as("%s is out of date; regenerate with -Dpkgguard.writeDocs=true", file)
        .exists();
    assertThat(Files.readString(file))
        .as("%s is out of date; regenerate with -Dpkgguard.writeDocs=true", file)
        .isEqualTo(expected);
  }

  private static String render(RuleDescriptor d) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(d.id()).append("\n\n");
    out.append(d.summary()).append(".\n\n");
    out.append("- Default level: ").append(d.level()).append('\n');
    out.append("- Category: ").append(d.category()).append('\n');
    out.append("- Runs: ").append(d.stage().name().toLowerCase(Locale.ROOT).equals("request")
        ? "before any index is asked (request stage)" : "on the index's metadata").append("\n\n");
    out.append("## Why\n\n").append(d.explanation()).append("\n\n");
    out.append("## Policy\n\n```toml\n[rules.").append(d.id()).append("]\nenabled = true\n");
    var configured = Policy.defaults().rule(d.id());
    for (RuleDescriptor.Parameter p : d.parameters()) {
      Object value = configured.values().get(p.name());
      out.append("# ").append(p.summary()).append('\n');
      if (value != null) {
        out.append(p.name()).append(" = ").append(toml(value)).append('\n');
      } else {
        out.append("# ").append(p.name()).append(" = (").append(p.type().name()
            .toLowerCase(Locale.ROOT)).append(")\n");
      }
    }
    out.append("```\n");
    return out.toString();
  }

  private static String toml(Object value) {
    if (value instanceof String s) {
      return "\"" + s + "\"";
    }
    if (value instanceof java.util.List<?> list) {
      return list.stream().map(v -> "\"" + v + "\"")
          .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }
}
