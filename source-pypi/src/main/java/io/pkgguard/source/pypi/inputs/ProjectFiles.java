package io.pkgguard.source.pypi.inputs;

import java.io.IOException;
import java.util.Optional;

/**
 * The files of a project, as the caller lets a reader see them: by path relative to the project
 * directory, {@code /}-separated, already normalised and checked by the reader to stay inside it.
 * The reader never touches the file system itself; the host (the CLI, an IDE) decides what a path
 * means.
 */
@FunctionalInterface
public interface ProjectFiles {

  /**
   * The bytes of the file at {@code path}, or empty if there is no such file.
   *
   * @throws IOException if it exists but cannot be read
   */
  Optional<byte[]> read(String path) throws IOException;
}
