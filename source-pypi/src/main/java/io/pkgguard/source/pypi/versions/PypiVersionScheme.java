package io.pkgguard.source.pypi.versions;

import io.pkgguard.api.PackageId;
import io.pkgguard.api.VersionScheme;

/**
 * PEP 440 as the {@code pypi} {@link VersionScheme}. Thread-safe. Parsed versions are kept in a
 * bounded cache: matching advisories compares the same few thousand version strings over and
 * over, and parsing dominated it.
 */
public final class PypiVersionScheme implements VersionScheme {

  private static final PypiVersionScheme INSTANCE = new PypiVersionScheme();
  private static final int CACHE_ENTRIES = 65_536;
  private static final int CACHED_LENGTH = 64;

  private final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<Pep440Version>>
      parsed = new java.util.concurrent.ConcurrentHashMap<>();

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
    return tryParse(version).isPresent();
  }

  @Override
  public String normalize(String version) {
    return parse(version).toString();
  }

  @Override
  public int compare(String left, String right) {
    return parse(left).compareTo(parse(right));
  }

  @Override
  public boolean isPreRelease(String version) {
    return parse(version).isPreRelease();
  }

  private java.util.Optional<Pep440Version> tryParse(String version) {
    if (version.length() > CACHED_LENGTH) {
      return Pep440Version.tryParse(version);
    }
    java.util.Optional<Pep440Version> known = parsed.get(version);
    if (known != null) {
      return known;
    }
    java.util.Optional<Pep440Version> result = Pep440Version.tryParse(version);
    if (parsed.size() >= CACHE_ENTRIES) {
      parsed.clear(); // bounded: a flood of distinct strings costs parsing, never memory
    }
    parsed.put(version, result);
    return result;
  }

  private Pep440Version parse(String version) {
    return tryParse(version).orElseGet(() -> Pep440Version.parse(version));
  }

  /** Membership in a PEP 440 specifier set, pre-releases admitted (one version, no choice). */
  @Override
  public boolean satisfies(String version, String constraint) {
    Pep440Version parsed = Pep440Version.parse(version);
    return Pep440SpecifierSet.parse(constraint).contains(parsed);
  }
}
