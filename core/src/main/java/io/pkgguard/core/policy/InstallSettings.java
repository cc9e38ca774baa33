package io.pkgguard.core.policy;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The policy's {@code [install]}: what an installer that honours the verdicts may do.
 *
 * @param buildSdists whether a package that has only a source distribution may be built (in the
 *     isolated environment, with no index); the built wheel is judged again before it is
 *     installed. Off by default: building runs the package's own code
 * @param allowSystem whether an installer may install into an interpreter's own environment
 *     rather than a virtual environment (and only when asked to explicitly)
 * @param lockWait how long an installation waits for another one in the same environment to
 *     finish before it refuses
 * @param pipTimeout the longest one run of pip may take; then it is stopped and the environment
 *     restored
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InstallSettings(
    boolean buildSdists, boolean allowSystem, Duration lockWait, Duration pipTimeout) {

  /**
   * Creates the value, checking its components.
   *
   * @param buildSdists whether source distributions may be built
   * @param allowSystem whether an interpreter's own environment may be installed into
   * @param lockWait how long to wait for another installation
   * @param pipTimeout the longest one run of pip may take
   */
  public InstallSettings {
    Objects.requireNonNull(lockWait, "lockWait");
    Objects.requireNonNull(pipTimeout, "pipTimeout");
  }
}
