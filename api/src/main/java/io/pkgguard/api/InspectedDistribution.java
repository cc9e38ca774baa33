package io.pkgguard.api;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A distribution file the core downloaded, checked against the index's digest and read, as
 * {@link RuleStage#CONTENT} rules see it; also what {@code Guard} reads from a local file.
 *
 * @param file the file as the index described it (for a local file: its name and path)
 * @param sha256 the SHA-256 of the bytes that were read, lower-case hex; the verdict's artifact
 *     carries the same digest, so an installer can install exactly these bytes
 * @param bytes the file's size
 * @param format how the archive was read
 * @param entries its entries in archive order, as far as they were read; unmodifiable
 * @param problems what was wrong with its structure; unmodifiable, empty when nothing was
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InspectedDistribution(
    DistributionFile file,
    String sha256,
    long bytes,
    Format format,
    List<ArchiveEntry> entries,
    List<ArchiveProblem> problems) {

  /** Archive formats the core reads. */
  public enum Format {
    /** A zip archive: wheels, eggs, zip sdists. */
    ZIP,
    /** A tar archive, plain or compressed with gzip, bzip2 or xz: sdists, conda's .tar.bz2. */
    TAR,
    /** A conda v2 package: a zip of zstd-compressed tar archives. */
    CONDA,
    /** Not an archive the core can read; {@link #problems()} says why. */
    UNREADABLE
  }

  /**
   * Creates the value, checking its components.
   *
   * @param file the file as the index described it (for a local file: its name and path)
   * @param sha256 the SHA-256 of the bytes that were read, lower-case hex; the verdict's artifact
   *     carries the same digest, so an installer can install exactly these bytes
   * @param bytes the file's size
   * @param format how the archive was read
   * @param entries its entries in archive order, as far as they were read; unmodifiable
   * @param problems what was wrong with its structure; unmodifiable, empty when nothing was
   */
  public InspectedDistribution {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(format, "format");
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  /** {@return whether every entry was read to its end (no problem left content unread)} */
  public boolean fullyRead() {
    return problems.stream().noneMatch(ArchiveProblem::leftContentUnread);
  }
}
