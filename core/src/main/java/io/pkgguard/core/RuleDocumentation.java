package io.pkgguard.core;

import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.RuleSettings;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A rule's documentation, rendered from its definition and a policy: what {@code pkgguard
 * explain} prints and what {@code docs/rules/<id>.md} holds, so both say exactly what the code
 * does. Markdown; stateless.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleDocumentation {

  private RuleDocumentation() {}

  /** One rule's page: summary, level, category, when it runs, why, and its policy table. */
  public static String render(RuleDescriptor rule, Policy policy) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(rule.id()).append("\n\n");
    out.append(rule.summary()).append(".\n\n");
    out.append("- Default level: ").append(rule.level()).append('\n');
    out.append("- Category: ").append(rule.category()).append('\n');
    out.append("- Runs: ")
        .append(
            switch (rule.stage()) {
              case REQUEST -> "before any index is asked (request stage)";
              case METADATA -> "on the index's metadata";
              case ENVIRONMENT ->
                  "once per requirements or lock file, after its packages are judged"
                      + " (environment stage)";
              case CONTENT ->
                  "on the files an installer would take, downloaded and checked against the"
                      + " index's digests (content stage)";
            })
        .append("\n\n");
    out.append("## Why\n\n").append(rule.explanation()).append("\n\n");
    out.append("## Policy\n\n```toml\n[rules.")
        .append(rule.id())
        .append("]\nenabled = ")
        .append(policy.rule(rule.id()).enabled())
        .append('\n');
    RuleSettings configured = policy.rule(rule.id());
    for (RuleDescriptor.Parameter p : rule.parameters()) {
      Object value = configured.values().get(p.name());
      out.append("# ").append(p.summary()).append('\n');
      if (value != null) {
        out.append(p.name()).append(" = ").append(toml(value)).append('\n');
      } else {
        out.append("# ")
            .append(p.name())
            .append(" = (")
            .append(p.type().name().toLowerCase(Locale.ROOT))
            .append(")\n");
      }
    }
    out.append("```\n");
    return out.toString();
  }

  /** The index of all rules: a table with a row per rule linking to its page. */
  public static String index(List<RuleDescriptor> rules) {
    StringBuilder out =
        new StringBuilder(
            "# Built-in rules\n\n"
                + "Generated from the rules' definitions (see RuleDocsTest); do not edit by hand.\n\n"
                + "What they make of real projects under the built-in policy:"
                + " [the catalogue](catalogue.md).\n\n"
                + "| rule | default level | category | checks |\n|---|---|---|---|\n");
    for (RuleDescriptor rule : rules) {
      out.append("| [")
          .append(rule.id())
          .append("](")
          .append(rule.id())
          .append(".md) | ")
          .append(rule.level())
          .append(" | ")
          .append(rule.category())
          .append(" | ")
          .append(rule.summary())
          .append(" |\n");
    }
    return out.toString();
  }

  /** The line the built-in policy's generated rule tables start after. */
  public static final String POLICY_TABLES_MARKER =
      "# ---- Rule tables: generated from each"
          + " rule's parameter declarations (RuleDocsTest); edit the rules, not these lines. ----";

  /**
   * The built-in policy's rule tables: for each rule, {@code [rules.<id>]} and each parameter's
   * summary as a comment over its declared default (commented out where it has none).
   *
   * @param rules the rules, in the order the file lists them
   * @return TOML
   */
  public static String policyTables(List<RuleDescriptor> rules) {
    StringBuilder out = new StringBuilder();
    for (RuleDescriptor rule : rules) {
      out.append("\n[rules.").append(rule.id()).append("]\n");
      for (RuleDescriptor.Parameter p : rule.parameters()) {
        out.append("# ").append(p.summary()).append('\n');
        out.append(p.defaultValue().isPresent() ? "" : "# ")
            .append(p.name())
            .append(" = ")
            .append(p.defaultValue().orElse("(" + p.type().name().toLowerCase(Locale.ROOT) + ")"))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static String toml(Object value) {
    if (value instanceof String s) {
      return "\"" + s + "\"";
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }
}
