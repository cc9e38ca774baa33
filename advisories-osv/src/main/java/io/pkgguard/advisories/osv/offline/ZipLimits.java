package io.pkgguard.advisories.osv.offline;

/**
 * Limits for reading an advisory archive: it is never extracted, but a hostile one must still not
 * exhaust memory or time.
 *
 * @param maxEntries the most entries read
 * @param maxTotalBytes the most bytes read, uncompressed, in all
 * @param maxEntryBytes the largest single record
 * @param maxRatio the largest compression ratio of an entry over 1 MB (a zip bomb's mark)
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, int maxEntryBytes, int maxRatio) {

  /** Room for every OSV ecosystem export of today several times over. */
  public static ZipLimits defaults() {
    return new ZipLimits(500_000, 2L * 1024 * 1024 * 1024, 4 * 1024 * 1024, 200);
  }

  public ZipLimits {
    if (maxEntries <= 0 || maxTotalBytes <= 0 || maxEntryBytes <= 0 || maxRatio <= 0) {
      throw new IllegalArgumentException("zip limits must be positive");
    }
  }
}
