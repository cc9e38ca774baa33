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
    java.util.Iterator<T> providers = ServiceLoader.load(type, loader).iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          return found;
        }
        found.add(providers.next());
      } catch (ServiceConfigurationError e) {
        throw new io.pkgguard.api.ConfigurationException(describe(type, e), e);
      }
    }
  }

  /** What failed, where it came from, and the root cause: the message a user can act on. */
  private String describe(Class<?> type, ServiceConfigurationError e) {
    java.util.regex.Matcher provider =
        java.util.regex.Pattern.compile("Provider (\\S+)").matcher(String.valueOf(e.getMessage()));
    String name = provider.find() ? provider.group(1) : "";
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String cause = root == e ? String.valueOf(e.getMessage()) : root.toString();
    return "cannot load the "
        + type.getSimpleName()
        + " plugin"
        + (name.isEmpty() ? "" : " " + name)
        + origin(type, name).map(jar -> " from " + jar).orElse("")
        + ": "
        + cause
        + "; add the jars it needs beside it, or remove it";
  }

  /** The jar (or directory) a provider's class, or else the services file naming it, is in. */
  private java.util.Optional<String> origin(Class<?> type, String provider) {
    if (provider.isEmpty()) {
      return java.util.Optional.empty();
    }
    java.net.URL clazz = loader.getResource(provider.replace('.', '/') + ".class");
    if (clazz != null) {
      return java.util.Optional.of(container(clazz));
    }
    try {
      for (java.net.URL services :
          java.util.Collections.list(loader.getResources("META-INF/services/" + type.getName()))) {
        try (java.io.InputStream in = services.openStream()) {
          String text = new String(in.readNBytes(1 << 16), java.nio.charset.StandardCharsets.UTF_8);
          if (text.lines().map(l -> l.replaceAll("#.*", "").strip()).anyMatch(provider::equals)) {
            return java.util.Optional.of(container(services));
          }
        }
      }
    } catch (java.io.IOException ignored) {
      // the message goes without the jar's name
    }
    return java.util.Optional.empty();
  }

  /** {@code jar:file:/x/y.jar!/a/B.class} is {@code /x/y.jar}; a directory URL its path. */
  private static String container(java.net.URL url) {
    String text = url.toString();
    if (text.startsWith("jar:") && text.contains("!/")) {
      text = text.substring(4, text.indexOf("!/"));
    }
    try {
      return java.nio.file.Path.of(java.net.URI.create(text)).toString();
    } catch (RuntimeException e) {
      return text;
    }
  }
}
