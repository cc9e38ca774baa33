package io.pkgguard.core;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.transport.JdkHttpTransport;
import io.pkgguard.core.transport.TransportChain;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The one transport every source shares: the host's (or a JDK client the guard owns), offline
 * if asked, under the policy's per-host limits, retries, cache and per-host circuit breaker.
 */
final class TransportAssembly {

  /** The shared transport, and the client the guard must close if it made one. */
  record Assembled(HttpTransport base, Optional<JdkHttpTransport> owned) {}

  /** What the builder was told about connections. */
  record Settings(
      Optional<HttpTransport> given,
      boolean offline,
      Optional<java.net.ProxySelector> proxy,
      Optional<javax.net.ssl.SSLContext> tls,
      Optional<Path> cacheDirectory,
      long cacheDirectoryBytes,
      Clock clock) {}

  private TransportAssembly() {}

  static Assembled assemble(Policy policy, Settings settings) {
    Optional<JdkHttpTransport> owned = Optional.empty();
    HttpTransport base;
    if (settings.given().isPresent()) {
      base = settings.given().get();
    } else {
      owned =
          Optional.of(
              JdkHttpTransport.create(
                  Duration.ofSeconds(10),
                  Math.max(
                      policy.limits().maxResponseBytes(), SourceAssembly.ADVISORY_DATABASE_BYTES),
                  settings.proxy(),
                  settings.tls(),
                  policy.limits().stallTimeout()));
      base = owned.get();
    }
    if (settings.offline()) {
      base = new OfflineTransport(base);
    }
    try {
      base =
          TransportChain.shared(
              base,
              new TransportChain.Shared(
                  policy.limits().perHostConcurrency(),
                  policy.limits().maxAttempts(),
                  policy.limits().cacheBytes(),
                  settings.cacheDirectory(),
                  settings.cacheDirectoryBytes(),
                  settings.clock(),
                  policy.limits().hostCooldown()));
    } catch (java.io.UncheckedIOException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
    return new Assembled(base, owned);
  }
}
