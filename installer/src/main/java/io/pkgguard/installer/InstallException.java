package io.pkgguard.installer;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An installation or audit that could not be done, with the step that failed. When it is thrown
 * by {@link Installer#install}, the environment is as it was before (unless {@link #step()} is
 * {@link Step#ROLLBACK}: then it could not be restored, and the message says what is left).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InstallException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Where it failed. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Step {
    /** The Python environment: missing, broken, not a virtual environment, not writable. */
    ENVIRONMENT,
    /** The plan: a package is rejected, not fully checked, or has nothing installable. */
    PLAN,
    /** A package that needed approval was not approved. */
    CONSENT,
    /** Another installation holds the environment. */
    LOCK,
    /** A judged file is missing or its bytes changed since it was judged. */
    FETCH,
    /** A source distribution could not be built, or its wheel was judged worse. */
    BUILD,
    /** pip failed, ran too long, or was interrupted. */
    PIP,
    /** What was installed is not what was approved. */
    VERIFY,
    /** The environment could not be restored after a failure. */
    ROLLBACK,
    /** The audit log could not record a step (the installation does not go ahead). */
    STORE
  }

  private final Step step;

  /**
   * @param step where it failed
   * @param message what happened, and what to do
   */
  public InstallException(Step step, String message) {
    super(message);
    this.step = Objects.requireNonNull(step, "step");
  }

  /**
   * @param step where it failed
   * @param message what happened, and what to do
   * @param cause the underlying failure
   */
  public InstallException(Step step, String message, Throwable cause) {
    super(message, cause);
    this.step = Objects.requireNonNull(step, "step");
  }

  /** {@return where it failed} */
  public Step step() {
    return step;
  }
}
