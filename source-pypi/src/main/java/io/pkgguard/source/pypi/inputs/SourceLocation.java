package io.pkgguard.source.pypi.inputs;

import java.util.Objects;

/**
 * Where in a project's input files something was written.
 *
 * @param file the file, relative to the project directory, {@code /}-separated
 * @param line the 1-based line (the first physical line of a continued one)
 * @param column the 1-based column, 0 when the whole line is meant
 */
public record SourceLocation(String file, int line, int column) {

  public SourceLocation {
    Objects.requireNonNull(file, "file");
  }

  /** {@code file:line:column}, or {@code file:line}. */
  @Override
  public String toString() {
    return file + ":" + line + (column > 0 ? ":" + column : "");
  }
}
