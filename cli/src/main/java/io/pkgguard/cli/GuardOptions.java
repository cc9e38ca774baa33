package io.pkgguard.cli;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.cli.installers.ConfiguredValue;
import io.pkgguard.cli.installers.InstallerConfigException;
import io.pkgguard.cli.installers.InstallerConfiguration;
import io.pkgguard.cli.installers.InstallerIndexes;
import io.pkgguard.core.Guard;
import io.pkgguard.core.connection.Credentials;
import io.pkgguard.core.connection.EnvironmentProxySelector;
import io.pkgguard.core.connection.NetrcCredentials;
import io.pkgguard.core.connection.TrustedCertificates;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.PolicyLoader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by commands that build a guard: policy, index, offline mode. */
final class GuardOptions {

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Policy file (TOML, or a pyproject.toml with [tool.pkgguard]).")
  Path policyFile;

  @Option(
      names = "--index",
      paramLabel = "URL",
      description =
          "Index to check against: an https base of a PyPI-compatible JSON API (default "
              + "https://pypi.org/pypi), a file: URL or directory of a local mirror in the same "
              + "layout, or http on loopback. Trusted for this run. Credentials come from "
              + "PKGGUARD_INDEX_TOKEN, or PKGGUARD_INDEX_USERNAME and PKGGUARD_INDEX_PASSWORD, "
              + "else ~/.netrc ($NETRC).")
  String index;

  @Option(
      names = "--isolated",
      description =
          "Ignore pip's and uv's configuration. Without --index, pkgguard otherwise checks"
              + " against the index pip would use (PIP_INDEX_URL, pip.conf; uv.toml, [tool.uv])"
              + " and weighs the extra indexes, find-links and trusted hosts configured there as"
              + " it weighs them in a requirements file.")
  boolean isolated;

  @Option(
      names = "--ca-bundle",
      paramLabel = "PEM",
      description =
          "Also trust the certificate authorities in this PEM file (a private index's"
              + " CA). The JDK's authorities stay trusted.")
  Path caBundle;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Keep index responses in this directory for later runs (revalidated when"
              + " stale; at most 1 GiB).")
  Path cacheDir;

  @Option(
      names = "--offline",
      description =
          "Contact no network host; read only file: mirrors" + " and offline advisory databases.")
  boolean offline;

  @Option(
      names = "--advisory-db",
      paramLabel = "ZIP|DIR",
      description =
          "Also consult this offline OSV database: a zip of OSV records (OSV's export"
              + " of an ecosystem; see tools/refresh-osv-db), or a directory of them (a checkout of"
              + " the PyPA advisory database). With --offline it is the only one.")
  Path advisoryDb;

  @Option(
      names = "--plugins",
      paramLabel = "DIR",
      description =
          "Load the rule, source and store jars in this directory (repeatable; also"
              + " PKGGUARD_PLUGINS and the policy's [plugins] dirs).")
  List<Path> plugins = new ArrayList<>();

  @Option(names = "--verbose", description = "Log what the library does to standard error.")
  boolean verbose;

  /** The run's surroundings (environment, user, terminal); tests replace it. */
  CliContext context = CliContext.system();

  /** Where uv looks for the project's uv.toml and pyproject.toml; the check sets it. */
  Path project = Path.of("");

  /**
   * Whether this command weighs pip's and uv's configuration (check does; commands that judge no
   * installation, or run pip with their own options, do not).
   */
  boolean readsInstallerConfiguration;

  /** What pip and uv are configured with, once read for this run. */
  private InstallerIndexes installer;

  /** The .netrc to read; tests replace it. */
  java.util.function.Supplier<Credentials> netrc = NetrcCredentials::standard;

  /**
   * The guard these options describe.
   *
   * @throws ConfigurationException if the policy or the index is wrong
   */
  Guard buildGuard(String ecosystem) {
    return buildGuard(ecosystem, java.util.function.UnaryOperator.identity());
  }

  /**
   * The guard these options describe, with the command's own change to the policy (such as
   * {@code --no-deps}).
   *
   * @throws ConfigurationException if the policy or the index is wrong
   */
  Guard buildGuard(String ecosystem, java.util.function.UnaryOperator<Policy> adjust) {
    return buildGuard(ecosystem, adjust, java.util.function.UnaryOperator.identity());
  }

