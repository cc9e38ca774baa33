package io.pkgguard.core.administration;

import io.pkgguard.api.Approval;
import io.pkgguard.api.AuditEntry;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PauseState;
import io.pkgguard.api.StateStore;
import io.pkgguard.api.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A guard's access to its store: opened on first use (and opened again after a failure, at most
 * every few seconds), the pause state remembered for the policy's {@code pause-check-ms}, every
 * failure passed on as a {@link StoreException} for the caller to reject with. A guard without a
 * store ({@code type = "none"}) keeps nothing: no approvals, no audit, never paused. Thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SharedState implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SharedState.class);

  /** How long after a failed opening the store is not tried again. */
  private static final Duration REOPEN_AFTER = Duration.ofSeconds(5);

  /** Opens the store. */
  @FunctionalInterface
  public interface Opener {
    /**
     * {@return the store}
     *
     * @throws StoreException if it cannot be opened
     */
    StateStore open() throws StoreException;
  }

  private final Opener opener;
  private final boolean owned;
  private final Duration pauseCheck;
  private final Clock clock;
  private final AuditChain chain = new AuditChain();
  private StateStore store;
  private StoreException openFailure;
  private Instant openFailedAt = Instant.MIN;
  private PauseState pause;
  private Instant pauseReadAt = Instant.MIN;

  private SharedState(Opener opener, boolean owned, Duration pauseCheck, Clock clock) {
    this.opener = opener;
    this.owned = owned;
    this.pauseCheck = pauseCheck;
    this.clock = clock;
  }

  /**
   * A store the guard opens and closes.
   *
   * @param opener opens it
   * @param pauseCheck how long a pause state read is relied on
   * @param clock the clock
   * @return the access
   */
  public static SharedState opening(Opener opener, Duration pauseCheck, Clock clock) {
    return new SharedState(opener, true, pauseCheck, clock);
  }

  /**
   * A store the host opened and will close.
   *
   * @param store the store
   * @param pauseCheck how long a pause state read is relied on
   * @param clock the clock
   * @return the access
   */
  public static SharedState of(StateStore store, Duration pauseCheck, Clock clock) {
    Objects.requireNonNull(store, "store");
    return new SharedState(() -> store, false, pauseCheck, clock);
  }

  /** {@return access that keeps nothing} */
  public static SharedState none() {
    return new SharedState(null, false, Duration.ZERO, Clock.systemUTC());
  }

  /** {@return whether anything is kept} */
  public boolean enabled() {
    return opener != null;
  }

  /** {@return the chain that seals this store's records} */
  public AuditChain chain() {
    return chain;
  }

  /**
   * {@return the store, opening it if needed}
   *
   * @throws StoreException if it cannot be opened
   */
  public synchronized StateStore store() throws StoreException {
    if (opener == null) {
      throw new StoreException("no store is configured ([store] type = \"none\")");
    }
    if (store != null) {
      return store;
    }
    Instant now = clock.instant();
    if (openFailure != null && now.isBefore(openFailedAt.plus(REOPEN_AFTER))) {
      throw openFailure;
    }
    try {
      store = opener.open();
      openFailure = null;
      return store;
    } catch (StoreException e) {
      openFailure = e;
      openFailedAt = now;
      throw e;
    } catch (RuntimeException e) {
      openFailure =
          new StoreException(
              "the store failed to open ("
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage()
                  + ")",
              e);
      openFailedAt = now;
      throw openFailure;
    }
  }

  /**
   * {@return the pause state, read again once the last reading is older than pause-check-ms}
   *
   * @throws StoreException if it cannot be read (the caller rejects: it cannot tell)
   */
  public PauseState pause() throws StoreException {
    if (opener == null) {
      return PauseState.never();
    }
    synchronized (this) {
      Instant now = clock.instant();
      if (pause != null && now.isBefore(pauseReadAt.plus(pauseCheck))) {
        return pause;
      }
    }
    PauseState read = store().pause();
    synchronized (this) {
      pause = read;
      pauseReadAt = clock.instant();
      return read;
    }
  }

  /** Forgets the pause state read, so that the next question reads it again. */
  public synchronized void forgetPause() {
    pause = null;
  }

  /**
   * Appends entries to the audit log; nothing when no store is configured.
   *
   * @param entries what happened
   * @return the records appended
   * @throws StoreException if they could not be appended
   */
  public List<AuditRecord> append(List<AuditEntry> entries) throws StoreException {
    if (opener == null || entries.isEmpty()) {
      return List.of();
    }
    return store().append(entries, chain);
  }

  /**
   * {@return the approvals kept for one package version; none without a store}
   *
   * @param packageId the package, name normalized
   * @param version the version
   * @throws StoreException if they cannot be read
   */
  public List<Approval> approvals(PackageId packageId, String version) throws StoreException {
    if (opener == null) {
      return List.of();
    }
    return store().approvals(packageId, version);
  }

  @Override
  public synchronized void close() {
    if (owned && store != null) {
      try {
        store.close();
      } catch (RuntimeException e) {
        LOG.debug("closing the store failed", e);
      }
    }
    store = null;
  }
}
