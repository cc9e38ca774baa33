package io.pkgguard.core;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.core.connection.LoopbackAddresses;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Where an offline OSV database given to {@link Guard.Builder#advisoryDatabase} may be. */
final class AdvisoryDatabaseLocation {

  private AdvisoryDatabaseLocation() {}

  /**
   * Checks the location: a local zip that exists, an {@code https:} URL, or {@code http:} on
   * loopback.
   *
   * @return the location, a {@code file:} one absolute and normalized
   * @throws ConfigurationException saying what is wrong and what is accepted
   */
  static URI check(URI url) {
    String shown = "advisory database " + url;
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    switch (scheme) {
      case "https" -> {
        return url;
      }
      case "http" -> {
        if (LoopbackAddresses.isLoopback(url.getHost())) {
          return url;
        }
        throw new ConfigurationException(
            shown + ": plain http is accepted only for loopback" + " addresses; use https");
      }
      case "file" -> {
        Path path;
        try {
          path = Path.of(url);
        } catch (IllegalArgumentException e) {
          throw new ConfigurationException(shown + ": not a local path (" + e.getMessage() + ")");
        }
        if (Files.isDirectory(path)) {
          throw new ConfigurationException(
              shown
                  + ": a directory; give a zip of OSV records"
                  + " (tools/refresh-osv-db --from-directory writes one from a directory)");
        }
        if (!Files.isRegularFile(path)) {
          throw new ConfigurationException(
              shown
                  + ": no such file; give a zip of OSV records"
                  + " (tools/refresh-osv-db downloads one)");
        }
        return path.toAbsolutePath().normalize().toUri();
      }
      default -> {
        throw new ConfigurationException(shown + ": use a file: URL of a zip, or an https: URL");
      }
    }
  }
}
