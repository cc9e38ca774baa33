package io.pkgguard.advisories.osv;

import io.pkgguard.advisories.osv.matching.OsvMatcher;
import io.pkgguard.advisories.osv.model.OsvRecordReader;
import io.pkgguard.advisories.osv.offline.ZipLimits;
import io.pkgguard.api.AdvisorySettings;
import io.pkgguard.api.AdvisorySource;
import io.pkgguard.api.AdvisorySourceProvider;

/**
 * The {@code osv-offline} advisory source type: a zip of OSV records at the configured URL
 * ({@code file:} for a local copy; {@code https:} for an export to fetch once). Options: {@code
 * max-bytes} (largest archive, default 1 GB), {@code timeout-ms} (default 120000).
 */
public final class OsvOfflineSourceProvider implements AdvisorySourceProvider {

  @Override
  public String type() {
    return "osv-offline";
  }

  @Override
  public AdvisorySource create(AdvisorySettings settings) {
    return new OsvOfflineSource(
        OsvSourceProviders.url(settings, "file", "https", "http"),
        settings.transport(),
        new OsvMatcher(settings.ecosystems(), settings.descriptor().id()),
        new OsvRecordReader(),
        ZipLimits.defaults(),
        settings.positiveOption("max-bytes", 1L << 30),
        OsvSourceProviders.timeout(settings, 120_000));
  }
}
