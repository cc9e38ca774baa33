package io.pkgguard.rules.metadata;

import io.pkgguard.api.Finding;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Metadata a maintained project publishes: an author or maintainer, a licence, a meaningful
 * description and project URLs. Each gap is its own MEDIUM finding.
 *
 * <p>Parameters: {@code min-summary-length} (default 10): shorter summaries are vague.
 */
@RuleDefinition(
    id = "metadata-quality",
    summary = "Author, licence, a meaningful description and project URLs are present",
    level = RiskLevel.MEDIUM,
    category = RiskCategory.METADATA,
    explanation = "Throw-away malicious packages are typically published with empty or minimal"
        + " metadata; legitimate projects say who made them, under which licence, what they do"
        + " and where their code lives.",
    parameters = {
      @ParameterDefinition(name = "min-summary-length", type = ParameterDefinition.Type.NUMBER,
          summary = "shorter summaries are vague (default 10)")})
public final class MetadataQualityRule implements SecurityRule {

  @Override
  public List<Finding> evaluate(RuleContext context) {
    PackageMetadata m = context.metadata();
    List<Finding> findings = new ArrayList<>();
    if (allEmpty(m.author(), m.authorEmail(), m.maintainer(), m.maintainerEmail())) {
      findings.add(finding(RiskLevel.MEDIUM, "no author or maintainer is given")
          .withEvidence("author", "", "maintainer", "")
          .withRemediation("find out who publishes this package before trusting it"));
    }
    boolean licenseClassifier = m.classifiers().stream().anyMatch(c -> c.startsWith("License ::"));
    if (allEmpty(m.license(), m.licenseExpression()) && !licenseClassifier) {
      findings.add(finding(RiskLevel.MEDIUM, "no licence is given")
          .withEvidence("license", "", "license-expression", "", "license-classifiers", "0")
          .withRemediation("without a licence you may not have the right to use it; ask the"
              + " publisher"));
    }
    String summary = m.summary().strip();
    long minSummary = context.parameters().number("min-summary-length", 10);
    boolean vagueSummary = summary.length() < minSummary
        || normalized(summary).equals(normalized(m.id().name()));
    if (vagueSummary || m.description().isBlank()) {
      findings.add(finding(RiskLevel.MEDIUM, summary.isEmpty() && m.description().isBlank()
              ? "the package has no description"
              : vagueSummary ? "the summary is too vague to say what the package does"
                  : "the package has no long description")
          .withEvidence("summary", summary, "description-length",
              Integer.toString(m.description().length()))
          .withRemediation("make sure you know what the package does before installing it"));
    }
    if (m.projectUrls().isEmpty() && m.homePage().isEmpty()) {
      findings.add(finding(RiskLevel.MEDIUM, "no project URLs (home page, source code) are given")
          .withEvidence("project-urls", "0")
          .withRemediation("a project without a public home or source repository cannot be"
              + " reviewed; look for its source before installing"));
    }
    return findings;
  }

  @SafeVarargs
  private static boolean allEmpty(Optional<String>... values) {
    for (Optional<String> value : values) {
      if (value.isPresent() && !value.get().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String normalized(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[-_. ]+", "");
  }
}
