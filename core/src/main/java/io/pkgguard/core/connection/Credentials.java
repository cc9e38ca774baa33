package io.pkgguard.core.connection;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where credentials for index hosts come from: a {@code .netrc} file, environment variables, or
 * the host application. Implementations answer with the {@code Authorization} header value for
 * a URI's host; the transport never logs it and never sends it to another host.
 */
@FunctionalInterface
@API(status = API.Status.STABLE, since = "0.1")
public interface Credentials {

  /** The {@code Authorization} header value for requests to {@code uri}'s host, if any. */
  Optional<String> authorizationFor(URI uri);

  /** No credentials. */
  static Credentials none() {
    return uri -> Optional.empty();
  }

  /** HTTP Basic credentials for one host (case-insensitive; a port, if given, must match). */
  static Credentials basic(String host, String user, String password) {
    Objects.requireNonNull(host, "host");
    String header =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return uri -> HostMatch.matches(host, uri) ? Optional.of(header) : Optional.empty();
  }

  /** A bearer token for one host. */
  static Credentials bearer(String host, String token) {
    Objects.requireNonNull(host, "host");
    String header = "Bearer " + token;
    return uri -> HostMatch.matches(host, uri) ? Optional.of(header) : Optional.empty();
  }

  /** The first of several sources that has credentials for a host. */
  static Credentials firstOf(List<Credentials> sources) {
    List<Credentials> copy = new ArrayList<>(sources);
    return uri ->
        copy.stream().map(c -> c.authorizationFor(uri)).flatMap(Optional::stream).findFirst();
  }

  /** Host comparison shared by the implementations. */
  final class HostMatch {
    private HostMatch() {}

    static boolean matches(String host, URI uri) {
      if (uri.getHost() == null) {
        return false;
      }
      int colon = host.lastIndexOf(':');
      if (colon > 0 && !host.endsWith("]")) {
        return host.substring(0, colon).equalsIgnoreCase(uri.getHost())
            && host.substring(colon + 1).equals(String.valueOf(uri.getPort()));
      }
      return host.equalsIgnoreCase(uri.getHost());
    }
  }
}
