package io.pkgguard.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.apiguardian.api.API;

/**
 * Reads files a user names (policies, requirements and lock files, lists of names, certificate
 * bundles, distribution files) so that no name can hang or exhaust the process: only regular files
 * (a FIFO would block forever, {@code /dev/zero} never ends), and never more than a stated number
 * of bytes, checked before and while reading.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RegularFiles {

  private RegularFiles() {}

  /**
   * Fails unless {@code file} is a regular file (links followed).
   *
   * @param file the file
   * @return its size in bytes
   * @throws NoSuchFileException if there is no such file
   * @throws IOException saying what it is instead (a directory, a device or pipe)
   */
  public static long requireRegular(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw new IOException("is a directory, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw new IOException(
          "is not a regular file (a device, a pipe or a socket); pkgguard"
              + " reads only regular files");
    }
    return attributes.size();
  }

  /**
   * Reads a whole regular file of at most {@code maxBytes}.
   *
   * @param file the file
   * @param maxBytes the most bytes it may have
   * @return its bytes
   * @throws NoSuchFileException if there is no such file
   * @throws IOException saying what is wrong: not a regular file, too large, unreadable
   */
  public static byte[] read(Path file, long maxBytes) throws IOException {
    long size = requireRegular(file);
    if (size > maxBytes) {
      throw tooLarge(maxBytes);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        // It grew while it was read.
        throw tooLarge(maxBytes);
      }
      return bytes;
    }
  }

  /**
   * Opens a regular file for reading.
   *
   * @param file the file
   * @return a stream of its bytes
   * @throws NoSuchFileException if there is no such file
   * @throws IOException saying what it is instead of a regular file, or why it cannot be read
   */
  public static InputStream open(Path file) throws IOException {
    requireRegular(file);
    return Files.newInputStream(file);
  }

  private static IOException tooLarge(long maxBytes) {
    return new IOException("is larger than " + describe(maxBytes) + "; is it the right file?");
  }

  private static String describe(long bytes) {
    if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GiB";
    }
    if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    return bytes + " bytes";
  }
}
