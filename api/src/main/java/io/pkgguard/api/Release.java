package io.pkgguard.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One release (version) of a project with its files, as the index lists it.
 *
 * @param version the version string as published
 * @param files the files of the release; empty when the index lists the version without files
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Release(String version, List<DistributionFile> files) {

  /**
   * Creates the value, checking its components.
   *
   * @param version the version string as published
   * @param files the files of the release; empty when the index lists the version without files
   */
  public Release {
    Objects.requireNonNull(version, "version");
    files = List.copyOf(Objects.requireNonNull(files, "files"));
  }

  /** {@return the earliest upload time of any file of this release; empty if none is known} */
  public Optional<Instant> firstUpload() {
    return files.stream()
        .map(DistributionFile::uploadTime)
        .flatMap(Optional::stream)
        .min(Instant::compareTo);
  }

  /**
   * {@return whether every file of the release is yanked (a release without files is not yanked)}
   */
  public boolean isYanked() {
    return !files.isEmpty() && files.stream().allMatch(DistributionFile::yanked);
  }
}
