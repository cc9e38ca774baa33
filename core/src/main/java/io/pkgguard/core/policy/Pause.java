package io.pkgguard.core.policy;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The emergency pause: while active, every evaluation is rejected.
 *
 * @param active whether the pause is in force
 * @param reason why, shown in every rejecting finding; possibly empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Pause(boolean active, String reason) {

  private static final Pause OFF = new Pause(false, "");

  public Pause {
    Objects.requireNonNull(reason, "reason");
  }

  /** No pause. */
  public static Pause off() {
    return OFF;
  }

  /** A pause in force for the given reason. */
  public static Pause because(String reason) {
    return new Pause(true, reason);
  }
}
