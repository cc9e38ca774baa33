package io.pkgguard.core.administration;

import io.pkgguard.api.AuditEntry;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.PauseState;
import io.pkgguard.api.StoreException;
import io.pkgguard.core.policy.Policy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The emergency pause in the shared store: while it is on, every host that uses the store rejects
 * every evaluation, within the policy's {@code pause-check-ms}, without restarting. Only
 * administrators may pause or resume; both are audit records. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EmergencyPause {

  private final SharedState state;
  private final Policy policy;
  private final Clock clock;
  private final String host;

  /**
   * @param state the store
   * @param policy names the administrators
   * @param clock the clock
   * @param host which machine records are written from
   */
  public EmergencyPause(SharedState state, Policy policy, Clock clock, String host) {
    this.state = state;
    this.policy = policy;
    this.clock = clock;
    this.host = host;
  }

  /**
   * Pauses all installations for every host that uses the store.
   *
   * @param by who (an administrator)
   * @param reason why, shown in every rejection
   * @return the state now
   * @throws ApprovalException if {@code by} is no administrator or the store cannot record it
   */
  public PauseState pause(String by, String reason) throws ApprovalException {
    if (reason.isBlank()) {
      throw new ApprovalException(
          ApprovalException.Reason.INVALID,
          "a pause needs a reason:" + " every rejection shows it");
    }
    return set(
        new PauseState(true, reason, by, clock.instant()),
        AuditRecord.Kind.PAUSE,
        "paused all installations: " + reason);
  }

  /**
   * Lifts the pause.
   *
   * @param by who (an administrator)
   * @return the state now
   * @throws ApprovalException if {@code by} is no administrator or the store cannot record it
   */
  public PauseState resume(String by) throws ApprovalException {
    return set(
        new PauseState(false, "", by, clock.instant()),
        AuditRecord.Kind.RESUME,
        "resumed installations");
  }

  /**
   * {@return the pause as the store has it now}
   *
   * @throws ApprovalException if the store cannot be read
   */
  public PauseState state() throws ApprovalException {
    try {
      state.forgetPause();
      return state.pause();
    } catch (StoreException e) {
      throw new ApprovalException(
          ApprovalException.Reason.STORE,
          "the pause state cannot be" + " read: " + e.getMessage(),
          e);
    }
  }

  private PauseState set(PauseState next, AuditRecord.Kind kind, String summary)
      throws ApprovalException {
    if (!policy.approvals().isAdministrator(next.by())) {
      throw new ApprovalException(
          ApprovalException.Reason.NOT_PERMITTED,
          "only an"
              + " administrator named in the policy's [approvals] administrators may pause or"
              + " resume installations; "
              + next.by()
              + " is not one");
    }
    Instant now = clock.instant();
    try {
      state
          .store()
          .setPause(
              next,
              List.of(
                  new AuditEntry(
                      now,
                      next.by(),
                      host,
                      kind,
                      "",
                      summary,
                      policy.fingerprint(),
                      Map.of("reason", next.reason()))),
              state.chain());
      state.forgetPause();
      return next;
    } catch (StoreException e) {
      throw new ApprovalException(
          ApprovalException.Reason.STORE,
          "the store could not record" + " it: " + e.getMessage(),
          e);
    }
  }
}
