package io.pkgguard.source.osv;

import io.pkgguard.api.AdvisorySettings;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The options both OSV advisory source types read, with their checks. */
final class OsvSourceProviders {

  private OsvSourceProviders() {}

  static long positive(AdvisorySettings settings, String key, long fallback) {
    Optional<String> value = settings.option(key);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      long parsed = Long.parseLong(value.get().strip());
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("option " + key + " must be a positive whole number, not '"
        + value.get() + "'");
  }

  static Duration timeout(AdvisorySettings settings, long fallbackMillis) {
    return Duration.ofMillis(positive(settings, "timeout-ms", fallbackMillis));
  }

  static URI url(AdvisorySettings settings, String... schemes) {
    URI url = settings.descriptor().indexUrl();
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    for (String allowed : schemes) {
      if (allowed.equals(scheme)) {
        return url;
      }
    }
    throw new IllegalArgumentException("advisory source " + settings.descriptor().id()
        + ": url " + url + " must be " + String.join(" or ", schemes));
  }
}
