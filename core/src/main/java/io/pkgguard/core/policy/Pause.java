package io.pkgguard.core.policy;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The emergency pause: while active, every evaluation is rejected.
 *
 * @param active whether the pause is in force
 * @param reason why, shown in every rejecting finding; possibly empty
 * @param unknown whether the pause is in force because its state could not be read (the shared
 *     store is unreachable): nothing is allowed while that is so
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Pause(boolean active, String reason, boolean unknown) {

  private static final Pause OFF = new Pause(false, "", false);

  public Pause {
    Objects.requireNonNull(reason, "reason");
  }

  /** No pause. */
  public static Pause off() {
    return OFF;
  }

  /** A pause in force for the given reason. */
  public static Pause because(String reason) {
    return new Pause(true, reason, false);
  }

  /**
   * {@return a pause in force because its state cannot be read}
   *
   * @param why what failed
   */
  public static Pause unreadable(String why) {
    return new Pause(true, why, true);
  }
}
