package io.pkgguard.examples.rules;

import io.pkgguard.api.Finding;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SecurityRule;
import java.util.List;
import java.util.Locale;

/**
 * Dependency confusion guard: names under the organisation's prefixes (such as {@code acme-})
 * belong to the internal index. Asking any other source for them is how an attacker's public
 * package with the same name gets installed, so it is rejected before the request leaves.
 *
 * <p>Configure it in the policy:
 *
 * <pre>{@code
 * [rules.internal-namespace]
 * prefixes = ["acme-"]
 * internal-sources = ["corp"]
 * }</pre>
 */
@RuleDefinition(
    id = "internal-namespace",
    summary = "Names under internal prefixes are only fetched from internal sources",
    level = RiskLevel.CRITICAL,
    category = RiskCategory.SOURCE,
    stage = RuleStage.REQUEST,
    parameters = {
      @ParameterDefinition(
          name = "prefixes",
          type = ParameterDefinition.Type.TEXTS,
          summary = "name prefixes reserved for internal packages (default none)"),
      @ParameterDefinition(
          name = "internal-sources",
          type = ParameterDefinition.Type.TEXTS,
          summary = "ids of the sources allowed to serve them (default none)")
    })
public final class InternalNamespaceRule implements SecurityRule {

  @Override
  public List<Finding> evaluate(RuleContext context) {
    String name = context.names().normalize(context.request().id().name());
    List<String> internalSources = context.parameters().texts("internal-sources", List.of());
    for (String prefix : context.parameters().texts("prefixes", List.of())) {
      String normalizedPrefix = prefix.toLowerCase(Locale.ROOT);
      if (name.startsWith(normalizedPrefix) && !internalSources.contains(context.source().id())) {
        return List.of(
            finding(
                    RiskLevel.CRITICAL,
                    "'"
                        + name
                        + "' is an internal name but would"
                        + " be fetched from "
                        + context.source().id())
                .withEvidence(
                    "prefix",
                    normalizedPrefix,
                    "source",
                    context.source().id(),
                    "internal-sources",
                    String.join(", ", internalSources))
                .withRemediation("install internal packages from the internal index only"));
      }
    }
    return List.of();
  }
}
