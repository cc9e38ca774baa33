package io.pkgguard.core;

import io.pkgguard.api.AdvisorySettings;
import io.pkgguard.api.AdvisorySourceProvider;
import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.PackageSourceProvider;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.core.connection.Credentials;
import io.pkgguard.core.evaluation.ConfiguredAdvisorySource;
import io.pkgguard.core.evaluation.ConfiguredSource;
import io.pkgguard.core.evaluation.PluginArtifacts;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.PolicyLoader;
import io.pkgguard.core.policy.SourceConfig;
import io.pkgguard.core.transport.TransportChain;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The policy's package sources and advisory databases, created from their providers, each over
 * the shared transport narrowed to its own trusted hosts, credentials and limits. A table whose
 * type no installed plugin provides is a configuration error naming the artifact to add.
 */
final class SourceAssembly {

  /** The largest advisory database download (OSV's PyPI export is a few hundred MB). */
  static final long ADVISORY_DATABASE_BYTES = 1L << 30;

  private SourceAssembly() {}

  /** The policy with {@code --index}-style overrides: each ecosystem's first source moved. */
  static Policy withIndexOverrides(
      Policy policy,
      Map<String, URI> overrides,
      Map<String, PackageSourceProvider> providers,
      Map<String, Ecosystem> ecosystems) {
    Policy result = policy;
    for (Map.Entry<String, URI> override : overrides.entrySet()) {
      String ecosystem = override.getKey();
      URI url = IndexLocation.check("index", override.getValue());
      if (!ecosystems.containsKey(ecosystem)) {
        throw new ConfigurationException(
            PluginArtifacts.unknownEcosystem(ecosystem, ecosystems.keySet()));
      }
      SourceConfig target =
          result.sources().values().stream()
              .filter(SourceConfig::enabled)
              .filter(
                  s ->
                      providers.containsKey(s.type())
                          && providers.get(s.type()).ecosystem().equals(ecosystem))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ConfigurationException(
                          "cannot use the index "
                              + url
                              + ": no "
                              + ecosystem
                              + " source is installed and enabled; "
                              + PluginArtifacts.advice(
                                  PluginArtifacts.ofEcosystem(ecosystem),
                                  "a " + ecosystem + " source")
                              + (providers.values().stream()
                                      .anyMatch(p -> p.ecosystem().equals(ecosystem))
                                  ? ", or enable a " + ecosystem + " source in the policy"
                                  : "")));
      result = result.withIndex(target.id(), url);
    }
    return result;
  }

  /** The enabled package sources, by id, in the policy's order. */
  static Map<String, ConfiguredSource> sources(
      Policy policy,
      Map<String, PackageSourceProvider> providers,
      Map<String, Ecosystem> ecosystems,
      HttpTransport base,
      Credentials credentials,
      Clock clock) {
    Map<String, ConfiguredSource> created = new LinkedHashMap<>();
    for (SourceConfig config : policy.sources().values()) {
      if (!config.enabled() || (!config.required() && !providers.containsKey(config.type()))) {
        continue; // an optional source whose plugin is not installed: its packages have none
      }
      PackageSourceProvider provider =
          Optional.ofNullable(providers.get(config.type()))
              .orElseThrow(
                  () ->
                      new ConfigurationException(
                          PolicyLoader.location(policy, List.of("sources", config.id()))
                              + ": [sources."
                              + config.id()
                              + "] needs the"
                              + " source type '"
                              + config.type()
                              + "', and no plugin provides it: "
                              + PluginArtifacts.advice(
                                  PluginArtifacts.ofSourceType(config.type()),
                                  "the type '" + config.type() + "'")
                              + ", or disable the source ([sources."
                              + config.id()
                              + "] enabled = false)"));
      if (!ecosystems.containsKey(provider.ecosystem())) {
        throw new ConfigurationException(
            "source type '"
                + config.type()
                + "' serves the"
                + " ecosystem '"
                + provider.ecosystem()
                + "', which no installed plugin supports: "
                + PluginArtifacts.advice(
                    PluginArtifacts.ofEcosystem(provider.ecosystem()),
                    "the ecosystem '" + provider.ecosystem() + "'"));
      }
      SourceDescriptor descriptor =
          new SourceDescriptor(
              config.id(), provider.ecosystem(), config.url(), config.trustedHosts());
      Set<String> reachable = new LinkedHashSet<>(config.trustedHosts());
      reachable.addAll(config.serviceHosts());
      HttpTransport trusted =
          TransportChain.forSource(
              base,
              config.url(),
              reachable,
              credentials,
              policy.limits().maxResponseBytes(),
              policy.limits().fetchTimeout(),
              policy.inspection().maxFileBytes(),
              policy.inspection().downloadTimeout());
      try {
        HttpTransport downloads =
            TransportChain.forDownloads(
                base,
                config.url(),
                config.trustedHosts(),
                credentials,
                policy.inspection().maxFileBytes(),
                policy.inspection().downloadTimeout());
        created.put(
            config.id(),
            new ConfiguredSource(
                descriptor,
                provider.create(new SourceSettings(descriptor, trusted, clock, config.options())),
                downloads));
      } catch (RuntimeException e) {
        throw new ConfigurationException(
            policy.origin() + ": [sources." + config.id() + "] cannot be used: " + e.getMessage(),
            e);
      }
    }
    return created;
  }

  /** The enabled advisory databases, in the policy's order. */
  static List<ConfiguredAdvisorySource> advisories(
      Policy policy,
      Map<String, AdvisorySourceProvider> providers,
      Map<String, Ecosystem> ecosystems,
      HttpTransport base,
      Credentials credentials,
      Clock clock) {
    List<ConfiguredAdvisorySource> created = new ArrayList<>();
    for (SourceConfig config : policy.enabledAdvisories()) {
      AdvisorySourceProvider provider =
          Optional.ofNullable(providers.get(config.type()))
              .orElseThrow(
                  () ->
                      new ConfigurationException(
                          PolicyLoader.location(policy, List.of("advisories", config.id()))
                              + ": [advisories."
                              + config.id()
                              + "] needs"
                              + " the advisory database type '"
                              + config.type()
                              + "', and no plugin provides"
                              + " it: "
                              + PluginArtifacts.advice(
                                  PluginArtifacts.ofAdvisoryType(config.type()),
                                  "the type '" + config.type() + "'")
                              + ", or disable the database ([advisories."
                              + config.id()
                              + "] enabled = false; packages are then not checked for known"
                              + " vulnerabilities)"));
      SourceDescriptor descriptor =
          new SourceDescriptor(config.id(), "*", config.url(), config.trustedHosts());
      HttpTransport trusted =
          TransportChain.forSource(
              base,
              config.url(),
              config.serviceHosts(),
              credentials,
              ADVISORY_DATABASE_BYTES,
              policy.limits().fetchTimeout());
      try {
        created.add(
            new ConfiguredAdvisorySource(
                config.id(),
                provider.create(
                    new AdvisorySettings(
                        descriptor, trusted, clock, config.options(), ecosystems))));
      } catch (RuntimeException e) {
        throw new ConfigurationException(
            policy.origin()
                + ": [advisories."
                + config.id()
                + "] cannot be used: "
                + e.getMessage(),
            e);
      }
    }
    return List.copyOf(created);
  }
}
