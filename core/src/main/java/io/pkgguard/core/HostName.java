package io.pkgguard.core;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name of this machine, as the audit log records it. */
final class HostName {

  private HostName() {}

  /** {@return {@code $HOSTNAME}, else the local host's name, else "unknown"} */
  static String local() {
    String variable = System.getenv("HOSTNAME");
    if (variable != null && !variable.isBlank()) {
      return variable;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException | SecurityException e) {
      return "unknown";
    }
  }
}
