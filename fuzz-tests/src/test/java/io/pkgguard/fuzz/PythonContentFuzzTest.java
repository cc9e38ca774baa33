package io.pkgguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RuleContext;
import io.pkgguard.rules.content.ContentRule;
import java.net.URI;
import java.util.List;

/**
 * Any text as a Python module, a start-up hook and an sdist's setup.py, judged by the content
 * rule: its patterns, the Python split and the data flows that follow values through statements
 * give findings, never an exception, within the budget.
 */
class PythonContentFuzzTest {

  private static final DistributionFile WHEEL =
      DistributionFile.of(
          "pkg-1.0-py3-none-any.whl",
          URI.create("https://files.example/pkg-1.0-py3-none-any.whl"),
          DistributionFile.Kind.WHEEL);
  private static final DistributionFile SDIST =
      DistributionFile.of(
          "pkg-1.0.tar.gz",
          URI.create("https://files.example/pkg-1.0.tar.gz"),
          DistributionFile.Kind.SDIST);

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) {
    String text = Inputs.text(input);
    InspectedDistribution wheel =
        new InspectedDistribution(
            WHEEL,
            "00".repeat(32),
            input.length,
            InspectedDistribution.Format.ZIP,
            List.of(
                ArchiveEntry.textFile("pkg/__init__.py", text),
                ArchiveEntry.textFile("pkg_boot.pth", text)),
            List.of());
    InspectedDistribution sdist =
        new InspectedDistribution(
            SDIST,
            "00".repeat(32),
            input.length,
            InspectedDistribution.Format.TAR,
            List.of(ArchiveEntry.textFile("pkg-1.0/setup.py", text)),
            List.of());
    PackageMetadata metadata =
        PackageMetadata.builder(
                PackageId.pypi("pkg"), "1.0", URI.create("https://pypi.example/pypi/pkg/json"))
            .summary("String utilities")
            .files(List.of(WHEEL, SDIST))
            .build();
    RuleContext context =
        RuleContext.builder(PackageRequest.of(PackageId.pypi("pkg")))
            .metadata(metadata)
            .distributions(List.of(wheel, sdist))
            .build();
    ParserContract.holds(
        () -> {
          List<Finding> findings = new ContentRule().evaluate(context);
          assertThat(findings).doesNotContainNull();
        });
  }
}
