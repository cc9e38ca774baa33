package io.pkgguard.rules;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Release;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.source.pypi.names.PythonNames;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Inline fixtures for rule specifications: a well-kept PyPI package, to be spoiled per test. */
public final class Packages {

  public static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final SourceDescriptor PYPI =
      new SourceDescriptor(
          "pypi", "pypi", URI.create("https://pypi.org/pypi"), Set.of("files.pythonhosted.org"));

  private Packages() {}

  /** A file on PyPI's file host, uploaded at {@code when}. */
  public static DistributionFile file(String filename, DistributionFile.Kind kind, Instant when) {
    return DistributionFile.of(
            filename, URI.create("https://files.pythonhosted.org/packages/ab/cd/" + filename), kind)
        .withSha256("0f".repeat(32))
        .withUploadTime(when);
  }

  /** A complete, old, well-described package with a wheel and an sdist. */
  public static PackageMetadata.Builder wellKept(String name) {
    Instant first = Instant.parse("2015-03-01T00:00:00Z");
    List<DistributionFile> files =
        List.of(
            file(
                name + "-2.0-py3-none-any.whl",
                DistributionFile.Kind.WHEEL,
                NOW.minusSeconds(86400L * 400)),
            file(
                name + "-2.0.tar.gz", DistributionFile.Kind.SDIST, NOW.minusSeconds(86400L * 400)));
    return PackageMetadata.builder(
            PackageId.pypi(name), "2.0", URI.create("https://pypi.org/pypi/" + name + "/json"))
        .summary("Does one useful thing well")
        .description("A long description of what it does and how to use it.")
        .author(Optional.of("Ada Lovelace"))
        .authorEmail(Optional.of("ada@example.org"))
        .licenseExpression(Optional.of("MIT"))
        .projectUrls(Map.of("Source", "https://github.com/example/" + name))
        .releases(
            List.of(
                new Release(
                    "1.0", List.of(file(name + "-1.0.tar.gz", DistributionFile.Kind.SDIST, first))),
                new Release("2.0", files)))
        .files(files);
  }

  /** A context for a request-stage rule. */
  public static RuleContext request(String name, Map<String, ?> parameters, String ruleId) {
    return RuleContext.builder(PackageRequest.of(PackageId.pypi(name)))
        .names(PythonNames.scheme())
        .parameters(RuleParameters.of(ruleId, parameters))
        .clock(CLOCK)
        .source(PYPI)
        .build();
  }

  /** A context for a metadata-stage rule. */
  public static RuleContext metadata(
      PackageMetadata metadata, Map<String, ?> parameters, String ruleId, SourceDescriptor source) {
    return RuleContext.builder(PackageRequest.of(metadata.id()))
        .metadata(metadata)
        .names(PythonNames.scheme())
        .parameters(RuleParameters.of(ruleId, parameters))
        .clock(CLOCK)
        .source(source)
        .build();
  }

  public static RuleContext metadata(PackageMetadata metadata, String ruleId) {
    return metadata(metadata, Map.of(), ruleId, PYPI);
  }
}
