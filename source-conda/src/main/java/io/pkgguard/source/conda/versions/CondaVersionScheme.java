package io.pkgguard.source.conda.versions;

import io.pkgguard.api.PackageId;
import io.pkgguard.api.VersionScheme;

/** conda's version ordering and version specs as the core's {@link VersionScheme}. */
public final class CondaVersionScheme implements VersionScheme {

  @Override
  public String ecosystem() {
    return PackageId.CONDA;
  }

  @Override
  public boolean isValid(String version) {
    return CondaVersion.tryParse(version).isPresent();
  }

  @Override
  public String normalize(String version) {
    return parse(version).normalized();
  }

  @Override
  public int compare(String left, String right) {
    return parse(left).compareTo(parse(right));
  }

  @Override
  public boolean isPreRelease(String version) {
    return parse(version).isPreRelease();
  }

  @Override
  public boolean satisfies(String version, String constraint) {
    parse(version);
    try {
      return CondaVersionSpec.parse(constraint).matches(version);
    } catch (InvalidCondaVersionException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static CondaVersion parse(String version) {
    try {
      return CondaVersion.parse(version);
    } catch (InvalidCondaVersionException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
