package io.pkgguard.core.policy;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One configured package source ({@code [sources.<id>]}).
 *
 * @param id the source id, such as {@code pypi}
 * @param type the provider type, such as {@code pypi-json}
 * @param url the index base URL ({@code https:}, loopback {@code http:}, or {@code file:})
 * @param trustedHosts hosts download URLs may point to, besides the index host
 * @param serviceHosts further hosts the source may ask for facts (download statistics), which
 *     are not trusted for downloads
 * @param enabled whether the source is used
 * @param required whether a missing plugin for the type is an error ({@code true}, the default),
 *     or the source is left out ({@code false}: its ecosystem's packages then have no source and
 *     are rejected)
 * @param options further provider-specific options
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SourceConfig(
    String id,
    String type,
    URI url,
    Set<String> trustedHosts,
    Set<String> serviceHosts,
    boolean enabled,
    boolean required,
    Map<String, String> options) {

  public SourceConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(url, "url");
    trustedHosts = Set.copyOf(Objects.requireNonNull(trustedHosts, "trustedHosts"));
    serviceHosts = Set.copyOf(Objects.requireNonNull(serviceHosts, "serviceHosts"));
    options = Map.copyOf(Objects.requireNonNull(options, "options"));
  }

  /**
   * A source whose plugin is required.
   *
   * @param id the source id
   * @param type the provider type
   * @param url the index base URL
   * @param trustedHosts hosts download URLs may point to
   * @param serviceHosts further hosts the source may ask for facts
   * @param enabled whether the source is used
   * @param options further provider-specific options
   */
  public SourceConfig(
      String id,
      String type,
      URI url,
      Set<String> trustedHosts,
      Set<String> serviceHosts,
      boolean enabled,
      Map<String, String> options) {
    this(id, type, url, trustedHosts, serviceHosts, enabled, true, options);
  }

  /**
   * This source with another index URL. Options that name a URL on another host than the new
   * index ({@code download-stats-url}, {@code simple-url} of the public index) are dropped with
   * their hosts: they describe the old index's services, and a mirror given on the command line
   * should not make pkgguard talk to the public one. {@code provenance} and {@code
   * account-pages-url} go with them when they belong to the old index.
   */
  public SourceConfig withUrl(URI newUrl) {
    String oldHost = url.getHost() == null ? "" : url.getHost();
    String newHost = newUrl.getHost() == null ? "" : newUrl.getHost();
    if (oldHost.equalsIgnoreCase(newHost)) {
      return new SourceConfig(
          id, type, newUrl, trustedHosts, serviceHosts, enabled, required, options);
    }
    Map<String, String> kept = new java.util.LinkedHashMap<>();
    options.forEach(
        (key, value) -> {
          boolean url = value.startsWith("https://") || value.startsWith("http://");
          if (!url || newHost.equalsIgnoreCase(URI.create(value).getHost())) {
            kept.put(key, value);
          }
        });
    if (!kept.containsKey("simple-url")) {
      kept.remove("provenance");
    }
    return new SourceConfig(id, type, newUrl, trustedHosts, Set.of(), enabled, required, kept);
  }
}
