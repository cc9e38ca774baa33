package io.pkgguard.cli.installers;

/** An installer's configuration file that pip or uv would refuse, with file and line. */
public final class InstallerConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  InstallerConfigException(String file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
  }
}
