package io.pkgguard.api;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A configured package source as rules see it: where its index is and which hosts it trusts for
 * downloads. Carries no credentials.
 *
 * @param id the source id from the policy, such as {@code pypi}
 * @param ecosystem the ecosystem id it serves
 * @param indexUrl the base URL of its index
 * @param trustedHosts lower-case host names download URLs may point to (the index host is always
 *     trusted in addition); unmodifiable
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SourceDescriptor(
    String id, String ecosystem, URI indexUrl, Set<String> trustedHosts) {

  /**
   * Creates the value, checking its components.
   *
   * @param id the source id from the policy, such as {@code pypi}
   * @param ecosystem the ecosystem id it serves
   * @param indexUrl the base URL of its index
   * @param trustedHosts lower-case host names download URLs may point to (the index host is always
   *     trusted in addition); unmodifiable
   */
  public SourceDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ecosystem, "ecosystem");
    Objects.requireNonNull(indexUrl, "indexUrl");
    trustedHosts =
        Objects.requireNonNull(trustedHosts, "trustedHosts").stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * {@return a source about which nothing is known and which trusts no host}
   *
   * @param ecosystem the ecosystem id
   */
  public static SourceDescriptor unknown(String ecosystem) {
    return new SourceDescriptor("unknown", ecosystem, URI.create("unknown:source"), Set.of());
  }

  /**
   * {@return whether {@code host} is the index host or one of the trusted download hosts}
   *
   * @param host a host name
   */
  public boolean trustsHost(String host) {
    if (host == null) {
      return false;
    }
    String lower = host.toLowerCase(Locale.ROOT);
    return trustedHosts.contains(lower)
        || (indexUrl.getHost() != null && indexUrl.getHost().equalsIgnoreCase(lower));
  }
}
