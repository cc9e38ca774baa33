package io.pkgguard.cli.installers;

import io.pkgguard.api.EnvironmentDescription.IndexChoice;
import io.pkgguard.api.EnvironmentDescription.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the installers on this machine are configured to take packages from: pip's and uv's
 * configuration files and variables, merged.
 *
 * @param index the index packages come from instead of PyPI, if one is configured
 * @param extraIndexes further indexes each package may come from (the dependency-confusion risk)
 * @param trustedHosts hosts whose TLS the installer does not verify
 * @param cert the CA bundle the installer verifies TLS with, if one is configured
 * @param findLinks pages or directories of files the installer also takes packages from
 * @param noIndex set if the installer is told to use no index at all
 */
public record InstallerIndexes(
    Optional<ConfiguredValue> index,
    List<ConfiguredValue> extraIndexes,
    List<ConfiguredValue> trustedHosts,
    Optional<ConfiguredValue> cert,
    List<ConfiguredValue> findLinks,
    Optional<ConfiguredValue> noIndex) {

  /** Nothing configured. */
  public static final InstallerIndexes NONE =
      new InstallerIndexes(
          Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(), Optional.empty());

  /** Checks and copies the components. */
  public InstallerIndexes {
    Objects.requireNonNull(index, "index");
    extraIndexes = List.copyOf(extraIndexes);
    trustedHosts = List.copyOf(trustedHosts);
    Objects.requireNonNull(cert, "cert");
    findLinks = List.copyOf(findLinks);
    Objects.requireNonNull(noIndex, "noIndex");
  }

  /**
   * Both installers' settings: this one's index stays the index, the other's becomes one more
   * place packages may come from when it differs (a user may install with either).
   */
  InstallerIndexes and(InstallerIndexes other) {
    Optional<ConfiguredValue> primary = index.isPresent() ? index : other.index;
    List<ConfiguredValue> extras = new ArrayList<>(extraIndexes);
    if (index.isPresent()
        && other.index.isPresent()
        && !same(index.get().value(), other.index.get().value())) {
      extras.add(other.index.get());
    }
    extras.addAll(other.extraIndexes);
    return new InstallerIndexes(
        primary,
        extras,
        concat(trustedHosts, other.trustedHosts),
        cert.isPresent() ? cert : other.cert,
        concat(findLinks, other.findLinks),
        noIndex.isPresent() ? noIndex : other.noIndex);
  }

  /** {@return whether anything is configured} */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /**
   * {@return the index options an environment file would give for these settings, each where it
   * was set; URLs without their credentials}
   */
  public List<IndexChoice> choices() {
    List<IndexChoice> choices = new ArrayList<>();
    index.ifPresent(v -> choices.add(choice(IndexChoice.Kind.INDEX_URL, v)));
    extraIndexes.forEach(v -> choices.add(choice(IndexChoice.Kind.EXTRA_INDEX_URL, v)));
    trustedHosts.forEach(v -> choices.add(choice(IndexChoice.Kind.TRUSTED_HOST, v)));
    findLinks.forEach(v -> choices.add(choice(IndexChoice.Kind.FIND_LINKS, v)));
    noIndex.ifPresent(v -> choices.add(choice(IndexChoice.Kind.NO_INDEX, v)));
    return choices;
  }

  private static IndexChoice choice(IndexChoice.Kind kind, ConfiguredValue value) {
    return new IndexChoice(
        kind,
        value.withoutCredentials(),
        value.shown(),
        new Location(value.file(), value.line(), 0));
  }

  private static List<ConfiguredValue> concat(List<ConfiguredValue> a, List<ConfiguredValue> b) {
    List<ConfiguredValue> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static boolean same(String a, String b) {
    return strip(a).equalsIgnoreCase(strip(b));
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
