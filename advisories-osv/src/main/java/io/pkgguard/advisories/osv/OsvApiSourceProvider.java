package io.pkgguard.advisories.osv;

import io.pkgguard.advisories.osv.matching.OsvMatcher;
import io.pkgguard.advisories.osv.model.OsvRecordReader;
import io.pkgguard.api.AdvisorySettings;
import io.pkgguard.api.AdvisorySource;
import io.pkgguard.api.AdvisorySourceProvider;

/**
 * The {@code osv-api} advisory source type: the OSV API at the configured URL (OSV's own is
 * {@code https://api.osv.dev}). Options: {@code timeout-ms} (per request, default 30000), {@code
 * max-bytes} (largest answer, default 32 MB).
 */
public final class OsvApiSourceProvider implements AdvisorySourceProvider {

  @Override
  public String type() {
    return "osv-api";
  }

  @Override
  public AdvisorySource create(AdvisorySettings settings) {
    return new OsvApiSource(
        OsvSourceProviders.url(settings, "https", "http"),
        settings.transport(),
        new OsvMatcher(settings.ecosystems(), settings.descriptor().id()),
        new OsvRecordReader(),
        settings.positiveOption("max-bytes", 32L << 20),
        OsvSourceProviders.timeout(settings, 30_000));
  }
}
