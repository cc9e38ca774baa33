package io.pkgguard.rules.content;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.ArchiveProblem;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.InspectedDistribution.Format;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.rules.Packages;
import io.pkgguard.source.pypi.names.PythonNames;
import io.pkgguard.source.pypi.versions.PypiVersionScheme;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Inspected files built entry by entry, as the core's archive reader would hand them over. */
final class Distributions {

  private Distributions() {}

  static DistributionFile wheelFile(String filename) {
    return Packages.file(filename, DistributionFile.Kind.WHEEL, Packages.NOW);
  }

  static DistributionFile sdistFile(String filename) {
    return Packages.file(filename, DistributionFile.Kind.SDIST, Packages.NOW);
  }

  static InspectedDistribution inspected(
      DistributionFile file, List<ArchiveEntry> entries, ArchiveProblem... problems) {
    Format format =
        file.filename().endsWith(".whl") || file.filename().endsWith(".zip")
            ? Format.ZIP
            : Format.TAR;
    return new InspectedDistribution(
        file, "ab".repeat(32), 1000, format, entries, List.of(problems));
  }

  /** A text file whose SHA-256 is known, as in a wheel. */
  static ArchiveEntry hashed(String path, String text) {
    return new ArchiveEntry(
        path,
        ArchiveEntry.Type.FILE,
        text.length(),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.of(sha256(text)),
        ArchiveEntry.BinaryFormat.NONE,
        Optional.of(text),
        false);
  }

  /** A binary file with a known digest. */
  static ArchiveEntry binary(String path, ArchiveEntry.BinaryFormat format) {
    return new ArchiveEntry(
        path,
        ArchiveEntry.Type.FILE,
        64,
        OptionalInt.empty(),
        Optional.empty(),
        Optional.of(sha256(path)),
        format,
        Optional.empty(),
        false);
  }

  /** A consistent wheel of {@code name} 2.0 holding {@code files} plus METADATA and RECORD. */
  static InspectedDistribution wheel(String name, String metadata, ArchiveEntry... files) {
    String distInfo = name + "-2.0.dist-info/";
    List<ArchiveEntry> entries = new java.util.ArrayList<>(List.of(files));
    entries.add(hashed(distInfo + "METADATA", metadata));
    StringBuilder record = new StringBuilder();
    for (ArchiveEntry e : entries) {
      record
          .append(e.path().contains(",") ? "\"" + e.path() + "\"" : e.path())
          .append(",sha256=")
          .append(WheelRecord.urlSafe(e.sha256().orElseThrow()))
          .append(',')
          .append(e.size())
          .append('\n');
    }
    record.append(distInfo).append("RECORD,,\n");
    entries.add(ArchiveEntry.textFile(distInfo + "RECORD", record.toString()));
    return inspected(wheelFile(name + "-2.0-py3-none-any.whl"), entries);
  }

  static String metadataOf(String name, String version, String... requires) {
    StringBuilder text =
        new StringBuilder("Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n");
    for (String r : requires) {
      text.append("Requires-Dist: ").append(r).append('\n');
    }
    return text.append("\nThe long description.\nName: not a header\n").toString();
  }

  static RuleContext context(
      PackageMetadata metadata,
      Map<String, ?> parameters,
      String ruleId,
      InspectedDistribution... distributions) {
    return RuleContext.builder(PackageRequest.of(metadata.id()))
        .metadata(metadata)
        .names(PythonNames.scheme())
        .versions(PypiVersionScheme.scheme())
        .parameters(RuleParameters.of(ruleId, parameters))
        .clock(Packages.CLOCK)
        .source(Packages.PYPI)
        .distributions(List.of(distributions))
        .build();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
