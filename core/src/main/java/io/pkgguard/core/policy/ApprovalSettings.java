package io.pkgguard.core.policy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The policy's {@code [approvals]}: who may grant special approval, and for how long approvals
 * hold at most.
 *
 * @param administrators the identities (as hosts report them: the OS user for the command line)
 *     who may approve what needs special approval, and pause or resume installations
 * @param maxValidity the longest an approval holds; one asked for longer is refused
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ApprovalSettings(List<String> administrators, Duration maxValidity) {

  /**
   * Creates the value, checking its components.
   *
   * @param administrators who may grant special approval
   * @param maxValidity the longest an approval holds
   */
  public ApprovalSettings {
    administrators = List.copyOf(administrators);
    Objects.requireNonNull(maxValidity, "maxValidity");
  }

  /**
   * {@return whether {@code identity} is an administrator}
   *
   * @param identity an identity as the host reports it
   */
  public boolean isAdministrator(String identity) {
    return administrators.contains(identity);
  }
}
