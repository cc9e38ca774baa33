package io.pkgguard.api;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A text file a policy names for a rule ({@link ParameterDefinition.Type#FILES}), as the core read
 * it when the guard was built. Rules get the content, never the file system: they stay pure
 * functions of their context, and a missing or unreadable file is a configuration error before
 * any package is judged.
 *
 * @param path the absolute path the content was read from, for reports
 * @param content the file's text, decoded as UTF-8
 */
@API(status = API.Status.STABLE, since = "0.1")
public record TextFile(String path, String content) {

  /**
   * Creates the value, checking its components.
   *
   * @param path the absolute path the content was read from, for reports
   * @param content the file's text, decoded as UTF-8
   */
  public TextFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
  }

  /** The path: what a policy listing or a report shows. */
  @Override
  public String toString() {
    return path;
  }
}
