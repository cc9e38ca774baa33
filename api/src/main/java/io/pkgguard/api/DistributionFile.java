package io.pkgguard.api;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * One downloadable file of a release, as the index describes it. Nothing here has been verified:
 * the digest is what the index claims.
 *
 * @param filename the file name, never blank
 * @param url where the index says the file can be downloaded
 * @param sha256 the SHA-256 digest the index declares, lower-case hex; empty if none was given
 * @param size the size in bytes the index declares, if any
 * @param kind what kind of distribution the file is
 * @param uploadTime when it was uploaded, if the index says
 * @param yanked whether the file was yanked
 * @param yankedReason the reason given for yanking, if any
 * @param requiresPython the {@code Requires-Python} the index declares for this file, if any
 * @param provenance where the index serves this file's PEP 740 provenance (attestations), if
 *     it says it has any; empty when it has none or did not say
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DistributionFile(
    String filename,
    URI url,
    Optional<String> sha256,
    OptionalLong size,
    Kind kind,
    Optional<Instant> uploadTime,
    boolean yanked,
    Optional<String> yankedReason,
    Optional<String> requiresPython,
    Optional<URI> provenance) {

  /** Kinds of distribution file. */
  public enum Kind {
    /** A built wheel ({@code .whl}); installing it runs no project code. */
    WHEEL,
    /** A source distribution; installing it runs the project's build. */
    SDIST,
    /** A legacy egg. */
    EGG,
    /** A legacy Windows installer or other executable distribution. */
    INSTALLER,
    /** A conda package ({@code .conda} or {@code .tar.bz2}). */
    CONDA,
    /** Anything else. */
    OTHER;

    /**
     * The kind a file name says a distribution is, by its ending (case-insensitive): {@code
     * .whl}, {@code .conda}, {@code .egg}, {@code .exe} or {@code .msi}, and the archive endings
     * of source distributions ({@code .tar.gz}, {@code .tgz}, {@code .tar.bz2}, {@code .tar.xz},
     * {@code .zip}, {@code .tar}).
     *
     * @param filename the file name
     * @return its kind; {@link #OTHER} for any other ending
     */
    public static Kind ofFileName(String filename) {
      String lower = filename.toLowerCase(java.util.Locale.ROOT);
      if (lower.endsWith(".whl")) {
        return WHEEL;
      }
      if (lower.endsWith(".conda")) {
        return CONDA;
      }
      if (lower.endsWith(".egg")) {
        return EGG;
      }
      if (lower.endsWith(".exe") || lower.endsWith(".msi")) {
        return INSTALLER;
      }
      for (String ending :
          new String[] {".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip", ".tar"}) {
        if (lower.endsWith(ending)) {
          return SDIST;
        }
      }
      return OTHER;
    }
  }

  /**
   * Creates the value, checking its components.
   *
   * @param filename the file name, never blank
   * @param url where the index says the file can be downloaded
   * @param sha256 the SHA-256 digest the index declares, lower-case hex; empty if none was given
   * @param size the size in bytes the index declares, if any
   * @param kind what kind of distribution the file is
   * @param uploadTime when it was uploaded, if the index says
   * @param yanked whether the file was yanked
   * @param yankedReason the reason given for yanking, if any
   * @param requiresPython the {@code Requires-Python} the index declares for this file, if any
   * @param provenance where the index serves this file's PEP 740 provenance (attestations), if it
   *     says it has any; empty when it has none or did not say
   */
  public DistributionFile {
    Objects.requireNonNull(filename, "filename");
    if (filename.isBlank()) {
      throw new IllegalArgumentException("filename must not be blank");
    }
    Objects.requireNonNull(url, "url");
    sha256 = Objects.requireNonNull(sha256, "sha256").map(d -> d.toLowerCase(Locale.ROOT));
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(uploadTime, "uploadTime");
    Objects.requireNonNull(yankedReason, "yankedReason");
    Objects.requireNonNull(requiresPython, "requiresPython");
    Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * {@return a file with only a name, a URL and a kind known; other facts can be added with
   * withers}
   *
   * @param filename the file name
   * @param kind what kind of file it is
   * @param url where it is
   */
  public static DistributionFile of(String filename, URI url, Kind kind) {
    return new DistributionFile(
        filename,
        url,
        Optional.empty(),
        OptionalLong.empty(),
        kind,
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * {@return this file with a declared SHA-256 digest}
   *
   * @param digest the SHA-256 digest, lower-case hex
   */
  public DistributionFile withSha256(String digest) {
    return new DistributionFile(
        filename,
        url,
        Optional.of(digest),
        size,
        kind,
        uploadTime,
        yanked,
        yankedReason,
        requiresPython,
        provenance);
  }

  /**
   * {@return this file with an upload time}
   *
   * @param time when it was uploaded
   */
  public DistributionFile withUploadTime(Instant time) {
    return new DistributionFile(
        filename,
        url,
        sha256,
        size,
        kind,
        Optional.of(time),
        yanked,
        yankedReason,
        requiresPython,
        provenance);
  }

  /**
   * {@return this file with the URL of its provenance (PEP 740), or without one}
   *
   * @param where where its provenance is published, if anywhere
   */
  public DistributionFile withProvenance(Optional<URI> where) {
    return new DistributionFile(
        filename, url, sha256, size, kind, uploadTime, yanked, yankedReason, requiresPython, where);
  }
}
