package io.pkgguard.store.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.AuditEntry;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.StateStore;
import io.pkgguard.api.StateStoreProvider;
import io.pkgguard.api.StoreException;
import io.pkgguard.core.administration.AuditChain;
import io.pkgguard.store.contract.StateStoreContract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organisation's store against a real PostgreSQL that the test starts itself (its binaries
 * come as a Maven artifact): the store contract, credentials from the environment, clock skew
 * between hosts, and a database that goes away.
 */
class PostgresStoreTest extends StateStoreContract {

  private static EmbeddedPostgres postgres;
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private String database;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  private static StateStore open(
      String database, Map<String, String> environment, Map<String, String> extra)
      throws StoreException {
    Map<String, String> options =
        new java.util.HashMap<>(
            Map.of(
                "url",
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database,
                "connect-timeout-ms",
                "1000"));
    options.putAll(extra);
    return new PostgresStoreProvider()
        .open(
            new StateStoreProvider.Settings(
                Path.of("unused"), options, environment, Clock.systemUTC()));
  }

  private static Map<String, String> credentials() {
    return Map.of("PKGGUARD_STORE_USER", "postgres", "PKGGUARD_STORE_PASSWORD", "postgres");
  }

  @Override
  protected StateStore openEmpty() throws Exception {
    database = "pkgguard_" + DATABASES.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    return open(database, credentials(), Map.of());
  }

  @Override
  protected StateStore openAgain() throws Exception {
    return open(database, credentials(), Map.of());
  }

  @Test
  void hostsWhoseClocksDisagreeStillShareOneChainOrderedBySequence() throws Exception {
    StateStore store = store();
    StateStore other = again();
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    store.append(List.of(at(now, "pypi:a 1")), CHAIN);
    other.append(List.of(at(now.minusSeconds(3600), "pypi:b 1")), CHAIN);
    store.append(List.of(at(now.plusSeconds(1), "pypi:c 1")), CHAIN);

    List<AuditRecord> all = store.records(1, 10);
    assertThat(all)
        .extracting(AuditRecord::subject)
        .containsExactly("pypi:a 1", "pypi:b 1", "pypi:c 1");
    assertThat(AuditChain.verify(all, AuditChain.GENESIS)).isEmpty();
  }

  private static AuditEntry at(Instant time, String subject) {
    return new AuditEntry(
        time, "bob", "host", AuditRecord.Kind.EVALUATION, subject, "ALLOW", "", Map.of());
  }

  @Test
  void credentialsComeFromTheEnvironmentNeverFromTheUrlAndAreNeverShown() throws Exception {
    store().close();
    assertThatThrownBy(() -> open(database + "?password=postgres", credentials(), Map.of()))
        .hasMessageContaining("must not hold credentials");
    open(
            database,
            Map.of("DB_USER", "postgres", "DB_PASS", "s3cret-pw"),
            Map.of("user-env", "DB_USER", "password-env", "DB_PASS"))
        .close();
    assertThatThrownBy(
            () ->
                open(
                    "no_such_database",
                    Map.of("DB_USER", "postgres", "DB_PASS", "s3cret-pw"),
                    Map.of("user-env", "DB_USER", "password-env", "DB_PASS")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot be opened")
        .hasMessageNotContaining("s3cret-pw");
  }

  @Test
  void aDatabaseThatGoesAwayFailsEveryCallPromptlyAndNothingIsGuessed() throws Exception {
    EmbeddedPostgres own = EmbeddedPostgres.start();
    StateStore store =
        new PostgresStoreProvider()
            .open(
                new StateStoreProvider.Settings(
                    Path.of("unused"),
                    Map.of(
                        "url",
                        "jdbc:postgresql://localhost:" + own.getPort() + "/postgres",
                        "connect-timeout-ms",
                        "1000"),
                    credentials(),
                    Clock.systemUTC()));
    store.append(List.of(at(Instant.now(), "pypi:a 1")), CHAIN);
    own.close();

    long start = System.nanoTime();
    assertThatThrownBy(() -> store.append(List.of(at(Instant.now(), "pypi:b 1")), CHAIN))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("PostgreSQL store jdbc:postgresql://localhost:")
        .hasMessageContaining("cannot append to the audit log");
    assertThatThrownBy(store::pause).isInstanceOf(StoreException.class);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(30_000);
    store.close();
  }
}
