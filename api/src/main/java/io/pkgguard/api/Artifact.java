package io.pkgguard.api;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A file a verdict applies to: an installer that honours the verdict installs exactly these
 * bytes and nothing else.
 *
 * @param filename the file name
 * @param url where it was (or would be) downloaded from
 * @param sha256 its SHA-256 digest as declared by the index (or verified, once downloaded);
 *     empty if the index declared none, in which case no installer should trust the file
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Artifact(String filename, URI url, Optional<String> sha256) {

  /**
   * Creates the value, checking its components.
   *
   * @param filename the file name
   * @param url where it was (or would be) downloaded from
   * @param sha256 its SHA-256 digest as declared by the index (or verified, once downloaded); empty
   *     if the index declared none, in which case no installer should trust the file
   */
  public Artifact {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(sha256, "sha256");
  }

  /**
   * {@return the artifact described by an index file entry}
   *
   * @param file the file as the index described it
   */
  public static Artifact of(DistributionFile file) {
    return new Artifact(file.filename(), file.url(), file.sha256());
  }
}
