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
import io.pkgguard.rules.content.DistributionFilesRule;
import java.net.URI;
import java.util.List;

/**
 * A wheel's RECORD (and its METADATA, the input again) as the distribution-files rule reads them:
 * findings, never an exception.
 */
class WheelRecordFuzzTest {

  private static final DistributionFile WHEEL =
      DistributionFile.of(
          "pkg-1.0-py3-none-any.whl",
          URI.create("https://files.example/pkg-1.0-py3-none-any.whl"),
          DistributionFile.Kind.WHEEL);

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
                ArchiveEntry.textFile("pkg/__init__.py", "VALUE = 1\n"),
                ArchiveEntry.textFile("pkg-1.0.dist-info/METADATA", text),
                ArchiveEntry.textFile("pkg-1.0.dist-info/RECORD", text)),
            List.of());
    PackageMetadata metadata =
        PackageMetadata.builder(
                PackageId.pypi("pkg"), "1.0", URI.create("https://pypi.example/pypi/pkg/json"))
            .files(List.of(WHEEL))
            .build();
    RuleContext context =
        RuleContext.builder(PackageRequest.of(PackageId.pypi("pkg")))
            .metadata(metadata)
            .distributions(List.of(wheel))
            .build();
    ParserContract.holds(
        () -> {
          List<Finding> findings = new DistributionFilesRule().evaluate(context);
          assertThat(findings).doesNotContainNull();
        });
  }
}
