package io.pkgguard.core;

import io.pkgguard.api.Approval;
import io.pkgguard.api.AuditEntry;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PauseState;
import io.pkgguard.api.StateStore;
import io.pkgguard.api.StoreException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A state store in memory, as the SPI describes one (every write atomic, the chain linear), with a
 * switch that makes it fail like an unreachable database. The real stores are tested against the
 * same contract in their own modules.
 */
final class MemoryStore implements StateStore {

  private final List<AuditRecord> records = new ArrayList<>();
  private final Map<String, Approval> approvals = new LinkedHashMap<>();
  private PauseState pause = PauseState.never();
  private volatile boolean down;

  /** Makes every call fail (or succeed again). */
  void down(boolean value) {
    down = value;
  }

  synchronized List<AuditRecord> all() {
    return List.copyOf(records);
  }

  /** Replaces a kept record, as somebody editing the database by hand would. */
  synchronized void tamper(int index, AuditRecord replacement) {
    records.set(index, replacement);
  }

  private void check() throws StoreException {
    if (down) {
      throw new StoreException("memory store is down (connection refused)");
    }
  }

  @Override
  public synchronized List<AuditRecord> append(List<AuditEntry> entries, Sealer sealer)
      throws StoreException {
    check();
    List<AuditRecord> appended = new ArrayList<>();
    for (AuditEntry entry : entries) {
      AuditRecord last = records.isEmpty() ? null : records.get(records.size() - 1);
      AuditRecord record =
          sealer.seal(
              entry,
              last == null ? 0 : last.sequence(),
              last == null ? "0".repeat(64) : last.hash());
      records.add(record);
      appended.add(record);
    }
    return appended;
  }

  @Override
  public synchronized List<AuditRecord> records(long fromSequence, int limit)
      throws StoreException {
    check();
    return records.stream().filter(r -> r.sequence() >= fromSequence).limit(limit).toList();
  }

  @Override
  public synchronized List<AuditRecord> save(
      Approval approval, List<AuditEntry> audit, Sealer sealer) throws StoreException {
    check();
    approvals.put(approval.id(), approval);
    return append(audit, sealer);
  }

  @Override
  public synchronized List<Approval> approvals(PackageId packageId, String version)
      throws StoreException {
    check();
    return approvals.values().stream()
        .filter(a -> a.packageId().equals(packageId) && a.version().equals(version))
        .toList();
  }

  @Override
  public synchronized List<Approval> approvals() throws StoreException {
    check();
    return approvals.values().stream()
        .sorted(Comparator.comparing(Approval::approvedAt).reversed())
        .toList();
  }

  @Override
  public synchronized PauseState pause() throws StoreException {
    check();
    return pause;
  }

  @Override
  public synchronized List<AuditRecord> setPause(
      PauseState state, List<AuditEntry> audit, Sealer sealer) throws StoreException {
    check();
    pause = state;
    return append(audit, sealer);
  }

  @Override
  public void close() {
    // nothing to release
  }
}
