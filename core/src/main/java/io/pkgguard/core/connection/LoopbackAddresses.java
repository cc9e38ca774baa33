package io.pkgguard.core.connection;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apiguardian.api.API;

/** Which hosts count as this machine: the only ones plain {@code http:} may reach. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LoopbackAddresses {

  private LoopbackAddresses() {}

  /**
   * Whether a host name is a loopback address literal or {@code localhost}. Other names are never
   * resolved, so DNS cannot make a remote host count as local.
   */
  public static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    // Only literals are resolved here: a name other than localhost is never treated as loopback,
    // so DNS cannot turn a remote host into a "local" one.
    if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
