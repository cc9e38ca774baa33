package io.pkgguard.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A distribution installed in an environment: its {@code .dist-info} directory, the name and
 * version its METADATA gives, and the files its RECORD lists.
 *
 * @param distInfo the {@code .dist-info} directory
 * @param name the project name, as METADATA gives it
 * @param version the version, as METADATA gives it
 * @param installer who installed it, from its INSTALLER file ({@code pip}); empty if not said
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InstalledDistribution(
    Path distInfo, String name, String version, Optional<String> installer) {

  /** {@return the name in PEP 503 normal form: lower case, runs of -_. as one -} */
  public String normalizedName() {
    return normalize(name);
  }

  /** {@return the directory RECORD paths are relative to} */
  Path base() {
    return distInfo.getParent();
  }

  /**
   * {@return the rows of its RECORD}
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if a row is not one an installer writes
   */
  List<RecordFile.Row> record() throws IOException {
    Path record = distInfo.resolve("RECORD");
    if (!Files.isRegularFile(record)) {
      return List.of();
    }
    return RecordFile.parse(Files.readString(record, StandardCharsets.UTF_8));
  }

  /** PEP 503: lower case, every run of -, _ and . as one -. */
  static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }

  /**
   * Every distribution in the given site-packages directories, by its METADATA.
   *
   * @param sitePackages where to look
   * @return them, ordered by normalized name
   * @throws IOException if a directory cannot be read
   */
  static List<InstalledDistribution> in(List<Path> sitePackages) throws IOException {
    List<InstalledDistribution> found = new ArrayList<>();
    for (Path dir : sitePackages) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (var entries = Files.list(dir)) {
        for (Path entry :
            entries
                .filter(
                    p -> p.getFileName().toString().endsWith(".dist-info") && Files.isDirectory(p))
                .toList()) {
          read(entry).ifPresent(found::add);
        }
      }
    }
    found.sort(
        java.util.Comparator.comparing(InstalledDistribution::normalizedName)
            .thenComparing(InstalledDistribution::version));
    return found;
  }

  private static Optional<InstalledDistribution> read(Path distInfo) throws IOException {
    Path metadata = distInfo.resolve("METADATA");
    if (!Files.isRegularFile(metadata)) {
      return Optional.empty();
    }
    String name = null;
    String version = null;
    try (var reader = Files.newBufferedReader(metadata, StandardCharsets.UTF_8)) {
      String line;
      int read = 0;
      // The headers end at the first empty line; the description after it may be long.
      while ((line = reader.readLine()) != null && !line.isEmpty() && read++ < 10_000) {
        if (name == null && line.regionMatches(true, 0, "Name:", 0, 5)) {
          name = line.substring(5).strip();
        } else if (version == null && line.regionMatches(true, 0, "Version:", 0, 8)) {
          version = line.substring(8).strip();
        }
      }
    } catch (java.nio.charset.MalformedInputException e) {
      return Optional.empty();
    }
    if (name == null || version == null) {
      return Optional.empty();
    }
    Path installerFile = distInfo.resolve("INSTALLER");
    Optional<String> installer =
        Files.isRegularFile(installerFile)
            ? Optional.of(Files.readString(installerFile, StandardCharsets.UTF_8).strip())
            : Optional.empty();
    return Optional.of(new InstalledDistribution(distInfo, name, version, installer));
  }
}
