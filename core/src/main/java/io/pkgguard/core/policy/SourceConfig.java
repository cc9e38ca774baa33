package io.pkgguard.core.policy;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 * @param options further provider-specific options
 */
public record SourceConfig(
    String id,
    String type,
    URI url,
    Set<String> trustedHosts,
    Set<String> serviceHosts,
    boolean enabled,
    Map<String, String> options) {

  public SourceConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(url, "url");
    trustedHosts = Set.copyOf(Objects.requireNonNull(trustedHosts, "trustedHosts"));
    serviceHosts = Set.copyOf(Objects.requireNonNull(serviceHosts, "serviceHosts"));
    options = Map.copyOf(Objects.requireNonNull(options, "options"));
  }

  /** This source with another index URL. */
  public SourceConfig withUrl(URI newUrl) {
    return new SourceConfig(id, type, newUrl, trustedHosts, serviceHosts, enabled, options);
  }
}
