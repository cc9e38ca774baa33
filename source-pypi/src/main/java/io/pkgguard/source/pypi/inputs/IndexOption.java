package io.pkgguard.source.pypi.inputs;

import java.util.Objects;

/**
 * An option of a requirements file that changes where pip looks for packages. Each is reported:
 * an extra index is exactly how dependency confusion happens.
 *
 * @param kind which option
 * @param value its value (a URL or host; empty for {@code --no-index}), with {@code ${VAR}}
 *     expanded: for comparing, never for showing (a variable may hold a password)
 * @param written the value as the file writes it, variables unexpanded: for showing
 * @param location where it was written
 */
public record IndexOption(Kind kind, String value, String written, SourceLocation location) {

  /** The options pip has for package locations. */
  public enum Kind {
    /** {@code -i}, {@code --index-url}: replaces the index. */
    INDEX_URL,
    /** {@code --extra-index-url}: another index, searched as well. */
    EXTRA_INDEX_URL,
    /** {@code -f}, {@code --find-links}: a page or directory of files. */
    FIND_LINKS,
    /** {@code --no-index}: no index at all. */
    NO_INDEX,
    /** {@code --trusted-host}: a host pip may reach without valid TLS. */
    TRUSTED_HOST
  }

  public IndexOption {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(location, "location");
  }

  /**
   * An option whose value holds no variables (lock files).
   *
   * @param kind which option
   * @param value its value
   * @param location where it was written
   */
  public IndexOption(Kind kind, String value, SourceLocation location) {
    this(kind, value, value, location);
  }
}
