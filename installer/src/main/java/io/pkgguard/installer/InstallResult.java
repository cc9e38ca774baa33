package io.pkgguard.installer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A finished, verified installation.
 *
 * @param plan what was planned
 * @param installed the packages installed by this run (those already there are not)
 * @param warnings what verification noticed that is not this installation's doing (a
 *     dependency problem the environment had before, say)
 * @param recovered what an earlier, unfinished installation left, and that was undone first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InstallResult(
    InstallPlan plan,
    List<PlannedPackage> installed,
    List<String> warnings,
    Optional<String> recovered) {

  /**
   * Creates the value, checking its components.
   *
   * @param plan what was planned
   * @param installed the packages installed
   * @param warnings what verification noticed
   * @param recovered what was undone first
   */
  public InstallResult {
    Objects.requireNonNull(plan, "plan");
    installed = List.copyOf(installed);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(recovered, "recovered");
  }
}
