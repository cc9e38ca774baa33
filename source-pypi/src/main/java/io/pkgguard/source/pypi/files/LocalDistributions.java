package io.pkgguard.source.pypi.files;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.Release;
import io.pkgguard.api.SourceException;
import io.pkgguard.source.pypi.metadata.CoreMetadata;
import io.pkgguard.source.pypi.metadata.CoreMetadataParser;
import io.pkgguard.source.pypi.metadata.InvalidCoreMetadataException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a local wheel or sdist says about itself: a wheel's one {@code .dist-info/METADATA}, an
 * sdist's top-level {@code PKG-INFO} (the core metadata every standard build tool writes).
 * Conda packages and other archives are not recognised.
 */
public final class LocalDistributions {

  private static final Pattern WHEEL_METADATA = Pattern.compile("[^/]+\\.dist-info/METADATA");
  private static final Pattern SDIST_METADATA = Pattern.compile("[^/]+/PKG-INFO");

  private LocalDistributions() {}

  /** The metadata, or empty if the file is neither a wheel nor an sdist by its name. */
  public static Optional<PackageMetadata> describe(InspectedDistribution distribution)
      throws SourceException {
    String filename = distribution.file().filename();
    DistributionFile.Kind kind = DistributionFile.Kind.ofFileName(filename);
    boolean wheel = kind == DistributionFile.Kind.WHEEL;
    boolean sdist = kind == DistributionFile.Kind.SDIST;
    if (!wheel && !sdist) {
      return Optional.empty();
    }
    if (sdist
        && distribution.entries().stream().anyMatch(e -> e.path().equals("info/index.json"))) {
      return Optional.empty(); // a conda package in the .tar.bz2 format
    }
    Pattern where = wheel ? WHEEL_METADATA : SDIST_METADATA;
    List<ArchiveEntry> candidates =
        distribution.entries().stream()
            .filter(e -> e.type() == ArchiveEntry.Type.FILE && where.matcher(e.path()).matches())
            .toList();
    String expected = wheel ? "one .dist-info/METADATA" : "a PKG-INFO in its top directory";
    if (candidates.size() != 1
        || candidates.get(0).text().isEmpty()
        || candidates.get(0).textTruncated()) {
      throw new SourceException(
          SourceException.Reason.MALFORMED,
          filename
              + " should hold "
              + expected
              + (candidates.isEmpty()
                  ? ", and holds none"
                  : candidates.size() > 1
                      ? ", and holds " + candidates.size()
                      : ", and it could not be read in full")
              + ": it was not built by a standard tool, or is damaged");
    }
    CoreMetadata core;
    try {
      core =
          CoreMetadataParser.parse(candidates.get(0).text().get().getBytes(StandardCharsets.UTF_8));
    } catch (InvalidCoreMetadataException e) {
      throw new SourceException(
          SourceException.Reason.MALFORMED,
          filename + ": " + candidates.get(0).path() + ": " + e.getMessage(),
          e);
    }
    DistributionFile file =
        new DistributionFile(
            filename,
            distribution.file().url(),
            Optional.of(distribution.sha256()),
            java.util.OptionalLong.of(distribution.bytes()),
            kind,
            Optional.empty(),
            false,
            Optional.empty(),
            core.requiresPython(),
            Optional.empty());
    return Optional.of(
        PackageMetadata.builder(
                PackageId.pypi(core.name()), core.version(), distribution.file().url())
            .summary(core.summary())
            .description(core.description())
            .author(core.author())
            .authorEmail(core.authorEmail())
            .maintainer(core.maintainer())
            .maintainerEmail(core.maintainerEmail())
            .license(core.license())
            .licenseExpression(core.licenseExpression())
            .classifiers(core.classifiers())
            .projectUrls(core.projectUrls())
            .homePage(core.homePage())
            .requiresDist(core.requiresDist())
            .requiresPython(core.requiresPython())
            .releases(List.of(new Release(core.version(), List.of(file))))
            .files(List.of(file))
            .build());
  }
}
