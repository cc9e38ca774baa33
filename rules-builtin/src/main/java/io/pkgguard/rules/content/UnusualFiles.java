package io.pkgguard.rules.content;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.ArchiveEntry.BinaryFormat;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Files a Python distribution should not need: executables and scripts for other shells, native
 * binaries in a wheel tagged pure Python or in a source archive, and native binaries disguised
 * under a harmless name. Conda packages ship programs and libraries by nature: in them only
 * disguised binaries are reported.
 */
final class UnusualFiles {

  /** Native library extensions: normal in a platform wheel, odd anywhere else. */
  private static final Set<String> NATIVE = Set.of(".so", ".dll", ".dylib", ".pyd");

  /** Names under which a native executable has no business hiding. */
  private static final Set<String> HARMLESS =
      Set.of(
          ".py", ".pyi", ".pth", ".txt", ".md", ".rst", ".json", ".yaml", ".yml", ".toml", ".cfg",
          ".ini", ".csv", ".html", ".css", ".js", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico",
          ".pdf", ".xml", ".typed");

  /** What was found, by kind. */
  record Found(
      List<String> executables,
      List<String> nativeInPureWheel,
      List<String> nativeInSdist,
      List<String> disguised) {}

  private UnusualFiles() {}

  /** {@return whether the file is a conda package ({@code .conda}, or {@code .tar.bz2} from a channel)} */
  static boolean isConda(InspectedDistribution distribution) {
    return distribution.format() == InspectedDistribution.Format.CONDA
        || distribution.file().kind() == DistributionFile.Kind.CONDA;
  }

  static Found find(
      InspectedDistribution distribution,
      List<String> unusualExtensions,
      List<String> allowedPatterns) {
    List<Pattern> allowed = allowedPatterns.stream().map(UnusualFiles::glob).toList();
    boolean wheel = distribution.file().filename().toLowerCase(Locale.ROOT).endsWith(".whl");
    boolean pure = wheel && pureWheel(distribution.file().filename());
    boolean conda = isConda(distribution);
    boolean sdist =
        distribution.file().kind() == DistributionFile.Kind.SDIST
            || (!wheel && !conda && distribution.format() == InspectedDistribution.Format.TAR);
    List<String> executables = new ArrayList<>();
    List<String> nativeInPure = new ArrayList<>();
    List<String> nativeInSdist = new ArrayList<>();
    List<String> disguised = new ArrayList<>();
    for (ArchiveEntry entry : distribution.entries()) {
      if (entry.type() != ArchiveEntry.Type.FILE || isAllowed(entry.path(), allowed)) {
        continue;
      }
      String lower = entry.fileName().toLowerCase(Locale.ROOT);
      String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.')) : "";
      boolean binary = entry.binaryFormat() != BinaryFormat.NONE;
      if (binary && HARMLESS.contains(extension)) {
        disguised.add(entry.path() + " (" + entry.binaryFormat() + ")");
      } else if (conda) {
        continue; // programs and libraries are what many conda packages ship
      } else if (unusualExtensions.stream().anyMatch(lower::endsWith)
          && !NATIVE.contains(extension)) {
        executables.add(entry.path());
      } else if (binary || NATIVE.contains(extension)) {
        if (pure) {
          nativeInPure.add(entry.path());
        } else if (sdist) {
          nativeInSdist.add(entry.path());
        }
      }
    }
    return new Found(executables, nativeInPure, nativeInSdist, disguised);
  }

  private static boolean isAllowed(String path, List<Pattern> allowed) {
    return allowed.stream().anyMatch(p -> p.matcher(path).matches());
  }

  /** A glob as a pattern: {@code **} any text, {@code *} any text within one directory. */
  static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** Whether a wheel's name carries only the {@code none} ABI and the {@code any} platform. */
  static boolean pureWheel(String filename) {
    String[] parts = filename.toLowerCase(Locale.ROOT).replaceAll("\\.whl$", "").split("-");
    if (parts.length < 5) {
      return false;
    }
    return List.of(parts[parts.length - 2].split("\\.")).equals(List.of("none"))
        && List.of(parts[parts.length - 1].split("\\.")).equals(List.of("any"));
  }
}
