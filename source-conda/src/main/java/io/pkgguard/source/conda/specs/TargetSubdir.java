package io.pkgguard.source.conda.specs;

import io.pkgguard.api.TargetEnvironment;
import java.util.Locale;
import java.util.Optional;

/**
 * The conda platform subdir a target environment installs from: the {@code subdir} variable if
 * given ({@code --target subdir=linux-64}), else derived from {@code sys_platform} and {@code
 * platform_machine} as conda derives its own; empty when neither says, so that only {@code noarch}
 * packages can be chosen.
 */
public final class TargetSubdir {

  /** The target variable that names the subdir. */
  public static final String VARIABLE = "subdir";

  private TargetSubdir() {}

  /**
   * {@return the subdir of the target, if known}
   *
   * @param target the target environment
   */
  public static Optional<String> of(TargetEnvironment target) {
    Optional<String> given = target.marker(VARIABLE).map(String::strip).filter(s -> !s.isEmpty());
    if (given.isPresent()) {
      return given;
    }
    Optional<String> platform = target.marker("sys_platform");
    Optional<String> machine =
        target.marker("platform_machine").map(m -> m.toLowerCase(Locale.ROOT));
    if (platform.isEmpty() || machine.isEmpty()) {
      return Optional.empty();
    }
    String arch =
        switch (machine.get()) {
          case "x86_64", "amd64" -> "64";
          case "aarch64", "arm64" -> platform.get().equals("darwin") ? "arm64" : "aarch64";
          case "ppc64le" -> "ppc64le";
          case "s390x" -> "s390x";
          case "i386", "i686", "x86" -> "32";
          default -> "";
        };
    if (arch.isEmpty()) {
      return Optional.empty();
    }
    return switch (platform.get()) {
      case "linux" -> Optional.of("linux-" + arch);
      case "darwin" -> Optional.of("osx-" + arch);
      case "win32" -> Optional.of("win-" + arch);
      default -> Optional.empty();
    };
  }
}
