package io.pkgguard.source.conda.inputs;

import io.pkgguard.api.EnvironmentDescription.Location;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.source.conda.specs.InvalidMatchSpecException;
import io.pkgguard.source.conda.specs.MatchSpec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One package a lock file pins by URL: a conda package ({@code
 * .../conda-forge/linux-64/numpy-1.26.4-py311h64a7726_0.conda}) becomes a request for exactly that
 * channel, name, version and build; a PyPI package for exactly its name and version.
 */
final class LockedPackage {

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

  private LockedPackage() {}

  /** A request for the conda package at {@code url}. */
  static PackageRequest conda(String url, TargetEnvironment target, Location where)
      throws RequestSyntaxException {
    MatchSpec spec;
    try {
      spec = MatchSpec.parse(url);
    } catch (InvalidMatchSpecException e) {
      throw new RequestSyntaxException(where + ": " + e.getMessage());
    }
    Optional<String> name = spec.exact("name").filter(n -> !n.equals("*"));
    Optional<String> version = spec.exact("version");
    Optional<String> build = spec.exact("build");
    if (name.isEmpty() || version.isEmpty() || build.isEmpty() || spec.exact("channel").isEmpty()) {
      throw new RequestSyntaxException(
          where
              + ": '"
              + url
              + "' is not a conda package URL (<channel>/<subdir>/<name>-<version>-<build>.conda"
              + " or .tar.bz2)");
    }
    String exact =
        spec.exact("channel").get() + "::" + name.get() + "==" + version.get() + "=" + build.get();
    return PackageRequest.of(new PackageId(PackageId.CONDA, name.get()))
        .withVersion(version.get())
        .withRequirement(exact)
        .withEnvironment(target);
  }

  /** A request for exactly {@code version} of the PyPI project {@code name}. */
  static PackageRequest pypi(String name, String version, TargetEnvironment target) {
    String normalized = name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    return PackageRequest.of(PackageId.pypi(normalized))
        .withVersion(version)
        .withRequirement(normalized + "==" + version)
        .withEnvironment(target);
  }

  /** {@code sha256:<hex>} for a 64-digit hex digest; MD5s are not kept (nothing compares them). */
  static List<String> hashes(Optional<String> sha256) {
    return sha256
        .filter(h -> h.length() == 64 && HEX.matcher(h).matches())
        .map(h -> List.of("sha256:" + h.toLowerCase(Locale.ROOT)))
        .orElse(List.of());
  }
}
