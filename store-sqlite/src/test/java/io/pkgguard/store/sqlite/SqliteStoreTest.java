package io.pkgguard.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.StateStore;
import io.pkgguard.api.StateStoreProvider;
import io.pkgguard.api.StoreException;
import io.pkgguard.core.administration.AuditChain;
import io.pkgguard.core.administration.AuditLog;
import io.pkgguard.store.contract.StateStoreContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store: the store contract on SQLite, several processes, crashes, hand edits. */
class SqliteStoreTest extends StateStoreContract {

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("state.db");
  }

  private StateStore open(Path file) throws StoreException {
    return new SqliteStoreProvider()
        .open(
            new StateStoreProvider.Settings(
                dir, Map.of("path", file.toString()), Map.of(), Clock.systemUTC()));
  }

  @Override
  protected StateStore openEmpty() throws Exception {
    return open(file());
  }

  @Override
  protected StateStore openAgain() throws Exception {
    return open(file());
  }

  private static Process appender(Path db, int count, String label) throws IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            SqliteAppender.class.getName(),
            db.toString(),
            Integer.toString(count),
            label)
        .redirectErrorStream(true)
        .start();
  }

  @Test
  void twoProcessesWritingAtOnceLoseNothingAndKeepOneChain() throws Exception {
    try (StateStore store = open(file())) {
      Process first = appender(file(), 200, "one");
      Process second = appender(file(), 200, "two");
      for (int i = 0; i < 100; i++) {
        store.append(List.of(entry("pypi:here " + i)), CHAIN);
      }
      for (Process p : List.of(first, second)) {
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(new String(p.getInputStream().readAllBytes())).contains("done");
      }

      List<AuditRecord> all = store.records(1, 10_000);
      assertThat(all).hasSize(500);
      assertThat(AuditChain.verify(all, AuditChain.GENESIS)).isEmpty();
      assertThat(all).extracting(AuditRecord::actor).contains("one", "two", "bob");
    }
  }

  @Test
  void aProcessKilledMidWriteLeavesWholeRecordsAndAnUnbrokenChain() throws Exception {
    for (int round = 0; round < 3; round++) {
      Process writer = appender(file(), 1_000_000, "killed" + round);
      Thread.sleep(1500);
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    try (StateStore store = open(file())) {
      List<AuditRecord> all = store.records(1, 10_000_000);
      assertThat(all).isNotEmpty();
      assertThat(AuditChain.verify(all, AuditChain.GENESIS)).isEmpty();
      store.append(List.of(entry("pypi:after 1")), CHAIN);
      assertThat(AuditChain.verify(store.records(1, 10_000_000), AuditChain.GENESIS)).isEmpty();
    }
  }

  @Nested
  class HandEdits {

    private void sql(String statement, Object... parameters) throws Exception {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
          PreparedStatement s = c.prepareStatement(statement)) {
        for (int i = 0; i < parameters.length; i++) {
          s.setObject(i + 1, parameters[i]);
        }
        s.executeUpdate();
      }
    }

    @Test
    void anEditedRecordIsNamedByTheChain() throws Exception {
      StateStore store = store();
      store.append(List.of(entry("pypi:a 1"), entry("pypi:b 1"), entry("pypi:c 1")), CHAIN);
      sql(
          "UPDATE audit SET record = replace(record, '\"actor\":\"bob\"',"
              + " '\"actor\":\"mallory\"') WHERE sequence = 2");

      assertThat(AuditChain.verify(store.records(1, 100), AuditChain.GENESIS))
          .hasValueSatisfying(
              b -> {
                assertThat(b.sequence()).isEqualTo(2);
                assertThat(b.problem()).contains("altered");
              });
    }

    @Test
    void aDeletedRecordIsNamedByTheChain() throws Exception {
      StateStore store = store();
      store.append(List.of(entry("pypi:a 1"), entry("pypi:b 1"), entry("pypi:c 1")), CHAIN);
      sql("DELETE FROM audit WHERE sequence = 2");

      assertThat(AuditChain.verify(store.records(1, 100), AuditChain.GENESIS))
          .hasValueSatisfying(
              b -> assertThat(b.problem()).contains("records 2 to 2 were" + " removed"));
    }

    @Test
    void aStoredRecordIsTheJsonFormThatLogExportsAndVerifies() throws Exception {
      // The store depends on the api alone, so it writes the form itself; it must be the one
      // `pkgguard log show --format jsonl` prints and `log verify FILE` reads.
      StateStore store = store();
      store.append(List.of(entry("pypi:a 1")), CHAIN);
      AuditRecord kept = store.records(1, 1).get(0);
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
          java.sql.ResultSet row =
              c.createStatement().executeQuery("SELECT record FROM audit WHERE sequence = 1")) {
        row.next();
        com.fasterxml.jackson.databind.ObjectMapper json =
            new com.fasterxml.jackson.databind.ObjectMapper();
        // The same fields and values; the export escapes what is not ASCII, the store need not.
        assertThat(json.readTree(row.getString(1))).isEqualTo(json.readTree(AuditLog.toJson(kept)));
        assertThat(AuditLog.fromJson(row.getString(1))).isEqualTo(kept);
      }
    }

    @Test
    void aRowThatIsNotARecordIsAStoreErrorNotAGuess() throws Exception {
      StateStore store = store();
      store.append(List.of(entry("pypi:a 1")), CHAIN);
      sql("UPDATE audit SET record = 'garbage' WHERE sequence = 1");

      assertThatThrownBy(() -> store.records(1, 100))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot read the audit log")
          .hasMessageContaining("record 1 is not an audit record");
    }
  }

  @Test
  void aDirectoryHoldsStateDbAndAnUncreatablePlaceIsAClearError() throws Exception {
    Files.createDirectories(dir.resolve("shared"));
    open(dir.resolve("shared")).close();
    assertThat(dir.resolve("shared/state.db")).isRegularFile();
    Path file = dir.resolve("blocker");
    Files.writeString(file, "x");
    assertThatThrownBy(() -> open(file.resolve("sub/state.db")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot be created");
  }

  @Test
  void theDefaultFileIsStateDbInPkgguardsHome() {
    StateStoreProvider.Settings settings =
        new StateStoreProvider.Settings(dir, Map.of("path", ""), Map.of(), Clock.systemUTC());
    assertThat(SqliteStoreProvider.file(settings)).isEqualTo(dir.resolve("state.db"));
  }
}
