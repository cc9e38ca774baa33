package io.pkgguard.testkit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A distribution file held in memory: its file name and bytes, as a {@link Wheel} or {@link
 * Sdist} builds it (or as read from a file).
 *
 * @param filename the file name, such as {@code demo-1.0-py3-none-any.whl}
 * @param bytes the file's content
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DistributionArchive(String filename, byte[] bytes) {

  /**
   * Checks the components and keeps a copy of the bytes.
   *
   * @param filename the file name; a plain name, no directories
   * @param bytes the content
   */
  public DistributionArchive {
    Objects.requireNonNull(filename, "filename");
    if (filename.isBlank() || filename.contains("/") || filename.contains("\\")) {
      throw new IllegalArgumentException(
          "a distribution's file name is a plain name: '" + filename + "'");
    }
    bytes = Objects.requireNonNull(bytes, "bytes").clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** {@return the SHA-256 of the bytes, in lower-case hex, as an index lists it} */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DistributionArchive that
        && filename.equals(that.filename)
        && java.util.Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * filename.hashCode() + java.util.Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return filename + " (" + bytes.length + " bytes)";
  }
}
