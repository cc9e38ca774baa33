package io.pkgguard.installer;

import io.pkgguard.api.Verdict;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an installation would do: every package the request pulls in for the environment, each
 * with its own verdict and the judged file that would be installed, and why it cannot go ahead,
 * if it cannot. A plan changes nothing; {@link Installer#install} carries it out.
 *
 * @param environment where
 * @param requested the verdicts of the packages asked for, with their dependency trees
 * @param packages every package to be in the environment, dependencies first where known
 * @param blockers why nothing can be installed (a package rejected, not fully checked, without an
 *     installable file); empty if it can go ahead once the packages needing approval have it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InstallPlan(
    PythonEnvironment environment,
    List<Verdict> requested,
    List<PlannedPackage> packages,
    List<String> blockers) {

  /**
   * Creates the value, checking its components.
   *
   * @param environment where
   * @param requested the verdicts of the packages asked for
   * @param packages every package to be in the environment
   * @param blockers why nothing can be installed
   */
  public InstallPlan {
    Objects.requireNonNull(environment, "environment");
    requested = List.copyOf(requested);
    packages = List.copyOf(packages);
    blockers = List.copyOf(blockers);
  }

  /** {@return whether something stops the installation} */
  public boolean blocked() {
    return !blockers.isEmpty();
  }

  /** {@return the packages somebody must approve first} */
  public List<PlannedPackage> needingConsent() {
    return packages.stream().filter(PlannedPackage::needsConsent).toList();
  }

  /** {@return the packages that would be installed: those not there at this version already} */
  public List<PlannedPackage> toInstall() {
    return packages.stream().filter(p -> !p.alreadyInstalled()).toList();
  }
}
