package io.pkgguard.installer;

import io.pkgguard.api.Artifact;
import io.pkgguard.api.Decision;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Verdict;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One package an installation would put into the environment, with its own verdict.
 *
 * @param request the exact release ({@code name==version}, for the environment's markers)
 * @param verdict its verdict, approvals applied
 * @param artifact the judged file to install; empty when there is none to install (see the plan's
 *     blockers)
 * @param installed the version the environment has now, if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PlannedPackage(
    PackageRequest request,
    Verdict verdict,
    Optional<Artifact> artifact,
    Optional<String> installed) {

  /**
   * Creates the value, checking its components.
   *
   * @param request the exact release
   * @param verdict its verdict
   * @param artifact the judged file to install
   * @param installed the version installed now
   */
  public PlannedPackage {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(artifact, "artifact");
    Objects.requireNonNull(installed, "installed");
  }

  /** {@return the project name} */
  public String name() {
    return verdict.id().name();
  }

  /** {@return the version} */
  public String version() {
    return verdict.version().orElse("");
  }

  /** {@return whether the environment has this very version already (it is left as it is)} */
  public boolean alreadyInstalled() {
    return installed.filter(version()::equals).isPresent();
  }

  /** {@return whether somebody must approve it before it is installed} */
  public boolean needsConsent() {
    Decision effective = verdict.effectiveDecision();
    return !alreadyInstalled()
        && (effective == Decision.REVIEW || effective == Decision.SPECIAL_APPROVAL);
  }

  /** {@return whether its file is a source distribution, to be built before it is installed} */
  public boolean isSourceDistribution() {
    return artifact.map(a -> !a.filename().endsWith(".whl")).orElse(false);
  }
}