  /**
   * The same, with the command's own settings of the builder (such as retained downloads).
   *
   * @throws ConfigurationException if the policy or the index is wrong
   */
  Guard buildGuard(
      String ecosystem,
      java.util.function.UnaryOperator<Policy> adjust,
      java.util.function.UnaryOperator<Guard.Builder> more) {
    Policy policy =
        adjust.apply(policyFile == null ? Policy.defaults() : PolicyLoader.load(policyFile));
    if (advisoryDb != null) {
      policy = policy.withAdvisoryDatabase("advisory-db", advisoryDatabase(advisoryDb));
    }
    Guard.Builder builder =
        Guard.builder()
            .policy(policy)
            .offline(offline)
            .identity(context.user())
            .environment(context.environment())
            .classLoader(
                PluginJars.loader(
                    PluginJars.directories(
                        plugins, context.environment(), policy, Optional.ofNullable(policyFile)),
                    GuardOptions.class.getClassLoader()));
    List<Credentials> credentials = new ArrayList<>();
    if (index != null) {
      URI uri = indexUri(index);
      builder.index(ecosystem, uri);
      environmentCredentials(uri).ifPresent(credentials::add);
    } else if (ecosystem.equals("pypi")) {
      InstallerIndexes configured = installerIndexes();
      builder.installerIndexes(configured.choices());
      // A policy file names the sources to trust: pip's index is then weighed against them (the
      // environment rule reports one that is not among them), never put in their place.
      if (configured.index().isPresent() && policyFile == null) {
        ConfiguredValue chosen = configured.index().get();
        policy = InstallerIndex.use(policy, chosen);
        builder.policy(policy);
        InstallerIndex.credentials(chosen).ifPresent(credentials::add);
      }
      // Offline nothing is fetched over TLS: its authorities are not even read.
      if (caBundle == null && configured.cert().isPresent() && !offline) {
        builder.tls(InstallerIndex.certificates(configured.cert().get()));
      }
    }
    credentials.add(netrc.get());
    EnvironmentProxySelector.from(environment()).ifPresent(builder::proxy);
    if (cacheDir != null) {
      builder.diskCache(cacheDir, 1L << 30);
    }
    if (caBundle != null) {
      builder.tls(TrustedCertificates.withBundle(caBundle));
    }
    return more.apply(builder.credentials(Credentials.firstOf(credentials))).build();
  }

  /**
   * What pip and uv are configured with (nothing with --isolated or --index).
   *
   * @throws ConfigurationException naming the file and line pip or uv would refuse
   */
  InstallerIndexes installerIndexes() {
    if (installer == null) {
      if (isolated || index != null || !readsInstallerConfiguration) {
        installer = InstallerIndexes.NONE;
      } else {
        try {
          installer = InstallerConfiguration.read(environment(), project);
        } catch (InstallerConfigException e) {
          throw new ConfigurationException(
              e.getMessage() + " (pip or uv would refuse it too; fix it, or run with --isolated)",
              e);
        }
      }
    }
    return installer;
  }

  /** The zip to read for --advisory-db: the file itself, or a directory zipped for this run. */
  private static URI advisoryDatabase(Path given) {
    if (Files.isRegularFile(given)) {
      return given.toAbsolutePath().normalize().toUri();
    }
    if (!Files.isDirectory(given)) {
      throw new ConfigurationException(
          "--advisory-db "
              + given
              + ": no such file or directory;"
              + " give a zip of OSV records (tools/refresh-osv-db downloads one) or a directory of"
              + " them");
    }
    try {
      Path zip = Files.createTempFile("pkgguard-advisories-", ".zip");
      zip.toFile().deleteOnExit();
      Files.write(zip, io.pkgguard.cli.tools.RefreshOsvDatabase.zipDirectory(given));
      return zip.toUri();
    } catch (java.io.IOException e) {
      throw new ConfigurationException(
          "--advisory-db " + given + ": cannot read the" + " directory: " + e.getMessage(), e);
    }
  }

  /**
   * Credentials for the --index host from PKGGUARD_INDEX_TOKEN, or PKGGUARD_INDEX_USERNAME and
   * PKGGUARD_INDEX_PASSWORD.
   */
  private Optional<Credentials> environmentCredentials(URI index) {
    if (index.getHost() == null) {
      return Optional.empty();
    }
    String host = index.getPort() < 0 ? index.getHost() : index.getHost() + ":" + index.getPort();
    Map<String, String> environment = environment();
    String token = environment.get("PKGGUARD_INDEX_TOKEN");
    if (token != null && !token.isBlank()) {
      return Optional.of(Credentials.bearer(host, token));
    }
    String user = environment.get("PKGGUARD_INDEX_USERNAME");
    String password = environment.get("PKGGUARD_INDEX_PASSWORD");
    if (user != null && password != null) {
      return Optional.of(Credentials.basic(host, user, password));
    }
    return Optional.empty();
  }

  /** {@return the process environment, as the run's context gives it} */
  Map<String, String> environment() {
    return context.environment();
  }

  /** Parses --index: an https/http/file URL, or a path to a local mirror directory. */
  static URI indexUri(String text) {
    return io.pkgguard.core.IndexLocation.parse("--index", text);
  }
}
