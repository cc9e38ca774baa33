package io.pkgguard.rules.names;

import io.pkgguard.api.Evidence;
import io.pkgguard.api.Finding;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The requested name must be valid in its ecosystem (PEP 508 for PyPI); confusable Unicode is
 * named as such. Valid but odd names — very long, or made of many parts — are reviewed.
 *
 * <p>Parameters: {@code max-length} (default 64) — longer names are MEDIUM; {@code reject-length}
 * (default 200; the longest PyPI project name in 2026 has 188 characters) — longer names are
 * CRITICAL; {@code max-separators} (default 7) — names with more {@code -_.} runs are MEDIUM (0.06% of PyPI's
 * names; at 5 it was 0.65%, mostly well-formed Odoo add-on names).
 */
@RuleDefinition(
    id = "name-format",
    summary = "The name is valid, not disguised with look-alike characters, and not oddly complex",
    level = RiskLevel.CRITICAL,
    category = RiskCategory.NAME,
    stage = RuleStage.REQUEST,
    explanation =
        "Invalid names cannot be published to a real index, so a request for one is a"
            + " mistake or an attack (control characters, terminal escapes, Cyrillic or Greek letters"
            + " that look like Latin ones). Very long or many-part names are rare among legitimate"
            + " projects and are reviewed.",
    parameters = {
      @ParameterDefinition(
          name = "max-length",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.HIGHER_WEAKENS,
          summary = "names longer than this are MEDIUM",
          defaultValue = "64"),
      @ParameterDefinition(
          name = "reject-length",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.HIGHER_WEAKENS,
          summary = "names longer than this are CRITICAL",
          defaultValue = "200"),
      @ParameterDefinition(
          name = "max-separators",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.HIGHER_WEAKENS,
          summary = "names with more separators are MEDIUM",
          defaultValue = "7")
    })
public final class NameFormatRule implements SecurityRule {

  static final int SHOWN_LENGTH = 80;

  @Override
  public List<Finding> evaluate(RuleContext context) {
    RuleParameters parameters = context.parameters();
    String name = context.request().id().name();
    Optional<String> problem = context.names().problem(name);
    List<Finding> findings = new ArrayList<>();
    if (problem.isPresent()) {
      Evidence evidence = Evidence.of("name", shown(name), "problem", problem.get());
      if (Confusables.containsAny(name)) {
        evidence = evidence.with("looks-like", Confusables.skeleton(name));
      }
      findings.add(
          finding(
                  RiskLevel.CRITICAL,
                  "'" + shown(name) + "' is not a valid package name: " + problem.get())
              .withEvidence(evidence)
              .withRemediation(
                  Confusables.containsAny(name)
                      ? "the name imitates '"
                          + Confusables.skeleton(name)
                          + "' with look-alike"
                          + " characters; type the name yourself from the project's documentation"
                      : "check the name; a valid name uses letters, digits, '.', '-' and '_'"));
      return findings;
    }
    long length = name.codePointCount(0, name.length());
    long rejectLength = parameters.number("reject-length", 200);
    long maxLength = parameters.number("max-length", 64);
    if (length > rejectLength) {
      findings.add(
          finding(
                  RiskLevel.CRITICAL,
                  "the name is " + length + " characters long; no real project name is that long")
              .withEvidence(
                  "name",
                  shown(name),
                  "length",
                  Long.toString(length),
                  "limit",
                  Long.toString(rejectLength))
              .withRemediation("check where this name came from"));
      return findings;
    }
    if (length > maxLength) {
      findings.add(
          finding(RiskLevel.MEDIUM, "the name is unusually long (" + length + " characters)")
              .withEvidence(
                  "name",
                  shown(name),
                  "length",
                  Long.toString(length),
                  "limit",
                  Long.toString(maxLength))
              .withRemediation("make sure this is the project you mean"));
    }
    long separators =
        name.toLowerCase(Locale.ROOT).chars().filter(c -> c == '-' || c == '_' || c == '.').count();
    long maxSeparators = parameters.number("max-separators", 7);
    if (separators > maxSeparators) {
      findings.add(
          finding(RiskLevel.MEDIUM, "the name is unusually complex (" + separators + " separators)")
              .withEvidence(
                  "name",
                  shown(name),
                  "separators",
                  Long.toString(separators),
                  "limit",
                  Long.toString(maxSeparators))
              .withRemediation("make sure this is the project you mean"));
    }
    return findings;
  }

  /** The name, shortened for reports when huge. */
  static String shown(String name) {
    if (name.length() <= SHOWN_LENGTH) {
      return name;
    }
    return name.substring(0, SHOWN_LENGTH) + "… (" + name.length() + " characters)";
  }
}
