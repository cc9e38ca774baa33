package io.pkgguard.api;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Where approvals, the audit log and the emergency pause live, shared by every host that opens the
 * same store: an embedded database in a local directory for one machine, PostgreSQL for an
 * organisation. The core decides everything (who may approve, which approval satisfies a verdict,
 * how records are hashed); a store only keeps data, atomically. Implementations must be
 * thread-safe and safe for several processes (or machines) at once.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface StateStore extends AutoCloseable {

  /**
   * Seals audit entries into records: given the last record of the log (or none), the next
   * record. The core implements it; a store calls it inside the transaction that appends.
   */
  @FunctionalInterface
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  interface Sealer {
    /**
     * {@return the record for {@code entry}, following {@code previous}}
     *
     * @param entry what happened
     * @param previousSequence the last record's sequence; 0 for an empty log
     * @param previousHash the last record's hash; 64 zeros for an empty log
     */
    AuditRecord seal(AuditEntry entry, long previousSequence, String previousHash);
  }

  /**
   * Appends entries to the audit log, in order, as one atomic step: no other writer's record
   * comes between them or between the last record read and the first appended, so the chain
   * stays linear under any number of concurrent writers.
   *
   * @param entries what happened, oldest first
   * @param sealer turns each entry into its record
   * @return the records appended
   * @throws StoreException if they could not be appended (then none was)
   */
  List<AuditRecord> append(List<AuditEntry> entries, Sealer sealer) throws StoreException;

  /**
   * {@return records of the audit log in sequence order, from {@code fromSequence} on}
   *
   * @param fromSequence the first sequence wanted (1 for the whole log)
   * @param limit the most records returned
   * @throws StoreException if the log cannot be read
   */
  List<AuditRecord> records(long fromSequence, int limit) throws StoreException;

  /**
   * Keeps an approval (a new one, or a revocation of a kept one, by its id) and appends the audit
   * entries that record it, as one atomic step: both or neither.
   *
   * @param approval the approval
   * @param audit what to append to the audit log with it
   * @param sealer turns each entry into its record
   * @return the records appended
   * @throws StoreException if it could not be kept (then nothing was)
   */
  List<AuditRecord> save(Approval approval, List<AuditEntry> audit, Sealer sealer)
      throws StoreException;

  /**
   * {@return every kept approval of one package version, revoked and expired ones included}
   *
   * @param packageId the package, with its name normalized by its ecosystem
   * @param version the version
   * @throws StoreException if they cannot be read
   */
  List<Approval> approvals(PackageId packageId, String version) throws StoreException;

  /**
   * {@return every kept approval, newest first}
   *
   * @throws StoreException if they cannot be read
   */
  List<Approval> approvals() throws StoreException;

  /**
   * {@return the emergency pause as last set; {@link PauseState#never()} if never}
   *
   * @throws StoreException if it cannot be read
   */
  PauseState pause() throws StoreException;

  /**
   * Sets the emergency pause and appends the audit entries that record it, as one atomic step.
   *
   * @param state the new state
   * @param audit what to append to the audit log with it
   * @param sealer turns each entry into its record
   * @return the records appended
   * @throws StoreException if it could not be set (then nothing was)
   */
  List<AuditRecord> setPause(PauseState state, List<AuditEntry> audit, Sealer sealer)
      throws StoreException;

  /** Releases connections and files; must not throw. */
  @Override
  void close();
}
