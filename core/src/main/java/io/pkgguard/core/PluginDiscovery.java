package io.pkgguard.core;

import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.PackageSourceProvider;
import io.pkgguard.api.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds plugins through {@link ServiceLoader}: the one place that does. A plugin that cannot be
 * loaded is a configuration error naming it, never silently skipped (a missing rule would loosen
 * verdicts).
 */
final class PluginDiscovery {

  private final ClassLoader loader;

  PluginDiscovery(ClassLoader loader) {
    this.loader = loader;
  }

  List<SecurityRule> rules() {
    return load(SecurityRule.class);
  }

  List<PackageSourceProvider> sourceProviders() {
    return load(PackageSourceProvider.class);
  }

  List<io.pkgguard.api.AdvisorySourceProvider> advisoryProviders() {
    return load(io.pkgguard.api.AdvisorySourceProvider.class);
  }

  List<Ecosystem> ecosystems() {
    return load(Ecosystem.class);
  }

  List<io.pkgguard.api.StateStoreProvider> storeProviders() {
    return load(io.pkgguard.api.StateStoreProvider.class);
  }

  private <T> List<T> load(Class<T> type) {
    List<T> found = new ArrayList<>();
    // Finds providers in named modules defined to the loader (module path) and in META-INF/services
    // of the class path alike.
    ServiceLoader<T> services = ServiceLoader.load(type, loader);
    try {
      services.forEach(found::add);
    } catch (ServiceConfigurationError e) {
      throw new io.pkgguard.api.ConfigurationException(
          "cannot load a " + type.getSimpleName() + " plugin: " + e.getMessage(), e);
    }
    return found;
  }
}
