package io.pkgguard.rules.vulnerabilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Base scores against the CVSS v3.1 specification's equations; the expected values are those
 * the specification's own examples and FIRST's calculator give for these vectors.
 */
class CvssV3Test {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, critical",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 10.0, critical",
    "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:N/A:N, 5.3, medium",
    "CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N, 5.5, medium",
    "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N, 6.4, medium",
    "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N, 3.1, low",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N, 7.5, high",
    "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N, 0.0, none",
    "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H/E:P/RL:O, 9.1, critical"
  })
  void computesTheBaseScoreFromTheVector(String vector, String score, String rating) {
    BigDecimal computed = CvssV3.baseScore(vector).orElseThrow();
    assertThat(computed).isEqualByComparingTo(score);
    assertThat(CvssV3.rating(computed)).isEqualTo(rating);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:X",
        "CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "AV:N/AC:L/Au:N/C:P/I:P/A:P",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/garbage"
      })
  void aVectorThatIsNotACompleteV3VectorHasNoScore(String vector) {
    assertThat(CvssV3.baseScore(vector)).isEmpty();
  }

  @ParameterizedTest(name = "roundUp({0}) = {1}")
  @CsvSource({"4.0, 4.0", "4.000000000001, 4.0", "4.02, 4.1", "4.1, 4.1", "9.99, 10.0"})
  void roundsUpAsAppendixASays(double input, String expected) {
    assertThat(CvssV3.roundUp(input)).isEqualByComparingTo(expected);
  }
}
