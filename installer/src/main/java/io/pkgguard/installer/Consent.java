package io.pkgguard.installer;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who decides the packages whose verdicts ask for approval: the user at a terminal, a host's
 * dialog. A REVIEW the user confirms becomes their recorded approval; a SPECIAL_APPROVAL is only
 * asked about when the guard's identity is an administrator (otherwise an administrator must have
 * approved it already, with {@code pkgguard approve}). REJECT is never asked about.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface Consent {

  /**
   * Asks whether a package may be installed despite its verdict's findings.
   *
   * @param planned the package, with its verdict
   * @return the reason to record if approved; empty to decline (then nothing is installed)
   * @throws InterruptedException if the caller is interrupted while asking
   */
  Optional<String> approve(PlannedPackage planned) throws InterruptedException;

  /** {@return a consent that declines everything: with no one to ask, nothing is approved} */
  static Consent nobody() {
    return planned -> Optional.empty();
  }
}
