package io.pkgguard.source.pypi.versions;

import io.pkgguard.api.PackageId;
import io.pkgguard.api.VersionScheme;

/** PEP 440 as the {@code pypi} {@link VersionScheme}. Stateless and thread-safe. */
public final class PypiVersionScheme implements VersionScheme {

  private static final PypiVersionScheme INSTANCE = new PypiVersionScheme();

  private PypiVersionScheme() {}

  /** The scheme. */
  public static PypiVersionScheme scheme() {
    return INSTANCE;
  }

  @Override
  public String ecosystem() {
    return PackageId.PYPI;
  }

  @Override
  public boolean isValid(String version) {
    return Pep440Version.tryParse(version).isPresent();
  }

  @Override
  public String normalize(String version) {
    return Pep440Version.parse(version).toString();
  }

  @Override
  public int compare(String left, String right) {
    return Pep440Version.parse(left).compareTo(Pep440Version.parse(right));
  }

  @Override
  public boolean isPreRelease(String version) {
    return Pep440Version.parse(version).isPreRelease();
  }

  /** Membership in a PEP 440 specifier set, pre-releases admitted (one version, no choice). */
  @Override
  public boolean satisfies(String version, String constraint) {
    Pep440Version parsed = Pep440Version.parse(version);
    return Pep440SpecifierSet.parse(constraint).contains(parsed);
  }
}
