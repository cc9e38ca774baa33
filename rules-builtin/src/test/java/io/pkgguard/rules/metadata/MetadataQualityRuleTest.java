package io.pkgguard.rules.metadata;

import static io.pkgguard.rules.Packages.metadata;
import static io.pkgguard.rules.Packages.wellKept;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataQualityRuleTest {

  /** The rule in a real guard, on projects as PyPI's JSON API describes them. */
  @org.junit.jupiter.api.Nested
  class ThroughAGuard {

    @Test
    void aWellDescribedProjectHasNoFindings() {
      io.pkgguard.testkit.RuleTester.forRule(MetadataQualityRule.class)
          .project(
              """
          {"info": {"name": "pkg", "version": "1.0", "summary": "Does one useful thing",
                    "description": "A long description of what it does and how to use it.",
                    "author": "Ada Lovelace", "author_email": "ada@example.org",
                    "license_expression": "MIT",
                    "project_urls": {"Source": "https://github.com/example/pkg"}},
           "releases": {"1.0": []}, "urls": []}
          """)
          .expectNoFindings()
          .run();
    }

    @Test
    void aProjectThatSaysNothingAboutItselfIsHigh() {
      io.pkgguard.testkit.RuleTester.forRule(MetadataQualityRule.class)
          .project(
              """
          {"info": {"name": "pkg", "version": "1.0", "summary": "", "description": ""},
           "releases": {"1.0": []}, "urls": []}
          """)
          .expect(RiskLevel.MEDIUM, "no author or maintainer is given")
          .expect(RiskLevel.MEDIUM, "no licence is given")
          .expect(RiskLevel.MEDIUM, "the package has no description")
          .expect(RiskLevel.MEDIUM, "no project URLs")
          .expect(RiskLevel.HIGH, "4 metadata gaps together")
          .expectDecision(io.pkgguard.api.Decision.SPECIAL_APPROVAL)
          .run();
    }
  }

  private final MetadataQualityRule rule = new MetadataQualityRule();

  private List<Finding> check(PackageMetadata.Builder metadata) {
    return rule.evaluate(metadata(metadata.build(), "metadata-quality"));
  }

  @Test
  void aWellDescribedPackageHasNoFindings() {
    assertThat(check(wellKept("pkg"))).isEmpty();
  }

  @Test
  void aMaintainerAloneCountsAsAnAuthorAndAClassifierAsALicence() {
    assertThat(
            check(
                wellKept("pkg")
                    .author(Optional.empty())
                    .authorEmail(Optional.empty())
                    .maintainerEmail(Optional.of("m@example.org"))
                    .licenseExpression(Optional.empty())
                    .classifiers(List.of("License :: OSI Approved :: MIT License"))))
        .isEmpty();
  }

  @Test
  void eachMissingPieceIsItsOwnMediumFindingAndSeveralTogetherAreHigh() {
    List<Finding> findings =
        check(
            wellKept("pkg")
                .author(Optional.empty())
                .authorEmail(Optional.empty())
                .licenseExpression(Optional.empty())
                .summary("")
                .description("")
                .projectUrls(Map.of()));
    assertThat(findings)
        .extracting(Finding::message)
        .containsExactly(
            "no author or maintainer is given",
            "no licence is given",
            "the package has no description",
            "no project URLs (home page, source code) are given",
            "4 metadata gaps together: the marks of a throw-away package");
    assertThat(findings.get(4).level()).isEqualTo(RiskLevel.HIGH);
    assertThat(findings.subList(0, 4))
        .allSatisfy(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
              assertThat(f.category()).isEqualTo(RiskCategory.METADATA);
              assertThat(f.remediation()).isNotBlank();
            });
  }

  @Test
  void aSummaryThatOnlyRepeatsTheNameOrIsTooShortIsVague() {
    assertThat(check(wellKept("fast-json").summary("Fast JSON")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("summary is too vague"));
    assertThat(check(wellKept("pkg").summary("A tool")))
        .singleElement()
        .satisfies(f -> assertThat(f.evidence().values()).containsEntry("summary", "A tool"));
    assertThat(
            rule.evaluate(
                metadata(
                    wellKept("pkg").summary("A tool").build(),
                    Map.of("min-summary-length", 3L),
                    "metadata-quality",
                    io.pkgguard.rules.Packages.PYPI)))
        .isEmpty();
  }

  @Test
  void aHomePageAloneCountsAsAProjectUrl() {
    assertThat(
            check(
                wellKept("pkg").projectUrls(Map.of()).homePage(Optional.of("https://example.org"))))
        .isEmpty();
  }

  @Test
  void placeholdersAndCopiesAreNotDescriptions() {
    assertThat(check(wellKept("pkg").summary("A Python package")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo("the summary is a placeholder: 'A Python package'"));
    assertThat(check(wellKept("pkg").summary("Lorem ipsum dolor sit amet")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("placeholder"));
    assertThat(
            check(
                wellKept("pkg")
                    .summary("Parses dates in any format")
                    .description("Parses dates in any format")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message()).isEqualTo("the description only repeats the" + " summary"));
    assertThat(check(wellKept("pkg").author(Optional.of("Your Name"))))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message()).isEqualTo("the author is a placeholder:" + " 'Your Name'"));
  }

  @Test
  void linksThatHideWhereTheyLeadAreFlagged() {
    for (String url :
        List.of("https://bit.ly/3abcd", "http://203.0.113.7/pkg", "http://[2001:db8::1]/x")) {
      assertThat(check(wellKept("pkg").projectUrls(Map.of("Homepage", url))))
          .as(url)
          .singleElement()
          .satisfies(f -> assertThat(f.message()).startsWith("a project URL" + " points to"));
    }
    assertThat(check(wellKept("pkg").projectUrls(Map.of("Homepage", "not a url at all ::"))))
        .isEmpty();
  }
}
