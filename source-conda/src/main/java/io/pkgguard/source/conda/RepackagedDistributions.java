package io.pkgguard.source.conda;

import io.pkgguard.api.AdvisoryQuery;
import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The PyPI distributions a conda package installs, read from the metadata pip leaves in {@code
 * site-packages} ({@code <name>-<version>.dist-info/METADATA}, or an older {@code .egg-info}):
 * the code conda installs is that distribution, so its PyPI advisories apply. Nothing is guessed
 * from the conda name.
 */
final class RepackagedDistributions {

  private static final Pattern METADATA =
      Pattern.compile("(?:^|/)site-packages/[^/]+\\.(?:dist-info/METADATA|egg-info/PKG-INFO)");
  private static final Pattern EGG_INFO_FILE =
      Pattern.compile("(?:^|/)site-packages/[^/]+\\.egg-info");
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,198}[A-Za-z0-9])?");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9.!+_-]{1,100}");

  private RepackagedDistributions() {}

  static List<AdvisoryQuery> of(InspectedDistribution conda) {
    Set<AdvisoryQuery> found = new LinkedHashSet<>();
    for (ArchiveEntry entry : conda.entries()) {
      if (entry.type() != ArchiveEntry.Type.FILE || entry.text().isEmpty()) {
        continue;
      }
      String path = entry.path();
      if (METADATA.matcher(path).find() || EGG_INFO_FILE.matcher(path).matches()) {
        read(entry.text().get()).ifPresent(found::add);
      }
    }
    return new ArrayList<>(found);
  }

  /** The {@code Name} and {@code Version} headers, before the first blank line. */
  private static Optional<AdvisoryQuery> read(String metadata) {
    String name = null;
    String version = null;
    for (String line : metadata.split("\r?\n", 200)) {
      if (line.isBlank()) {
        break;
      }
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("name:") && name == null) {
        name = line.substring(5).strip();
      } else if (lower.startsWith("version:") && version == null) {
        version = line.substring(8).strip();
      }
    }
    if (name == null
        || version == null
        || !NAME.matcher(name).matches()
        || !VERSION.matcher(version).matches()) {
      return Optional.empty();
    }
    String normalized = name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    return Optional.of(new AdvisoryQuery(PackageId.pypi(normalized), version));
  }
}
