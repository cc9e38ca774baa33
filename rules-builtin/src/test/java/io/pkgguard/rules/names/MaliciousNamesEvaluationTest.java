package io.pkgguard.rules.names;

import static io.pkgguard.rules.Packages.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.SecurityRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recall of the three name rules on the names of real malicious PyPI packages ({@code
 * typosquat/malicious-names.tsv}: 1,686 names from a public dataset, split by when it listed them).
 * The counts are the figures docs/typosquat.md reports: a change that catches more or fewer
 * names fails here until the page says so. Each name's level is written to {@code
 * target/detection/malicious-names.tsv}.
 */
class MaliciousNamesEvaluationTest {

  /** Names flagged MEDIUM or above, by part, as docs/typosquat.md reports them. */
  static final Map<String, Integer> FLAGGED = Map.of("older", 152, "newer", 37);

  record Named(String name, String part) {}

  record Judged(String name, String part, RiskLevel level, String rule, String message) {}

  static List<Named> names() {
    try (InputStream in =
        MaliciousNamesEvaluationTest.class.getResourceAsStream("/typosquat/malicious-names.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .map(f -> new Named(f[0], f[1]))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Judged judge(Named named) {
    Map<String, SecurityRule> rules =
        Map.of(
            "name-format", new NameFormatRule(),
            "name-keywords", new NameKeywordsRule(),
            "typosquat", new TyposquatRule());
    List<Judged> findings = new ArrayList<>();
    rules.forEach(
        (id, rule) -> {
          for (Finding finding : rule.evaluate(request(named.name(), Map.of(), id))) {
            findings.add(
                new Judged(named.name(), named.part(), finding.level(), id, finding.message()));
          }
        });
    return findings.stream()
        .max(Comparator.comparing(Judged::level))
        .orElse(new Judged(named.name(), named.part(), RiskLevel.NONE, "", ""));
  }

  @Test
  void flagsTheDocumentedShareOfRealMaliciousNamesInEachPart() throws IOException {
    List<Judged> judged = names().stream().map(MaliciousNamesEvaluationTest::judge).toList();
    Path out = Path.of("target", "detection", "malicious-names.tsv");
    Files.createDirectories(out.getParent());
    StringBuilder table = new StringBuilder("name\tpart\tlevel\trule\tmessage\n");
    judged.forEach(
        j ->
            table.append(
                String.join("\t", j.name(), j.part(), j.level().name(), j.rule(), j.message())
                    + "\n"));
    Files.writeString(out, table);

    assertThat(judged).hasSize(1_686);
    FLAGGED.forEach(
        (part, expected) ->
            assertThat(
                    judged.stream()
                        .filter(j -> j.part().equals(part))
                        .filter(j -> j.level().compareTo(RiskLevel.MEDIUM) >= 0)
                        .count())
                .as(
                    "names of the %s part flagged MEDIUM or above; if a change moved this,"
                        + " update FLAGGED and docs/typosquat.md",
                    part)
                .isEqualTo(expected.longValue()));
  }
}
