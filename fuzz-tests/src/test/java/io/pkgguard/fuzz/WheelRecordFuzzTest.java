package io.pkgguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RuleContext;
import io.pkgguard.rules.content.DistributionFilesRule;
import java.util.List;

/**
 * A wheel's RECORD (and its METADATA, the input again) as the distribution-files rule reads them:
 * findings, never an exception.
 */
class WheelRecordFuzzTest {

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) {
    String text = Inputs.text(input);
    RuleContext context =
        RuleInputs.context(
            "",
            RuleInputs.inspected(
                "pkg-1.0-py3-none-any.whl",
                input.length,
                ArchiveEntry.textFile("pkg/__init__.py", "VALUE = 1\n"),
                ArchiveEntry.textFile("pkg-1.0.dist-info/METADATA", text),
                ArchiveEntry.textFile("pkg-1.0.dist-info/RECORD", text)));
    ParserContract.holds(
        () -> {
          List<Finding> findings = new DistributionFilesRule().evaluate(context);
          assertThat(findings).doesNotContainNull();
        });
  }
}
