package io.pkgguard.core.connection;

import io.pkgguard.api.ConfigurationException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Proxies as curl and pip take them from the environment: {@code HTTPS_PROXY} for https, {@code
 * HTTP_PROXY} for http (lower-case names too), except for hosts in {@code NO_PROXY} (comma
 * separated names, matching the host and its subdomains; {@code *} for all) and for loopback.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class EnvironmentProxySelector extends ProxySelector {

  private final Optional<InetSocketAddress> https;
  private final Optional<InetSocketAddress> http;
  private final List<String> noProxy;

  private EnvironmentProxySelector(
      Optional<InetSocketAddress> https, Optional<InetSocketAddress> http, List<String> noProxy) {
    this.https = https;
    this.http = http;
    this.noProxy = noProxy;
  }

  /**
   * The proxies an environment names, or empty if it names none.
   *
   * @throws ConfigurationException if a proxy variable is not a {@code http://host:port} URL or
   *     carries credentials (not supported)
   */
  public static Optional<ProxySelector> from(Map<String, String> environment) {
    Optional<InetSocketAddress> https = address(environment, "HTTPS_PROXY");
    Optional<InetSocketAddress> http = address(environment, "HTTP_PROXY");
    if (https.isEmpty() && http.isEmpty()) {
      return Optional.empty();
    }
    String exclusions = value(environment, "NO_PROXY").orElse("");
    List<String> noProxy =
        Arrays.stream(exclusions.split(","))
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .map(s -> s.startsWith(".") ? s.substring(1) : s)
            .filter(s -> !s.isEmpty())
            .toList();
    return Optional.of(new EnvironmentProxySelector(https, http, noProxy));
  }

  private static Optional<String> value(Map<String, String> environment, String name) {
    String upper = environment.get(name);
    String lower = environment.get(name.toLowerCase(Locale.ROOT));
    String chosen = lower != null && !lower.isBlank() ? lower : upper;
    return chosen == null || chosen.isBlank() ? Optional.empty() : Optional.of(chosen.strip());
  }

  private static Optional<InetSocketAddress> address(Map<String, String> environment, String name) {
    Optional<String> text = value(environment, name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String raw = text.get().contains("://") ? text.get() : "http://" + text.get();
    URI uri;
    try {
      uri = new URI(raw);
    } catch (java.net.URISyntaxException e) {
      throw new ConfigurationException(
          name + " is not a proxy URL such as" + " http://proxy.example:3128");
    }
    if (uri.getUserInfo() != null) {
      throw new ConfigurationException(
          name
              + " carries credentials, which pkgguard does not"
              + " send to proxies; use a proxy that does not need them");
    }
    if (uri.getHost() == null) {
      throw new ConfigurationException(
          name + " names no host; expected" + " http://proxy.example:3128");
    }
    int port = uri.getPort() > 0 ? uri.getPort() : 80;
    return Optional.of(InetSocketAddress.createUnresolved(uri.getHost(), port));
  }

  @Override
  public List<Proxy> select(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (LoopbackAddresses.isLoopback(host) || excluded(host)) {
      return List.of(Proxy.NO_PROXY);
    }
    Optional<InetSocketAddress> proxy = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
    return proxy
        .map(address -> List.of(new Proxy(Proxy.Type.HTTP, address)))
        .orElse(List.of(Proxy.NO_PROXY));
  }

  private boolean excluded(String host) {
    for (String entry : noProxy) {
      if (entry.equals("*") || host.equals(entry) || host.endsWith("." + entry)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    // Nothing to remember: the request fails and is reported as a connection error.
  }
}
