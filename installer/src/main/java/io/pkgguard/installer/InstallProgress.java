package io.pkgguard.installer;

import org.apiguardian.api.API;

/** Told each phase of an installation as it starts, for a progress display. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface InstallProgress {

  /** The phases, in order. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  enum Phase {
    /** Finding everything the request pulls in. */
    RESOLVE,
    /** Judging each package. */
    EVALUATE,
    /** Taking the judged files (and checking their bytes once more). */
    DOWNLOAD,
    /** pip, into the environment. */
    INSTALL,
    /** Checking what was installed. */
    VERIFY,
    /** Putting the environment back after a failure. */
    ROLLBACK,
    /** Finished. */
    DONE
  }

  /**
   * A phase starts.
   *
   * @param phase which
   * @param detail one short line (how many packages, which file)
   */
  void phase(Phase phase, String detail);

  /** {@return a progress that shows nothing} */
  static InstallProgress silent() {
    return (phase, detail) -> {};
  }
}
