package io.pkgguard.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.Approval;
import io.pkgguard.api.ApprovedFinding;
import io.pkgguard.api.AuditEntry;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.Decision;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PauseState;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.StateStore;
import io.pkgguard.api.StoreException;
import io.pkgguard.core.administration.AuditChain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every state store must do, whatever keeps its data: append atomically and linearly, read
 * back exactly what was written, keep approvals and the pause together with their audit records.
 * A store module's test extends this with a way to open a fresh store.
 */
public abstract class StateStoreContract {

  protected static final AuditChain CHAIN = new AuditChain();
  private final List<StateStore> opened = new ArrayList<>();

  /** {@return a store with an empty database} */
  protected abstract StateStore openEmpty() throws Exception;

  /** {@return another store on the same database as the last one opened} */
  protected abstract StateStore openAgain() throws Exception;

  protected StateStore store() throws Exception {
    StateStore store = openEmpty();
    opened.add(store);
    return store;
  }

  protected StateStore again() throws Exception {
    StateStore store = openAgain();
    opened.add(store);
    return store;
  }

  @AfterEach
  void closeStores() {
    opened.forEach(StateStore::close);
  }

  protected static AuditEntry entry(String subject) {
    return new AuditEntry(
        Instant.parse("2026-12-01T10:00:00.123456789Z"),
        "bob",
        "host-1",
        AuditRecord.Kind.EVALUATION,
        subject,
        "REVIEW: a concern",
        "sha256:00",
        Map.of("decision", "REVIEW", "note", "ünïcødé \u2028 \"quoted\""));
  }

  protected static Approval approval(String id, String version, Instant at) {
    return new Approval(
        id,
        PackageId.pypi("requests"),
        version,
        List.of("ab".repeat(32)),
        "sha256:00",
        Decision.REVIEW,
        List.of(new ApprovedFinding("concern", RiskLevel.MEDIUM, "concern:0123")),
        "bob",
        "needed",
        at,
        Optional.of(at.plusSeconds(3600)),
        Optional.empty());
  }

  @Test
  void recordsReadBackExactlyAsWrittenInOneUnbrokenChain() throws Exception {
    StateStore store = store();
    List<AuditRecord> written = store.append(List.of(entry("pypi:a 1"), entry("pypi:b 1")), CHAIN);
    written = new ArrayList<>(written);
    written.addAll(store.append(List.of(entry("pypi:c 1")), CHAIN));

    List<AuditRecord> read = store.records(1, 100);

    assertThat(read).isEqualTo(written);
    assertThat(read).extracting(AuditRecord::sequence).containsExactly(1L, 2L, 3L);
    assertThat(AuditChain.verify(read, AuditChain.GENESIS)).isEmpty();
    assertThat(store.records(3, 100))
        .singleElement()
        .satisfies(r -> assertThat(r.subject()).isEqualTo("pypi:c 1"));
  }

  @Test
  void anAppendThatFailsPartWayLeavesNothing() throws Exception {
    StateStore store = store();
    store.append(List.of(entry("pypi:a 1")), CHAIN);
    StateStore.Sealer failing =
        (entry, sequence, hash) -> {
          if (entry.subject().equals("pypi:boom 1")) {
            throw new IllegalStateException("sealing failed");
          }
          return CHAIN.seal(entry, sequence, hash);
        };

    assertThatThrownBy(
            () -> store.append(List.of(entry("pypi:b 1"), entry("pypi:boom 1")), failing))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("sealing failed");

    assertThat(store.records(1, 100)).hasSize(1);
    assertThat(store.append(List.of(entry("pypi:c 1")), CHAIN))
        .singleElement()
        .satisfies(r -> assertThat(r.sequence()).isEqualTo(2));
  }

  @Test
  void approvalsAreKeptWithTheirAuditRecordAndRevokedInPlace() throws Exception {
    StateStore store = store();
    Instant at = Instant.parse("2026-12-01T10:00:00Z");
    Approval first = approval("id-1", "2.32.3", at);
    store.save(first, List.of(entry("pypi:requests 2.32.3")), CHAIN);
    store.save(approval("id-2", "2.32.3", at.plusSeconds(60)), List.of(), CHAIN);
    store.save(approval("id-3", "2.31.0", at.plusSeconds(120)), List.of(), CHAIN);

    Approval revoked = first.revoked("alice", at.plusSeconds(300), "compromised");
    store.save(revoked, List.of(entry("pypi:requests 2.32.3")), CHAIN);

    assertThat(store.approvals(PackageId.pypi("requests"), "2.32.3"))
        .extracting(Approval::id)
        .containsExactly("id-2", "id-1");
    assertThat(store.approvals(PackageId.pypi("requests"), "2.32.3").get(1)).isEqualTo(revoked);
    assertThat(store.approvals()).extracting(Approval::id).containsExactly("id-3", "id-2", "id-1");
    assertThat(store.records(1, 10)).hasSize(2);
  }

  @Test
  void thePauseIsSharedByEveryStoreOnTheDatabase() throws Exception {
    StateStore store = store();
    assertThat(store.pause()).isEqualTo(PauseState.never());
    PauseState paused =
        new PauseState(true, "compromised mirror", "alice", Instant.parse("2026-12-01T10:00:00Z"));
    store.setPause(paused, List.of(entry("")), CHAIN);

    assertThat(again().pause()).isEqualTo(paused);
    assertThat(store.records(1, 10)).hasSize(1);
  }

  @Test
  void concurrentWritersNeverInterleaveOrLoseARecord() throws Exception {
    StateStore store = store();
    StateStore other = again();
    ExecutorService writers = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      StateStore target = t % 2 == 0 ? store : other;
      int thread = t;
      done.add(
          writers.submit(
              () -> {
                for (int i = 0; i < 50; i++) {
                  target.append(
                      List.of(
                          entry("pypi:t" + thread + " " + i),
                          entry("pypi:t" + thread + " " + i + "b")),
                      CHAIN);
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get(2, TimeUnit.MINUTES);
    }
    writers.shutdown();

    List<AuditRecord> all = store.records(1, 10_000);
    assertThat(all).hasSize(800);
    assertThat(AuditChain.verify(all, AuditChain.GENESIS)).isEmpty();
    // The two entries of one append stay next to each other.
    for (int i = 0; i < all.size(); i += 2) {
      assertThat(all.get(i + 1).subject()).isEqualTo(all.get(i).subject() + "b");
    }
  }
}
