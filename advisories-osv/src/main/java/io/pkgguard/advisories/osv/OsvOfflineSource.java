package io.pkgguard.advisories.osv;

import io.pkgguard.advisories.osv.matching.OsvMatcher;
import io.pkgguard.advisories.osv.model.OsvFormatException;
import io.pkgguard.advisories.osv.model.OsvRecordReader;
import io.pkgguard.advisories.osv.offline.OsvDatabase;
import io.pkgguard.advisories.osv.offline.ZipLimits;
import io.pkgguard.api.Advisory;
import io.pkgguard.api.AdvisorySource;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceException.Reason;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Advisories from an offline OSV database: a zip archive read through the transport (a {@code
 * file:} URL for air-gapped sites, or an {@code https:} URL of an export), loaded on first use
 * and kept. If it cannot be loaded, every question fails with the reason, so evaluations are
 * incomplete rather than silently unchecked. Thread-safe.
 */
final class OsvOfflineSource implements AdvisorySource {

  private static final Logger LOG = LoggerFactory.getLogger(OsvOfflineSource.class);

  private final URI url;
  private final HttpTransport transport;
  private final OsvMatcher matcher;
  private final OsvRecordReader reader;
  private final ZipLimits limits;
  private final long maxBytes;
  private final Duration timeout;
  private OsvDatabase database;
  private SourceException failure;

  OsvOfflineSource(
      URI url,
      HttpTransport transport,
      OsvMatcher matcher,
      OsvRecordReader reader,
      ZipLimits limits,
      long maxBytes,
      Duration timeout) {
    this.url = url;
    this.transport = transport;
    this.matcher = matcher;
    this.reader = reader;
    this.limits = limits;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  /** OSV has advisories for the ecosystems {@link OsvMatcher} maps (PyPI), none for conda. */
  @Override
  public boolean covers(String ecosystem) {
    return OsvMatcher.osvEcosystem(ecosystem).isPresent();
  }

  @Override
  public List<Advisory> advisories(PackageId id, String version) throws SourceException {
    return database().advisories(id, version);
  }

  /** The database, loading it on first use. */
  synchronized OsvDatabase database() throws SourceException {
    if (database != null) {
      return database;
    }
    if (failure != null) {
      throw new SourceException(failure.reason(), failure.getMessage(), failure);
    }
    try {
      TransportResponse response =
          transport.get(TransportRequest.get(url, "application/zip", maxBytes, timeout));
      if (response.status() == 404) {
        throw new SourceException(
            Reason.NOT_FOUND,
            "no offline advisory database at "
                + url
                + "; download one (see tools/refresh-osv-db) or fix the advisory source's url (a"
                + " directory of records is zipped first: tools/refresh-osv-db --from-directory)");
      }
      if (response.status() != 200) {
        throw new SourceException(
            Reason.UNAVAILABLE,
            "the offline advisory database at "
                + url
                + " could not be read: HTTP "
                + response.status());
      }
      long start = System.nanoTime();
      database = OsvDatabase.load(response.body(), url.toString(), matcher, reader, limits);
      LOG.debug(
          "loaded {} advisory records for {} packages from {} in {} ms ({} invalid)",
          database.records(),
          database.packages(),
          url,
          (System.nanoTime() - start) / 1_000_000,
          database.skipped());
      return database;
    } catch (TransportException e) {
      failure =
          new SourceException(
              e.reason() == TransportException.Reason.TOO_LARGE
                  ? Reason.TOO_LARGE
                  : Reason.UNAVAILABLE,
              "the offline advisory database at " + url + " could not be read: " + e.getMessage(),
              e);
    } catch (OsvFormatException e) {
      failure =
          new SourceException(
              Reason.MALFORMED,
              "the offline advisory database is" + " unusable: " + e.getMessage(),
              e);
    } catch (SourceException e) {
      failure = e;
    }
    throw failure;
  }
}
