package io.pkgguard.store.sqlite;

import io.pkgguard.api.AuditEntry;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.StateStore;
import io.pkgguard.api.StateStoreProvider;
import io.pkgguard.core.administration.AuditChain;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Another process writing to the same store: appends COUNT records (LABEL i), one append each,
 * then prints "done". Started by {@link SqliteStoreTest}.
 */
public final class SqliteAppender {

  private SqliteAppender() {}

  /** Args: database file, count, label. */
  public static void main(String[] args) throws Exception {
    StateStoreProvider.Settings settings =
        new StateStoreProvider.Settings(
            Path.of("unused"), Map.of("path", args[0]), Map.of(), Clock.systemUTC());
    AuditChain chain = new AuditChain();
    try (StateStore store = new SqliteStoreProvider().open(settings)) {
      int count = Integer.parseInt(args[1]);
      for (int i = 0; i < count; i++) {
        store.append(
            List.of(
                new AuditEntry(
                    Instant.now(),
                    args[2],
                    "host",
                    AuditRecord.Kind.EVALUATION,
                    "pypi:" + args[2] + " " + i,
                    "ALLOW",
                    "",
                    Map.of())),
            chain);
      }
    }
    System.out.println("done");
  }
}
