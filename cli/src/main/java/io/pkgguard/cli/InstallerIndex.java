package io.pkgguard.cli;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.cli.installers.ConfiguredValue;
import io.pkgguard.core.IndexLocation;
import io.pkgguard.core.connection.Credentials;
import io.pkgguard.core.connection.TrustedCertificates;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.SourceConfig;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * The index pip or uv is configured with, put in place of the policy's PyPI source: a Simple API
 * index (what {@code index-url} always names), its credentials used but never shown.
 */
final class InstallerIndex {

  /** pip's default index: configuring it changes nothing. */
  private static final String PYPI_SIMPLE = "https://pypi.org/simple";

  private static final String SIMPLE_TYPE = "pypi-simple";

  private InstallerIndex() {}

  /**
   * The policy checking against the configured index: its first PyPI source becomes a Simple API
   * source at that URL (unless it is pypi.org's own).
   *
   * @throws ConfigurationException naming where the index was set if it cannot be used
   */
  static Policy use(Policy policy, ConfiguredValue index) {
    String url = index.withoutCredentials();
    if (stripSlash(url).equalsIgnoreCase(PYPI_SIMPLE)) {
      return policy;
    }
    URI uri;
    try {
      uri = IndexLocation.check("index-url (" + index.origin() + ")", URI.create(url));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "index-url (" + index.origin() + ") " + index.shown() + ": not a URL");
    }
    SourceConfig pypi =
        policy.sources().values().stream()
            .filter(SourceConfig::enabled)
            .filter(s -> s.type().startsWith("pypi-"))
            .findFirst()
            .orElseThrow(
                () ->
                    new ConfigurationException(
                        "the index pip would use ("
                            + index.origin()
                            + ") cannot be checked: the policy has no PyPI source to point at it"));
    return policy.withSource(
        new SourceConfig(
            pypi.id(), SIMPLE_TYPE, uri, Set.of(), Set.of(), true, pypi.required(), Map.of()));
  }

  /** {@return the user and password written in the index URL, for that host only} */
  static Optional<Credentials> credentials(ConfiguredValue index) {
    String value = index.value();
    int scheme = value.indexOf("://");
    if (scheme < 0) {
      return Optional.empty();
    }
    int start = scheme + 3;
    int end = start;
    while (end < value.length() && "/?#".indexOf(value.charAt(end)) < 0) {
      end++;
    }
    int at = value.lastIndexOf('@', end - 1);
    if (at < start) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = URI.create(index.withoutCredentials());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (uri.getHost() == null) {
      return Optional.empty();
    }
    // As pip splits it: the user before the first ':', the password after it ('@' included).
    String info = value.substring(start, at);
    String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    int colon = info.indexOf(':');
    String user = decode(colon < 0 ? info : info.substring(0, colon));
    String password = colon < 0 ? "" : decode(info.substring(colon + 1));
    return Optional.of(Credentials.basic(host, user, password));
  }

  /**
   * {@return TLS trusting the configured CA bundle too}
   *
   * @throws ConfigurationException naming where it was set if it cannot be read
   */
  static SSLContext certificates(ConfiguredValue cert) {
    try {
      return TrustedCertificates.withBundle(Path.of(cert.value()));
    } catch (ConfigurationException e) {
      throw new ConfigurationException("cert (" + cert.origin() + "): " + e.getMessage(), e);
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
