package io.pkgguard.cli.installers;

import java.nio.file.Path;
import java.util.Map;

/**
 * Reads where pip and uv on this machine would take packages from, for a check run without
 * {@code --index}: pip's configuration files and {@code PIP_*} variables, then uv's files and
 * {@code UV_*} variables. pip's index stays the index when both name one; every other index
 * either names is one more place a package may come from.
 */
public final class InstallerConfiguration {

  private InstallerConfiguration() {}

  /**
   * Reads both installers' settings.
   *
   * @param environment the process environment ({@code HOME}, {@code XDG_*}, {@code PIP_*},
   *     {@code UV_*}, {@code VIRTUAL_ENV})
   * @param project the project directory: where uv looks for {@code uv.toml} and {@code
   *     pyproject.toml}
   * @return the merged settings; {@link InstallerIndexes#NONE} when nothing is configured
   * @throws InstallerConfigException naming the file and line pip or uv would refuse
   */
  public static InstallerIndexes read(Map<String, String> environment, Path project)
      throws InstallerConfigException {
    Path home = Path.of(environment.getOrDefault("HOME", System.getProperty("user.home", "/")));
    Path etc = Path.of("/etc");
    return PipConfiguration.read(environment, home, etc)
        .and(UvConfiguration.read(environment, project, home, etc));
  }
}
