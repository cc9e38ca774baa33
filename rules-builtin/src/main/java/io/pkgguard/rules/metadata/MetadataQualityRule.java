package io.pkgguard.rules.metadata;

import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.ParameterDefinition;
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
 * Metadata a maintained project publishes: a real author or maintainer (not a placeholder such
 * as {@code author}), a licence, a meaningful description (not empty, generic — "A Python
 * package", lorem ipsum — the name again, or the summary repeated), project URLs, and none of
 * them on a link shortener or a bare IP address. Each gap is MEDIUM; {@code combined-high} gaps
 * together add a HIGH finding, as a throw-away package shows several at once.
 *
 * <p>Parameters: {@code min-summary-length} (default 10): shorter summaries are vague;
 * {@code combined-high} (default 3).
 */
@RuleDefinition(
    id = "metadata-quality",
    summary = "Author, licence, a meaningful description and project URLs are present",
    level = RiskLevel.MEDIUM,
    category = RiskCategory.METADATA,
    explanation =
        "Throw-away malicious packages are typically published with empty or minimal"
            + " metadata; legitimate projects say who made them, under which licence, what they do"
            + " and where their code lives.",
    parameters = {
      @ParameterDefinition(
          name = "min-summary-length",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.LOWER_WEAKENS,
          summary = "shorter summaries are vague",
          defaultValue = "10"),
      @ParameterDefinition(
          name = "combined-high",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.HIGHER_WEAKENS,
          summary = "this many gaps together add a HIGH finding",
          defaultValue = "3")
    })
public final class MetadataQualityRule implements SecurityRule {

  /** Summaries that say nothing, normalised (lower case, no spaces or separators). */
  static final java.util.Set<String> GENERIC_SUMMARIES =
      java.util.Set.of(
          "apythonpackage",
          "apythonlibrary",
          "asmallexamplepackage",
          "mypackage",
          "mypythonpackage",
          "test",
          "testpackage",
          "testing",
          "todo",
          "description",
          "packagedescription",
          "shortdescription",
          "addyourdescriptionhere",
          "adddescriptionhere",
          "yourdescription",
          "hello",
          "helloworld",
          "none",
          "unknown",
          "example",
          "examplepackage",
          "demo",
          "sample",
          "samplepackage");

  /** Author names that are placeholders, lower case. */
  static final java.util.Set<String> PLACEHOLDER_NAMES =
      java.util.Set.of(
          "author",
          "name",
          "your name",
          "yourname",
          "me",
          "test",
          "admin",
          "user",
          "example",
          "example author",
          "john doe",
          "jane doe",
          "unknown",
          "none",
          "anonymous",
          "todo");

  /** Link shorteners, whose links hide where they lead. */
  static final java.util.Set<String> SHORTENERS =
      java.util.Set.of(
          "bit.ly",
          "tinyurl.com",
          "goo.gl",
          "t.co",
          "is.gd",
          "ow.ly",
          "buff.ly",
          "rebrand.ly",
          "cutt.ly",
          "shorturl.at",
          "rb.gy",
          "tiny.cc",
          "v.gd",
          "t.ly",
          "s.id");

  private static final java.util.regex.Pattern IPV4 =
      java.util.regex.Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

  @Override
  public List<Finding> evaluate(RuleContext context) {
    PackageMetadata m = context.metadata();
    List<Finding> findings = new ArrayList<>();
    if (allEmpty(m.author(), m.authorEmail(), m.maintainer(), m.maintainerEmail())) {
      findings.add(
          finding(RiskLevel.MEDIUM, "no author or maintainer is given")
              .withEvidence("author", "", "maintainer", "")
              .withRemediation("find out who publishes this package before trusting it"));
    } else {
      placeholderAuthor(m).ifPresent(findings::add);
    }
    boolean licenseClassifier = m.classifiers().stream().anyMatch(c -> c.startsWith("License ::"));
    if (allEmpty(m.license(), m.licenseExpression()) && !licenseClassifier) {
      findings.add(
          finding(RiskLevel.MEDIUM, "no licence is given")
              .withEvidence("license", "", "license-expression", "", "license-classifiers", "0")
              .withRemediation(
                  "without a licence you may not have the right to use it; ask the"
                      + " publisher"));
    }
    description(m, context.parameters().number("min-summary-length", 10)).ifPresent(findings::add);
    if (m.projectUrls().isEmpty() && m.homePage().isEmpty()) {
      findings.add(
          finding(RiskLevel.MEDIUM, "no project URLs (home page, source code) are given")
              .withEvidence("project-urls", "0")
              .withRemediation(
                  "a project without a public home or source repository cannot be"
                      + " reviewed; look for its source before installing"));
    }
    suspiciousUrl(m).ifPresent(findings::add);
    long combined = context.parameters().number("combined-high", 3);
    if (findings.size() >= combined) {
      findings.add(
          finding(
                  RiskLevel.HIGH,
                  findings.size()
                      + " metadata gaps together: the"
                      + " marks of a throw-away package")
              .withEvidence(
                  "gaps", Integer.toString(findings.size()), "threshold", Long.toString(combined))
              .withRemediation("an administrator should review who published this and why"));
    }
    return findings;
  }

  private Optional<Finding> description(PackageMetadata m, long minSummary) {
    String summary = m.summary().strip();
    String normalizedSummary = normalized(summary);
    boolean generic =
        GENERIC_SUMMARIES.contains(normalizedSummary) || normalizedSummary.startsWith("loremipsum");
    boolean vagueSummary =
        summary.length() < minSummary
            || generic
            || normalizedSummary.equals(normalized(m.id().name()));
    boolean copied =
        !summary.isEmpty()
            && normalized(m.description()).equals(normalizedSummary)
            && m.description().length() < 2 * summary.length() + 20;
    if (!vagueSummary && !m.description().isBlank() && !copied) {
      return Optional.empty();
    }
    String message =
        summary.isEmpty() && m.description().isBlank()
            ? "the package has no description"
            : generic
                ? "the summary is a placeholder: '" + summary + "'"
                : vagueSummary
                    ? "the summary is too vague to say what the package does"
                    : copied
                        ? "the description only repeats the summary"
                        : "the package has no long description";
    return Optional.of(
        finding(RiskLevel.MEDIUM, message)
            .withEvidence(
                "summary",
                summary.length() > 200 ? summary.substring(0, 200) + "…" : summary,
                "description-length",
                Integer.toString(m.description().length()))
            .withRemediation("make sure you know what the package does before installing it"));
  }

  private Optional<Finding> placeholderAuthor(PackageMetadata m) {
    for (Optional<String> field : List.of(m.author(), m.maintainer())) {
      if (field.isPresent()
          && PLACEHOLDER_NAMES.contains(field.get().strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(
            finding(RiskLevel.MEDIUM, "the author is a placeholder: '" + field.get().strip() + "'")
                .withEvidence("author", field.get().strip())
                .withRemediation("find out who publishes this package before trusting it"));
      }
    }
    return Optional.empty();
  }

  /** A home or project URL on a link shortener or a bare IP address hides where it leads. */
  private Optional<Finding> suspiciousUrl(PackageMetadata m) {
    List<String> urls = new ArrayList<>(m.projectUrls().values());
    m.homePage().ifPresent(urls::add);
    for (String url : urls) {
      Optional<String> host = host(url);
      if (host.isEmpty()) {
        continue;
      }
      String h = host.get();
      boolean shortener = SHORTENERS.contains(h);
      boolean ip = IPV4.matcher(h).matches() || h.startsWith("[");
      if (shortener || ip) {
        return Optional.of(
            finding(
                    RiskLevel.MEDIUM,
                    "a project URL points to "
                        + (shortener ? "a link shortener" : "a bare IP address")
                        + ": "
                        + h)
                .withEvidence(
                    "url", url.length() > 200 ? url.substring(0, 200) + "…" : url, "host", h)
                .withRemediation(
                    "legitimate projects link their real home; find out where the"
                        + " link leads before trusting the package"));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> host(String url) {
    try {
      String host = java.net.URI.create(url.strip()).getHost();
      return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
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
