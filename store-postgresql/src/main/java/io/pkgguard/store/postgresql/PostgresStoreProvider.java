package io.pkgguard.store.postgresql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.pkgguard.api.StateStore;
import io.pkgguard.api.StateStoreProvider;
import io.pkgguard.api.StoreException;
import io.pkgguard.store.jdbc.Dialect;
import io.pkgguard.store.jdbc.JdbcStateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The {@code postgresql} store, for an organisation whose hosts share one set of approvals, one
 * audit log and one pause switch. The policy's {@code [store]} gives {@code url} (a {@code
 * jdbc:postgresql:} URL without credentials), {@code user-env} and {@code password-env} (the
 * environment variables holding them; defaults {@code PKGGUARD_STORE_USER} and {@code
 * PKGGUARD_STORE_PASSWORD}) and optionally {@code pool-size} (default 4) and {@code
 * connect-timeout-ms} (how long a call waits for a connection, default 10000; then it fails and
 * the evaluation is rejected). Credentials never go in
 * the policy or in messages. Every write that touches the audit log takes a transaction-scoped
 * advisory lock first, so the chain stays linear across every host.
 */
public final class PostgresStoreProvider implements StateStoreProvider {

  /** The advisory lock key that serialises pkgguard's writers ("pkgg" in ASCII). */
  static final long LOCK = 0x706b6767L;

  @Override
  public String type() {
    return "postgresql";
  }

  @Override
  public StateStore open(Settings settings) throws StoreException {
    Map<String, String> options = settings.options();
    String url = options.getOrDefault("url", "").strip();
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new StoreException(
          "[store] url must be a jdbc:postgresql: URL, such as"
              + " jdbc:postgresql://db.corp.example/pkgguard; found '"
              + url
              + "'");
    }
    if (url.contains("password=") || url.contains("@")) {
      throw new StoreException(
          "[store] url must not hold credentials; name the environment"
              + " variables that hold them (user-env, password-env)");
    }
    String userVariable = options.getOrDefault("user-env", "PKGGUARD_STORE_USER");
    String passwordVariable = options.getOrDefault("password-env", "PKGGUARD_STORE_PASSWORD");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(settings.environment().get(userVariable));
    config.setPassword(settings.environment().get(passwordVariable));
    config.setMaximumPoolSize((int) number(options, "pool-size", 4, 1, 64));
    config.setConnectionTimeout(number(options, "connect-timeout-ms", 10_000, 250, 600_000));
    config.setInitializationFailTimeout(-1);
    config.setPoolName("pkgguard-store");
    HikariDataSource pool = new HikariDataSource(config);
    return JdbcStateStore.open(new Pool(pool), new PostgresDialect(), url);
  }

  private static long number(
      Map<String, String> options, String key, long fallback, long min, long max)
      throws StoreException {
    String text = options.getOrDefault(key, Long.toString(fallback));
    try {
      long value = Long.parseLong(text.strip());
      if (value < min || value > max) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new StoreException(
          "[store] "
              + key
              + " must be a whole number from "
              + min
              + " to "
              + max
              + ", not '"
              + text
              + "'");
    }
  }

  /** PostgreSQL's ways: an advisory lock held to the end of the transaction. */
  private static final class PostgresDialect implements Dialect {
    @Override
    public String name() {
      return "PostgreSQL";
    }

    @Override
    public void beginExclusive(Connection connection) throws SQLException {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
      }
    }
  }

  /** A connection per call, from the pool. */
  private static final class Pool implements JdbcStateStore.Connections {
    private final HikariDataSource pool;

    Pool(HikariDataSource pool) {
      this.pool = pool;
    }

    @Override
    public <T> T with(JdbcStateStore.Work<T> work) throws SQLException {
      try (Connection connection = pool.getConnection()) {
        return work.run(connection);
      }
    }

    @Override
    public void close() {
      pool.close();
    }
  }
}
