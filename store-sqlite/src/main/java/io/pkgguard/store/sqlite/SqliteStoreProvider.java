package io.pkgguard.store.sqlite;

import io.pkgguard.api.StateStore;
import io.pkgguard.api.StateStoreProvider;
import io.pkgguard.api.StoreException;
import io.pkgguard.store.jdbc.Dialect;
import io.pkgguard.store.jdbc.JdbcStateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The {@code sqlite} store: one database file, {@code path} of the policy's {@code [store]} (a
 * file, or a directory to hold {@code state.db}; empty: pkgguard's home directory). Several
 * processes may use it at once: SQLite's file locks serialise writers (each waits up to 30 s), and
 * every write that touches the audit log takes the write lock first ({@code BEGIN IMMEDIATE}), so
 * the chain stays linear. Write-ahead logging keeps it consistent through a crash mid-write: a
 * transaction is there whole or not at all. The directory is made private to its owner when
 * created.
 */
public final class SqliteStoreProvider implements StateStoreProvider {

  /** The store's file in a directory. */
  public static final String FILE = "state.db";

  @Override
  public String type() {
    return "sqlite";
  }

  @Override
  public StateStore open(Settings settings) throws StoreException {
    Path file = file(settings);
    try {
      Path directory = file.toAbsolutePath().getParent();
      if (directory != null && !Files.isDirectory(directory)) {
        Files.createDirectories(directory);
        try {
          Files.setPosixFilePermissions(
              directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
          // Not a POSIX file system: its defaults apply.
        }
      }
    } catch (IOException e) {
      throw new StoreException(
          "the SQLite store's directory for " + file + " cannot be created:" + " " + e.getMessage(),
          e);
    }
    if (Files.isDirectory(file)) {
      throw new StoreException("the SQLite store " + file + " is a directory");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(30_000);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    Connection connection;
    try {
      connection = config.createConnection(url);
    } catch (SQLException e) {
      throw new StoreException(
          "the SQLite store " + file + " cannot be opened: " + e.getMessage(), e);
    }
    return JdbcStateStore.open(
        new SharedConnection(connection), new SqliteDialect(), file.toString());
  }

  /** The database file the settings name. */
  static Path file(Settings settings) {
    String path = settings.options().getOrDefault("path", "").strip();
    if (path.isEmpty()) {
      return settings.home().resolve(FILE);
    }
    Path given =
        Path.of(path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path);
    return Files.isDirectory(given) || path.endsWith("/") ? given.resolve(FILE) : given;
  }

  /** SQLite's ways: the write lock is the transaction itself, begun IMMEDIATE. */
  private static final class SqliteDialect implements Dialect {
    @Override
    public String name() {
      return "SQLite";
    }

    @Override
    public void beginExclusive(Connection connection) throws SQLException {
      // The connection begins transactions IMMEDIATE: the write lock is taken at once.
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT 1");
      }
    }
  }

  /** One connection per store, used by one thread at a time. */
  private static final class SharedConnection implements JdbcStateStore.Connections {
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    SharedConnection(Connection connection) {
      this.connection = connection;
    }

    @Override
    public <T> T with(JdbcStateStore.Work<T> work) throws SQLException {
      lock.lock();
      try {
        return work.run(connection);
      } finally {
        lock.unlock();
      }
    }

    @Override
    public void close() {
      lock.lock();
      try {
        connection.close();
      } catch (SQLException e) {
        // Closing releases the file; nothing else to do.
      } finally {
        lock.unlock();
      }
    }
  }
}
