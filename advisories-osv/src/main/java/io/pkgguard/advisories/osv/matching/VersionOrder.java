package io.pkgguard.advisories.osv.matching;

import com.github.zafarkhaja.semver.Version;
import io.pkgguard.api.VersionScheme;
import java.util.Optional;

/** How the versions of one OSV range type are validated and ordered. */
interface VersionOrder {

  /** Why {@code version} cannot be ordered, if it cannot. */
  Optional<String> problem(String version);

  /** Orders two valid versions. */
  int compare(String left, String right);

  /** Whether two valid versions are the same version. */
  default boolean same(String left, String right) {
    return compare(left, right) == 0;
  }

  /** The ecosystem's own ordering (OSV range type {@code ECOSYSTEM}). */
  static VersionOrder of(VersionScheme scheme) {
    return new VersionOrder() {
      @Override
      public Optional<String> problem(String version) {
        return scheme.isValid(version)
            ? Optional.empty()
            : Optional.of("'" + version + "' is not a valid " + scheme.ecosystem() + " version");
      }

      @Override
      public int compare(String left, String right) {
        return scheme.compare(left, right);
      }
    };
  }

  /** SemVer 2.0 precedence (OSV range type {@code SEMVER}); build metadata does not count. */
  static VersionOrder semVer() {
    return new VersionOrder() {
      @Override
      public Optional<String> problem(String version) {
        return Version.isValid(version)
            ? Optional.empty()
            : Optional.of("'" + version + "' is not a SemVer 2.0 version");
      }

      @Override
      public int compare(String left, String right) {
        return Version.parse(left).compareToIgnoreBuildMetadata(Version.parse(right));
      }
    };
  }
}
