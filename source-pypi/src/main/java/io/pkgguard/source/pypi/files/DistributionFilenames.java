package io.pkgguard.source.pypi.files;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.source.pypi.names.PythonNames;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The version a distribution's file name declares, which is all the Simple API says about it
 * (its kind: {@link io.pkgguard.api.DistributionFile.Kind#ofFileName}): wheels are {@code
 * {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl} (the binary distribution format),
 * source distributions {@code {name}-{version}.tar.gz} (older ones also {@code .zip}, {@code
 * .tar.bz2}, {@code .tgz}), eggs {@code {name}-{version}-{py}.egg}.
 */
public final class DistributionFilenames {

  private static final List<String> SDIST_ENDINGS =
      List.of(".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".zip", ".tar");

  private DistributionFilenames() {}

  /** The version in a file name of the project {@code normalizedName}, if it can be read. */
  public static Optional<String> version(String filename, String normalizedName) {
    String lower = filename.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".whl") || lower.endsWith(".egg")) {
      String[] parts = filename.substring(0, filename.length() - 4).split("-");
      return parts.length >= 2 && PythonNames.scheme().normalize(parts[0]).equals(normalizedName)
          ? Optional.of(parts[1])
          : Optional.empty();
    }
    String stem = null;
    for (String ending : SDIST_ENDINGS) {
      if (lower.endsWith(ending)) {
        stem = filename.substring(0, filename.length() - ending.length());
        break;
      }
    }
    if (stem == null) {
      int dot = filename.lastIndexOf('.');
      stem = dot > 0 ? filename.substring(0, dot) : filename;
    }
    // The name part may itself contain '-' in old sdists: find the dash after which the rest is
    // the version, i.e. where the part before it normalises to the project's name.
    for (int dash = stem.indexOf('-'); dash > 0; dash = stem.indexOf('-', dash + 1)) {
      if (PythonNames.scheme().normalize(stem.substring(0, dash)).equals(normalizedName)) {
        String version = stem.substring(dash + 1);
        if (DistributionFile.Kind.ofFileName(filename) == DistributionFile.Kind.INSTALLER) {
          // name-1.0.win32.exe, name-1.0.win-amd64-py3.8.exe
          version = version.replaceFirst("\\.(win32|win-amd64|linux-\\w+|macosx-.*)(-py.*)?$", "");
        }
        return version.isEmpty() ? Optional.empty() : Optional.of(version);
      }
    }
    return Optional.empty();
  }
}
