package io.pkgguard.cli;

import java.nio.file.Path;

/** How reports name a file the user gave: relative to the working directory where it lies there. */
final class ReportPaths {

  private ReportPaths() {}

  /**
   * {@return the path as a report shows it: relative to the working directory when the file is
   * inside it (code scanning wants paths from the repository's root), otherwise absolute, always
   * with '/'}
   */
  static String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath().normalize();
    Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    return shown.toString().replace(java.io.File.separatorChar, '/');
  }
}
