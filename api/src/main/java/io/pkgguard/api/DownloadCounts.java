package io.pkgguard.api;

import org.apiguardian.api.API;

/**
 * How often a project was downloaded recently, as a download-statistics service reports it.
 * Absence of this value means "unknown", which is never the same as zero.
 *
 * @param lastDay downloads in the last day
 * @param lastWeek downloads in the last week
 * @param lastMonth downloads in the last month
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DownloadCounts(long lastDay, long lastWeek, long lastMonth) {

  /**
   * Creates the value, checking its components.
   *
   * @param lastDay downloads in the last day
   * @param lastWeek downloads in the last week
   * @param lastMonth downloads in the last month
   */
  public DownloadCounts {
    if (lastDay < 0 || lastWeek < 0 || lastMonth < 0) {
      throw new IllegalArgumentException("download counts cannot be negative");
    }
  }
}
