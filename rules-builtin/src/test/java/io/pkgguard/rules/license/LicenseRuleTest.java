package io.pkgguard.rules.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.api.Decision;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import io.pkgguard.testkit.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** license, run through a real guard on projects whose licence fields PyPI reports. */
class LicenseRuleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A project whose info carries these licence fields (absent when null). */
  static String project(String expression, String license, List<String> classifiers) {
    ObjectNode info =
        JSON.createObjectNode()
            .put("name", "demo")
            .put("version", "1.0")
            .put("summary", "Does things");
    info.put("license_expression", expression);
    info.put("license", license);
    classifiers.forEach(info.putArray("classifiers")::add);
    ObjectNode project = JSON.createObjectNode();
    project.set("info", info);
    project.putObject("releases").putArray("1.0");
    project.putArray("urls");
    return project.toString();
  }

  static RuleTester licence(String expression, String license, List<String> classifiers) {
    return RuleTester.forRule(LicenseRule.class).project(project(expression, license, classifiers));
  }

  static RuleTester expression(String expression) {
    return licence(expression, null, List.of());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MIT | NONE",
        "Apache-2.0 | NONE",
        "mit | NONE",
        "MPL-2.0 | NONE",
        "CC0-1.0 | NONE",
        "GPL-3.0-only | MEDIUM",
        "GPL-3.0 | MEDIUM",
        "AGPL-3.0-or-later | MEDIUM",
        "LicenseRef-Proprietary | CRITICAL",
        "LicenseRef-Acme-Internal | MEDIUM",
        "MIT OR GPL-3.0-only | NONE",
        "MIT AND GPL-3.0-only | MEDIUM",
        "GPL-2.0-only WITH Classpath-exception-2.0 | MEDIUM",
        "(MIT OR Apache-2.0) AND BSD-3-Clause | NONE",
        "MIT AND (LicenseRef-Proprietary OR GPL-2.0-or-later) | MEDIUM",
        "Elastic-2.0 OR LicenseRef-Proprietary | CRITICAL",
        "Apache-2.0 or MIT | NONE"
      })
  void evaluatesSpdxExpressionsAsTheSpecificationDefines(String expression, RiskLevel level) {
    expression(expression).expect(level, "").run();
  }

  @Test
  void saysWhichLicenceWasFoundWhere() {
    Verdict verdict =
        expression("mit or gpl-3.0+")
            .expect(RiskLevel.NONE, "licence MIT OR GPL-3.0-or-later (License-Expression)")
            .run();
    assertThat(verdict.findings().get(0).evidence().values())
        .containsEntry("found-in", "License-Expression")
        .containsEntry("kinds", "MIT is permissive, GPL-3.0-or-later is strong-copyleft");

    licence(
            null,
            null,
            List.of(
                "Programming Language :: Python",
                "License :: OSI Approved :: GNU General Public License v3 (GPLv3)"))
        .expect(
            RiskLevel.MEDIUM,
            "(classifier 'License :: OSI Approved :: GNU General Public" + " License v3 (GPLv3)')")
        .run();
  }

  @Test
  void readsTheFreeTextFieldAsANameAnExpressionOrALicenceText() {
    for (String text :
        List.of(
            "MIT License",
            "BSD",
            "Apache 2.0",
            "Apache-2.0 OR MIT",
            "Permission is hereby granted, free of charge, to any person obtaining a copy"
                + " ...".repeat(100))) {
      licence(null, text, List.of()).expect(RiskLevel.NONE, "").run();
    }
    licence(null, "see the LICENSE file, mostly", List.of())
        .expect(RiskLevel.MEDIUM, "the licence could not be identified")
        .run();
  }

  @Test
  void policyListsTakeIdentifiersAndKinds() {
    expression("GPL-3.0-only")
        .policy(
            """
            [rules.license]
            allowed = ["GPL-3.0-only"]
            """)
        .expect(RiskLevel.NONE, "GPL-3.0-only")
        .run();
    expression("MIT")
        .policy(
            """
            [rules.license]
            denied = ["permissive"]
            """)
        .expect(RiskLevel.CRITICAL, "MIT")
        .expectDecision(Decision.REJECT)
        .run();
  }

  @Test
  void brokenOrHostileLicenceFieldsGiveClearFindings() {
    expression("MIT AND (Apache-2.0")
        .expect(RiskLevel.MEDIUM, "not a valid SPDX expression: a '(' is not closed")
        .run();
    expression("(".repeat(60) + "MIT" + ")".repeat(60))
        .expect(RiskLevel.MEDIUM, "nested deeper than 50")
        .run();
    Verdict huge =
        licence(null, "x".repeat(100_000), List.of())
            .expect(RiskLevel.MEDIUM, "could not be identified")
            .run();
    assertThat(huge.findings().get(0).message()).hasSizeLessThan(300);
    expression("MIT; rm -rf /").expect(RiskLevel.MEDIUM, "unexpected character ';'").run();
  }

  @Test
  void classifiersThatDoNotExistAreUnknownNotAllowed() {
    licence(
            null,
            null,
            List.of("License :: OSI Approved :: Totally Free Licence", "Topic :: Nonsense"))
        .expect(RiskLevel.MEDIUM, "Totally Free Licence")
        .run();
  }

  @Test
  void nothingDeclaredIsLeftToMetadataQuality() {
    licence(null, null, List.of()).expectNoFindings().run();
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
