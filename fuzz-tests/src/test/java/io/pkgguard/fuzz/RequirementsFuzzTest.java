package io.pkgguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.source.pypi.requirements.InvalidRequirementException;
import io.pkgguard.source.pypi.requirements.Requirement;
import io.pkgguard.source.pypi.requirements.RequirementParser;

/**
 * PEP 508 requirements and markers, as typed on a command line or found in an index's
 * {@code requires_dist}: parsed, or refused with the typed error; a parsed requirement's canonical
 * form reads back as the same requirement.
 */
class RequirementsFuzzTest {

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) {
    String text = Inputs.text(input);
    ParserContract.holds(
        () -> {
          Requirement parsed = RequirementParser.parse(text);
          Requirement again = RequirementParser.parse(parsed.toString());
          assertThat(again.toString()).isEqualTo(parsed.toString());
        },
        InvalidRequirementException.class);
  }
}
