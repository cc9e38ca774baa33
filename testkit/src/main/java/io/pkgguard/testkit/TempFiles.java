package io.pkgguard.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the kit's temporary directories. */
final class TempFiles {

  private TempFiles() {}

  /** Deletes a directory tree; what cannot be deleted stays (it is in the temporary directory). */
  static void deleteQuietly(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // left for the operating system's cleaning of temporary files
                }
              });
    } catch (IOException e) {
      // nothing to delete, or nothing that can be
    }
  }
}
