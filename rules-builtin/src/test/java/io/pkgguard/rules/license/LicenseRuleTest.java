package io.pkgguard.rules.license;

import static io.pkgguard.rules.Packages.metadata;
import static io.pkgguard.rules.Packages.wellKept;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.rules.Packages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseRuleTest {

  private final LicenseRule rule = new LicenseRule();

  private Finding check(PackageMetadata.Builder builder, Map<String, ?> parameters) {
    List<Finding> findings = rule.evaluate(metadata(builder.build(), parameters, "license",
        Packages.PYPI));
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  private Finding expression(String expression) {
    return check(wellKept("demo").licenseExpression(Optional.of(expression)), Map.of());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "MIT | NONE", "Apache-2.0 | NONE", "mit | NONE", "MPL-2.0 | NONE", "CC0-1.0 | NONE",
      "GPL-3.0-only | MEDIUM", "GPL-3.0 | MEDIUM", "AGPL-3.0-or-later | MEDIUM",
      "LicenseRef-Proprietary | CRITICAL", "LicenseRef-Acme-Internal | MEDIUM",
      "MIT OR GPL-3.0-only | NONE", "MIT AND GPL-3.0-only | MEDIUM",
      "GPL-2.0-only WITH Classpath-exception-2.0 | MEDIUM",
      "(MIT OR Apache-2.0) AND BSD-3-Clause | NONE",
      "MIT AND (LicenseRef-Proprietary OR GPL-2.0-or-later) | MEDIUM",
      "Elastic-2.0 OR LicenseRef-Proprietary | CRITICAL",
      "Apache-2.0 or MIT | NONE"})
  void evaluatesSpdxExpressionsAsTheSpecificationDefines(String expression, RiskLevel level) {
    assertThat(expression(expression).level()).isEqualTo(level);
  }

  @Test
  void saysWhichLicenceWasFoundWhere() {
    Finding f = expression("mit or gpl-3.0+");
    assertThat(f.message()).isEqualTo("licence MIT OR GPL-3.0-or-later (License-Expression)");
    assertThat(f.evidence().values()).containsEntry("found-in", "License-Expression")
        .containsEntry("kinds", "MIT is permissive, GPL-3.0-or-later is strong-copyleft");
    Finding classifier = check(wellKept("demo").licenseExpression(Optional.empty())
        .license(Optional.empty()).classifiers(List.of("Programming Language :: Python",
            "License :: OSI Approved :: GNU General Public License v3 (GPLv3)")), Map.of());
    assertThat(classifier.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(classifier.message()).contains("(classifier 'License :: OSI Approved :: GNU"
        + " General Public License v3 (GPLv3)')");
  }

  @Test
  void readsTheFreeTextFieldAsANameAnExpressionOrALicenceText() {
    for (String text : List.of("MIT License", "BSD", "Apache 2.0", "Apache-2.0 OR MIT",
        "Permission is hereby granted, free of charge, to any person obtaining a copy"
            + " ...".repeat(100))) {
      assertThat(check(wellKept("demo").licenseExpression(Optional.empty())
          .license(Optional.of(text)), Map.of()).level()).as(text.substring(0, Math.min(10, text.length())))
          .isEqualTo(RiskLevel.NONE);
    }
    Finding gibberish = check(wellKept("demo").licenseExpression(Optional.empty())
        .license(Optional.of("see the LICENSE file, mostly")), Map.of());
    assertThat(gibberish.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(gibberish.message()).startsWith("the licence could not be identified");
  }

  @Test
  void policyListsTakeIdentifiersAndKinds() {
    assertThat(check(wellKept("demo").licenseExpression(Optional.of("GPL-3.0-only")),
        Map.of("allowed", List.of("GPL-3.0-only"))).level()).isEqualTo(RiskLevel.NONE);
    assertThat(check(wellKept("demo").licenseExpression(Optional.of("MIT")),
        Map.of("denied", List.of("permissive"))).level()).isEqualTo(RiskLevel.CRITICAL);
  }

  @Test
  void brokenOrHostileLicenceFieldsGiveClearFindings() {
    Finding broken = expression("MIT AND (Apache-2.0");
    assertThat(broken.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(broken.message()).contains("not a valid SPDX expression: a '(' is not closed");
    assertThat(expression("(".repeat(60) + "MIT" + ")".repeat(60)).message())
        .contains("nested deeper than 50");
    assertThat(check(wellKept("demo").licenseExpression(Optional.empty())
        .license(Optional.of("x".repeat(100_000))), Map.of()).message())
        .contains("could not be identified").hasSizeLessThan(300);
    assertThat(expression("MIT; rm -rf /").message()).contains("unexpected character ';'");
  }

  @Test
  void classifiersThatDoNotExistAreUnknownNotAllowed() {
    Finding invented = check(wellKept("demo").licenseExpression(Optional.empty())
        .license(Optional.empty()).classifiers(java.util.List.of(
            "License :: OSI Approved :: Totally Free Licence", "Topic :: Nonsense")), Map.of());
    assertThat(invented.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(invented.message()).contains("Totally Free Licence");
  }

  @Test
  void nothingDeclaredIsLeftToMetadataQuality() {
    assertThat(rule.evaluate(metadata(wellKept("demo").licenseExpression(Optional.empty())
        .license(Optional.empty()).build(), Map.of(), "license", Packages.PYPI))).isEmpty();
  }

  @Test
  void theParserFollowsTheGrammar() {
    assertThat(SpdxExpression.parse("MIT OR Apache-2.0 AND BSD-3-Clause"))
        .isInstanceOf(SpdxExpression.Or.class);
    assertThatThrownBy(() -> SpdxExpression.parse("")).hasMessage("empty");
    assertThatThrownBy(() -> SpdxExpression.parse("MIT OR")).hasMessageContaining("ends");
    assertThatThrownBy(() -> SpdxExpression.parse("AND MIT")).hasMessageContaining("'AND'");
    assertThatThrownBy(() -> SpdxExpression.parse("MIT WITH")).hasMessageContaining("WITH");
    assertThatThrownBy(() -> SpdxExpression.parse("x".repeat(2_001)))
        .hasMessageContaining("longer than");
  }
}
