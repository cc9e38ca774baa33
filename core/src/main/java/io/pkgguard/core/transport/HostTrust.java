package io.pkgguard.core.transport;

import io.pkgguard.core.connection.LoopbackAddresses;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URIs a transport view may fetch: {@code https:} on the trusted hosts; plain {@code http:}
 * only on loopback addresses that are trusted as well (tests, local mirrors); {@code file:} only
 * below the trusted mirror roots. Redirects are checked against the same rules.
 *
 * @param hosts trusted host names, lower case (optionally with {@code :port})
 * @param fileRoots directories below which {@code file:} URIs may be read, absolute and normalized
 */
public record HostTrust(Set<String> hosts, Set<Path> fileRoots) {

  public HostTrust {
    hosts =
        Objects.requireNonNull(hosts, "hosts").stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    fileRoots =
        Objects.requireNonNull(fileRoots, "fileRoots").stream()
            .map(p -> p.toAbsolutePath().normalize())
            .collect(Collectors.toUnmodifiableSet());
  }

  /** Trust for one index (its host or mirror directory) plus extra trusted download hosts. */
  public static HostTrust forIndex(URI index, Set<String> downloadHosts) {
    Set<String> hosts = new java.util.HashSet<>(downloadHosts);
    Set<Path> roots = Set.of();
    if ("file".equalsIgnoreCase(index.getScheme())) {
      roots = Set.of(Path.of(index));
    } else if (index.getHost() != null) {
      hosts.add(hostKey(index));
      hosts.add(index.getHost());
    }
    return new HostTrust(hosts, roots);
  }

  /**
   * Trust for downloading an index's distribution files: https on the trusted download hosts and
   * the index host; for a {@code file:} mirror, the mirror directory and the {@code packages}
   * directory beside it, where a bandersnatch mirror ({@code web/pypi}, {@code web/packages})
   * keeps the files.
   */
  public static HostTrust forDownloads(URI index, Set<String> downloadHosts) {
    HostTrust trust = forIndex(index, downloadHosts);
    if (!"file".equalsIgnoreCase(index.getScheme())) {
      return trust;
    }
    return new HostTrust(trust.hosts(), Set.of(Path.of(index), MirrorFiles.packages(index)));
  }

  /** Why {@code uri} may not be fetched, or empty if it may. */
  public Optional<String> refusal(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    switch (scheme) {
      case "https" -> {
        return trustedHost(uri)
            ? Optional.empty()
            : Optional.of("host " + uri.getHost() + " is not a trusted host of this source");
      }
      case "http" -> {
        if (!trustedHost(uri)) {
          return Optional.of("host " + uri.getHost() + " is not a trusted host of this source");
        }
        return LoopbackAddresses.isLoopback(uri.getHost())
            ? Optional.empty()
            : Optional.of("plain http is allowed only for loopback addresses; use https");
      }
      case "file" -> {
        return fileAllowed(uri)
            ? Optional.empty()
            : Optional.of("file " + uri.getPath() + " is outside the trusted mirror directory");
      }
      default -> {
        return Optional.of("scheme '" + scheme + "' is not allowed; use https");
      }
    }
  }

  private boolean trustedHost(URI uri) {
    if (uri.getHost() == null || uri.getUserInfo() != null) {
      return false;
    }
    return hosts.contains(uri.getHost().toLowerCase(Locale.ROOT)) || hosts.contains(hostKey(uri));
  }

  private boolean fileAllowed(URI uri) {
    if (uri.getAuthority() != null && !uri.getAuthority().isEmpty()) {
      return false;
    }
    Path path;
    try {
      path = Path.of(uri).toAbsolutePath().normalize();
    } catch (IllegalArgumentException e) {
      return false;
    }
    return fileRoots.stream().anyMatch(path::startsWith);
  }

  private static String hostKey(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
  }
}
