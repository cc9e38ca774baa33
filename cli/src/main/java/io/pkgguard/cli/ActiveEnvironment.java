package io.pkgguard.cli;

import io.pkgguard.installer.InstallException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The virtual environment a command works on: the one named, else the active one. */
final class ActiveEnvironment {

  private ActiveEnvironment() {}

  /**
   * The environment's directory.
   *
   * @param named what {@code --venv} gave; may be null
   * @param environment the process's environment variables ({@code VIRTUAL_ENV} names the active
   *     environment, as the {@code activate} scripts set it)
   * @param hint what to tell the user when there is neither
   * @throws InstallException if none was named and none is active
   */
  static Path directory(Path named, Map<String, String> environment, String hint)
      throws InstallException {
    if (named != null) {
      return named;
    }
    return Optional.ofNullable(environment.get("VIRTUAL_ENV"))
        .filter(v -> !v.isBlank())
        .map(Path::of)
        .orElseThrow(() -> new InstallException(InstallException.Step.ENVIRONMENT, hint));
  }
}
