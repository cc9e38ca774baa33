package io.pkgguard.api;

import java.io.IOException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A project's files, as an {@link Ecosystem} reading an environment gets them: by path relative
 * to the environment file's directory, size-capped, and never outside that directory.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface EnvironmentFiles {

  /**
   * A file's bytes.
   *
   * @param relativePath the path, relative to the environment file's directory
   * @return the bytes; empty if there is no such file, or it lies outside the directory
   * @throws IOException if it exists but cannot be read (too large, not a regular file)
   */
  Optional<byte[]> read(String relativePath) throws IOException;
}
