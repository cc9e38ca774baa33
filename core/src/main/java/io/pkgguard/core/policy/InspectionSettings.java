package io.pkgguard.core.policy;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How the guard fetches and reads the files it judges ({@code [inspection]} in the policy). Files
 * are downloaded only when a rule of the content stage is enabled.
 *
 * @param allFiles whether every file of the release is inspected rather than the one an
 *     installer would choose for the target environment
 * @param maxFileBytes the largest file downloaded; a larger one cannot be inspected
 * @param maxEvaluationBytes the most bytes downloaded for one package
 * @param downloadTimeout the longest one download may take, connect to last byte
 * @param archive what reading one file may cost
 * @param cachedFiles how many inspected files are remembered by digest, so that a file judged
 *     once is not fetched again by the same guard
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InspectionSettings(
    boolean allFiles,
    long maxFileBytes,
    long maxEvaluationBytes,
    Duration downloadTimeout,
    ArchiveLimits archive,
    int cachedFiles) {

  public InspectionSettings {
    Objects.requireNonNull(downloadTimeout, "downloadTimeout");
    Objects.requireNonNull(archive, "archive");
    if (maxFileBytes <= 0 || maxEvaluationBytes <= 0 || cachedFiles < 0) {
      throw new IllegalArgumentException("inspection limits must be positive");
    }
    if (downloadTimeout.isNegative() || downloadTimeout.isZero()) {
      throw new IllegalArgumentException("download timeout must be positive");
    }
  }
}
