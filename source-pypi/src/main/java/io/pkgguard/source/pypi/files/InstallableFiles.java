package io.pkgguard.source.pypi.files;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.TargetEnvironment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the file pip would install for a target environment: the most specific compatible wheel
 * (platform-specific over {@code any}, the interpreter's own ABI over {@code abi3} over {@code
 * none}), else the source distribution. Linux targets are taken as glibc ({@code manylinux}); a
 * target without {@code python_version} or {@code sys_platform} gets the pure-Python wheel, else
 * the sdist, else every wheel, since any of them might be the one installed.
 */
public final class InstallableFiles {

  private InstallableFiles() {}

  /** The files to inspect for {@code target}, from a release's {@code files}. */
  public static List<DistributionFile> choose(
      List<DistributionFile> files, TargetEnvironment target) {
    List<DistributionFile> candidates = files.stream().filter(f -> !f.yanked()).toList();
    if (candidates.isEmpty()) {
      candidates = files; // an exact pin of a yanked release installs its files
    }
    Optional<String> python = target.marker("python_version");
    Optional<String> platform = target.marker("sys_platform");
    List<DistributionFile> wheels =
        candidates.stream().filter(f -> WheelTags.of(f.filename()).isPresent()).toList();
    Optional<DistributionFile> sdist =
        candidates.stream()
            .filter(f -> f.kind() == DistributionFile.Kind.SDIST)
            .min(Comparator.comparing((DistributionFile f) -> !f.filename().endsWith(".tar.gz")));
    if (python.isEmpty() || platform.isEmpty()) {
      Optional<DistributionFile> pure =
          wheels.stream().filter(f -> WheelTags.of(f.filename()).orElseThrow().pure()).findFirst();
      if (pure.isPresent()) {
        return List.of(pure.get());
      }
      return sdist.map(List::of).orElse(wheels);
    }
    TargetTags tags =
        new TargetTags(
            python.get(),
            target.marker("implementation_name").orElse("cpython"),
            platform.get(),
            target.marker("platform_machine").orElse(""));
    DistributionFile best = null;
    int bestScore = -1;
    for (DistributionFile wheel : wheels) {
      int score = tags.score(WheelTags.of(wheel.filename()).orElseThrow());
      if (score > bestScore) {
        best = wheel;
        bestScore = score;
      }
    }
    if (best != null) {
      return List.of(best);
    }
    List<DistributionFile> fallback = new ArrayList<>();
    sdist.ifPresent(fallback::add);
    return fallback;
  }

  /** The tags a target accepts, with how specific each is. */
  private record TargetTags(
      String pythonVersion, String implementation, String sysPlatform, String machine) {

    /** -1 if the wheel does not install on the target, else higher for more specific. */
    int score(WheelTags wheel) {
      int best = -1;
      for (String py : wheel.pythons()) {
        for (String abi : wheel.abis()) {
          for (String platform : wheel.platforms()) {
            int p = platformScore(platform);
            int a = abiScore(py, abi);
            if (p >= 0 && a >= 0) {
              best = Math.max(best, p * 10 + a);
            }
          }
        }
      }
      return best;
    }

    private int[] version() {
      String[] parts = pythonVersion.split("\\.");
      try {
        return new int[] {
          Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0
        };
      } catch (NumberFormatException e) {
        return new int[] {3, 0};
      }
    }

    /** How well an interpreter/ABI pair fits: own ABI 3, abi3 2, none with cp 1, none 0. */
    private int abiScore(String py, String abi) {
      int[] v = version();
      String own = "cp" + v[0] + v[1];
      boolean cpython = implementation.toLowerCase(Locale.ROOT).equals("cpython");
      if (cpython && py.equals(own) && abi.equals(own)) {
        return 3;
      }
      if (cpython && abi.equals("abi3") && py.startsWith("cp" + v[0])) {
        try {
          int minor = Integer.parseInt(py.substring(2 + String.valueOf(v[0]).length()));
          return minor <= v[1] ? 2 : -1;
        } catch (NumberFormatException e) {
          return -1;
        }
      }
      if (!abi.equals("none")) {
        return -1;
      }
      if (cpython && py.equals(own)) {
        return 1;
      }
      if (py.equals("py" + v[0]) || py.equals("py" + v[0] + v[1])) {
        return 0;
      }
      // pyXY for an older minor of the same major installs too (py38 on 3.12)
      if (py.startsWith("py" + v[0]) && py.length() > 3) {
        try {
          return Integer.parseInt(py.substring(3)) <= v[1] ? 0 : -1;
        } catch (NumberFormatException e) {
          return -1;
        }
      }
      return -1;
    }

    /** 1 for a platform tag of the target, 0 for {@code any}, -1 for another platform. */
    private int platformScore(String tag) {
      if (tag.equals("any")) {
        return 0;
      }
      String arch = machine.toLowerCase(Locale.ROOT);
      switch (sysPlatform) {
        case "linux":
          {
            String a = arch.equals("amd64") ? "x86_64" : arch.equals("arm64") ? "aarch64" : arch;
            boolean linux =
                tag.equals("linux_" + a) || (tag.startsWith("manylinux") && tag.endsWith("_" + a));
            return linux && !a.isEmpty() ? 1 : -1;
          }
        case "win32":
          if (arch.equals("amd64") || arch.equals("x86_64")) {
            return tag.equals("win_amd64") ? 1 : -1;
          }
          if (arch.equals("arm64")) {
            return tag.equals("win_arm64") ? 1 : -1;
          }
          return tag.equals("win32") ? 1 : -1;
        case "darwin":
          if (!tag.startsWith("macosx_")) {
            return -1;
          }
          if (tag.endsWith("_universal2")) {
            return 1;
          }
          return (arch.equals("arm64") && tag.endsWith("_arm64"))
                  || (arch.equals("x86_64")
                      && (tag.endsWith("_x86_64")
                          || tag.endsWith("_intel")
                          || tag.endsWith("_universal")))
              ? 1
              : -1;
        default:
          return -1;
      }
    }
  }
}
