package io.pkgguard.advisories.osv;

import io.pkgguard.api.AdvisorySettings;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** The options both OSV advisory source types read, with their checks. */
final class OsvSourceProviders {

  private OsvSourceProviders() {}

  static Duration timeout(AdvisorySettings settings, long fallbackMillis) {
    return Duration.ofMillis(settings.positiveOption("timeout-ms", fallbackMillis));
  }

  static URI url(AdvisorySettings settings, String... schemes) {
    URI url = settings.descriptor().indexUrl();
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    for (String allowed : schemes) {
      if (allowed.equals(scheme)) {
        return url;
      }
    }
    throw new IllegalArgumentException(
        "advisory source "
            + settings.descriptor().id()
            + ": url "
            + url
            + " must be "
            + String.join(" or ", schemes));
  }
}
