package io.pkgguard.api;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The emergency pause as a shared store keeps it: while active, every host that uses the store
 * rejects every evaluation.
 *
 * @param active whether installations are paused
 * @param reason why; empty when not paused
 * @param by who paused or resumed last
 * @param since when that happened
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PauseState(boolean active, String reason, String by, Instant since) {

  /**
   * Creates the value, checking its components.
   *
   * @param active whether installations are paused
   * @param reason why
   * @param by who
   * @param since when
   */
  public PauseState {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(since, "since");
  }

  /** {@return no pause, ever set} */
  public static PauseState never() {
    return new PauseState(false, "", "", Instant.EPOCH);
  }
}
