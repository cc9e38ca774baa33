package io.pkgguard.core.transport;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.core.connection.Credentials;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the transport layers stack, in one place. Shared by all sources of a guard, outermost
 * first: cache → retries → per-host limit → host cooldown (checked once a request has its
 * permit, so requests queued behind a hanging host fail at once) → the base transport (which
 * does single exchanges).
 * Per source on top: trust and redirects (with the overall deadline and size cap) →
 * credentials for each hop's own host → the shared chain.
 */
public final class TransportChain {

  private TransportChain() {}

  /**
   * What the shared layers are configured with.
   *
   * @param perHostConcurrency the most requests in flight to one host
   * @param maxAttempts attempts per request in all
   * @param memoryCacheBytes the in-memory cache's budget; 0 for none
   * @param diskCache a directory for an on-disk cache instead of memory, if any
   * @param diskCacheBytes the on-disk cache's budget
   * @param clock decides cache freshness
   * @param hostCooldown how long a host that timed out is not asked (see {@link HostCooldown})
   */
  public record Shared(
      int perHostConcurrency,
      int maxAttempts,
      long memoryCacheBytes,
      Optional<Path> diskCache,
      long diskCacheBytes,
      Clock clock,
      Duration hostCooldown) {

    public Shared {
      Objects.requireNonNull(diskCache, "diskCache");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(hostCooldown, "hostCooldown");
    }
  }

  /** The layers every source shares, over {@code base}. */
  public static HttpTransport shared(HttpTransport base, Shared settings) {
    HttpTransport chain =
        new RetryingTransport(
            new HostConcurrencyLimit(
                new HostCooldown(base, settings.hostCooldown()), settings.perHostConcurrency()),
            new RetryPolicy(
                settings.maxAttempts(), Duration.ofMillis(250), Duration.ofSeconds(10)));
    if (settings.diskCache().isPresent()) {
      return CachingTransport.onDisk(
          chain, settings.diskCache().get(), settings.diskCacheBytes(), settings.clock());
    }
    if (settings.memoryCacheBytes() > 0) {
      return CachingTransport.inMemory(chain, settings.memoryCacheBytes(), settings.clock());
    }
    return chain;
  }

  /**
   * One source's view of the shared chain: only its index (host, or mirror directory) and the
   * given hosts are reachable, each hop gets its own host's credentials, and every request is
   * capped in size and time.
   */
  public static HttpTransport forSource(
      HttpTransport shared,
      URI index,
      Set<String> reachableHosts,
      Credentials credentials,
      long maxBytes,
      Duration deadline) {
    return new TrustedTransport(
        new AuthenticatingTransport(shared, credentials),
        HostTrust.forIndex(index, reachableHosts),
        maxBytes,
        deadline);
  }

  /**
   * One source's view as {@link #forSource(HttpTransport, URI, Set, Credentials, long, Duration)},
   * except that a body streamed to a file (a conda channel's repodata, hundreds of MB) is capped
   * like a distribution download: on disk it costs no heap.
   */
  public static HttpTransport forSource(
      HttpTransport shared,
      URI index,
      Set<String> reachableHosts,
      Credentials credentials,
      long maxBytes,
      Duration deadline,
      long maxFileBytes,
      Duration fileDeadline) {
    HttpTransport documents =
        forSource(shared, index, reachableHosts, credentials, maxBytes, deadline);
    HttpTransport files =
        forSource(shared, index, reachableHosts, credentials, maxFileBytes, fileDeadline);
    return request -> request.bodyFile().isPresent() ? files.get(request) : documents.get(request);
  }

  /**
   * One source's view for downloading distribution files: only its trusted download hosts (and
   * index host or mirror), credentials per hop, each download capped in size and time.
   */
  public static HttpTransport forDownloads(
      HttpTransport shared,
      URI index,
      Set<String> downloadHosts,
      Credentials credentials,
      long maxBytes,
      Duration deadline) {
    return new TrustedTransport(
        new AuthenticatingTransport(shared, credentials),
        HostTrust.forDownloads(index, downloadHosts),
        maxBytes,
        deadline);
  }
}
