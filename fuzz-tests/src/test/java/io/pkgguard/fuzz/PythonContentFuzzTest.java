package io.pkgguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RuleContext;
import io.pkgguard.rules.content.ContentRule;
import java.util.List;

/**
 * Any text as a Python module, a start-up hook and an sdist's setup.py, judged by the content
 * rule: its patterns, the Python split and the data flows that follow values through statements
 * give findings, never an exception, within the budget.
 */
class PythonContentFuzzTest {

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) {
    String text = Inputs.text(input);
    RuleContext context =
        RuleInputs.context(
            "String utilities",
            RuleInputs.inspected(
                "pkg-1.0-py3-none-any.whl",
                input.length,
                ArchiveEntry.textFile("pkg/__init__.py", text),
                ArchiveEntry.textFile("pkg_boot.pth", text)),
            RuleInputs.inspected(
                "pkg-1.0.tar.gz", input.length, ArchiveEntry.textFile("pkg-1.0/setup.py", text)));
    ParserContract.holds(
        () -> {
          List<Finding> findings = new ContentRule().evaluate(context);
          assertThat(findings).doesNotContainNull();
        });
  }
}
