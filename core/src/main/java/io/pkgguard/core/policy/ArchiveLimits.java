package io.pkgguard.core.policy;

import org.apiguardian.api.API;

/**
 * What reading one archive may cost; from the policy's {@code [inspection]} table. Whatever an
 * archive declares, reading stops at these limits with a problem that says so.
 *
 * @param maxEntries the most entries read
 * @param maxEntryBytes the most bytes read from one entry
 * @param maxTotalBytes the most bytes unpacked from the whole archive (for tar archives, including
 *     entries skipped)
 * @param maxCompressionRatio the largest ratio of unpacked to packed bytes, checked for entries
 *     and archives that unpack to more than {@link #RATIO_FLOOR} bytes
 * @param maxPathDepth the most components an entry name may have
 * @param maxTextBytes the most text kept from one entry for the content rules
 * @param maxTextTotal the most text kept from one archive for the content rules
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ArchiveLimits(
    int maxEntries,
    long maxEntryBytes,
    long maxTotalBytes,
    int maxCompressionRatio,
    int maxPathDepth,
    int maxTextBytes,
    long maxTextTotal) {

  /**
   * Below this many unpacked bytes a high ratio is normal: test tensors of zeros, repetitive data
   * (onnx ships 2.5 MB files packed a thousand times smaller). The entry and total limits bound
   * what an entry can cost below it; above it, a high ratio stops reading early.
   */
  public static final long RATIO_FLOOR = 64L << 20;

  /** Generous enough for the largest real wheels (several GB of CUDA libraries). */
  public static ArchiveLimits defaults() {
    return new ArchiveLimits(100_000, 2L << 30, 8L << 30, 200, 32, 4 << 20, 256L << 20);
  }

  public ArchiveLimits {
    if (maxEntries <= 0
        || maxEntryBytes <= 0
        || maxTotalBytes <= 0
        || maxCompressionRatio <= 0
        || maxPathDepth <= 0
        || maxTextBytes <= 0
        || maxTextTotal <= 0) {
      throw new IllegalArgumentException("archive limits must be positive");
    }
  }
}
