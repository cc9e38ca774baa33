package io.pkgguard.rules.vulnerabilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CVSS v4.0 base scores, against the FIRST calculator (resources: cvss4-reference-scores.tsv). */
class CvssV4Test {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N, 9.3",
    "CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N, 8.5",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N, 0.0",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U, 9.3"
  })
  void knownVectors(String vector, String score) {
    // the base score ignores threat metrics (E:U lowers only the CVSS-BT score)
    assertThat(CvssV4.baseScore(vector))
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo(score));
  }

  @Test
  void agreesWithTheFirstCalculatorOnThreeThousandVectors() throws IOException {
    List<String> disagreements = new ArrayList<>();
    int rows = 0;
    try (InputStream in = getClass().getResourceAsStream("cvss4-reference-scores.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows++;
        String[] f = line.split("\t");
        BigDecimal expected = new BigDecimal(f[1]);
        BigDecimal actual = CvssV4.baseScore(f[0]).orElse(null);
        if (actual == null || actual.compareTo(expected) != 0) {
          disagreements.add(f[0] + " expected " + expected + " got " + actual);
        }
      }
    }
    assertThat(rows).isEqualTo(3000);
    assertThat(disagreements).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N",
        "CVSS:4.0/AV:X/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "CVSS:4.0/AV:N/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"
      })
  void aVectorThatIsNotACompleteV4BaseVectorHasNoScore(String vector) {
    assertThat(CvssV4.baseScore(vector)).isEmpty();
  }
}
