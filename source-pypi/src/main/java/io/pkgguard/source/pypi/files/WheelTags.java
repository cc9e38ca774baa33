package io.pkgguard.source.pypi.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The compatibility tags of a wheel's file name ({@code name-version[-build]-python-abi-platform
 * .whl}, PEP 427 and PEP 425), each tag possibly a dot-separated set ({@code py2.py3}).
 *
 * @param pythons interpreter tags such as {@code cp312} or {@code py3}
 * @param abis ABI tags such as {@code cp312}, {@code abi3} or {@code none}
 * @param platforms platform tags such as {@code manylinux_2_17_x86_64} or {@code any}
 */
public record WheelTags(List<String> pythons, List<String> abis, List<String> platforms) {

  public WheelTags {
    pythons = List.copyOf(pythons);
    abis = List.copyOf(abis);
    platforms = List.copyOf(platforms);
  }

  /** The tags of {@code filename}, or empty if it is not a wheel's name. */
  public static Optional<WheelTags> of(String filename) {
    String lower = filename.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".whl")) {
      return Optional.empty();
    }
    String[] parts = lower.substring(0, lower.length() - 4).split("-", -1);
    if (parts.length != 5 && parts.length != 6) {
      return Optional.empty();
    }
    int n = parts.length;
    if (Arrays.stream(parts).anyMatch(String::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(
        new WheelTags(
            List.of(parts[n - 3].split("\\.")),
            List.of(parts[n - 2].split("\\.")),
            List.of(parts[n - 1].split("\\."))));
  }

  /** Whether this wheel runs anywhere: pure Python, no compiled ABI. */
  public boolean pure() {
    return abis.contains("none") && platforms.contains("any");
  }
}
