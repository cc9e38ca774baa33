package io.pkgguard.core;

import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.Verdict;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An environment file judged: the verdict, and the description of the file it judged, whose
 * requirements say on which line each package was asked for.
 *
 * @param verdict the environment's verdict, its packages' verdicts as dependencies
 * @param description what the ecosystem read from the file; empty if its reader failed (the
 *     verdict is then REJECT with nothing judged)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record JudgedEnvironment(Verdict verdict, Optional<EnvironmentDescription> description) {

  /**
   * Creates the value, checking its components.
   *
   * @param verdict the verdict
   * @param description the description, if the file was read
   */
  public JudgedEnvironment {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(description, "description");
  }
}
