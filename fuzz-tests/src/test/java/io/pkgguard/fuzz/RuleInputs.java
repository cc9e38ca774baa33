package io.pkgguard.fuzz;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RuleContext;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** What the targets that feed a rule hand it: inspected files of project pkg 1.0, and a context. */
final class RuleInputs {

  private RuleInputs() {}

  /** A file of pkg as the core would have read it: a wheel (zip) or an sdist (tar), by its name. */
  static InspectedDistribution inspected(String fileName, long size, ArchiveEntry... entries) {
    boolean wheel = fileName.endsWith(".whl");
    return new InspectedDistribution(
        DistributionFile.of(
            fileName,
            URI.create("https://files.example/" + fileName),
            wheel ? DistributionFile.Kind.WHEEL : DistributionFile.Kind.SDIST),
        "00".repeat(32),
        size,
        wheel ? InspectedDistribution.Format.ZIP : InspectedDistribution.Format.TAR,
        List.of(entries),
        List.of());
  }

  /** The context of pkg 1.0 with these files, its metadata claiming {@code summary}. */
  static RuleContext context(String summary, InspectedDistribution... distributions) {
    PackageMetadata metadata =
        PackageMetadata.builder(
                PackageId.pypi("pkg"), "1.0", URI.create("https://pypi.example/pypi/pkg/json"))
            .summary(summary)
            .files(Arrays.stream(distributions).map(InspectedDistribution::file).toList())
            .build();
    return RuleContext.builder(PackageRequest.of(PackageId.pypi("pkg")))
        .metadata(metadata)
        .distributions(List.of(distributions))
        .build();
  }
}
