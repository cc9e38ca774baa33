package io.pkgguard.store.jdbc;

import io.pkgguard.api.Approval;
import io.pkgguard.api.AuditEntry;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PauseState;
import io.pkgguard.api.StateStore;
import io.pkgguard.api.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A state store in a relational database. Every write that touches the audit log runs in one
 * transaction that first takes the database's write lock ({@link Dialect#beginExclusive}), reads
 * the log's last record and appends after it, so the hash chain stays linear whatever the number
 * of writers; a failure rolls everything of the call back. Stored values that cannot be read (a
 * hand-edited row) are a {@link StoreException}, never a guess. Thread-safe as its connections
 * are: the store asks {@link Connections} for one per call.
 */
public final class JdbcStateStore implements StateStore {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcStateStore.class);
  private static final String GENESIS = "0".repeat(64);

  /** Where connections come from: a pool, or one shared connection behind a lock. */
  public interface Connections extends AutoCloseable {
    /**
     * Runs {@code work} with a connection.
     *
     * @param work what to do
     * @param <T> what it returns
     * @return what {@code work} returned
     * @throws SQLException if the database fails
     */
    <T> T with(Work<T> work) throws SQLException;

    /** Releases the connections; must not throw. */
    @Override
    void close();
  }

  /**
   * Something done with a connection.
   *
   * @param <T> its result
   */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * {@return the result}
     *
     * @param connection the connection
     * @throws SQLException if the database fails
     */
    T run(Connection connection) throws SQLException;
  }

  private final Connections connections;
  private final Dialect dialect;
  private final String where;

  private JdbcStateStore(Connections connections, Dialect dialect, String where) {
    this.connections = connections;
    this.dialect = dialect;
    this.where = where;
  }

  /**
   * Opens a store, creating or upgrading its schema first.
   *
   * @param connections where connections come from (closed with the store)
   * @param dialect the database's ways
   * @param where the database, for messages (no credentials)
   * @return the store
   * @throws StoreException if the database cannot be reached or its schema is newer than this
   *     version of pkgguard knows
   */
  public static JdbcStateStore open(Connections connections, Dialect dialect, String where)
      throws StoreException {
    JdbcStateStore store = new JdbcStateStore(connections, dialect, where);
    try {
      connections.with(store::migrate);
    } catch (SQLException e) {
      connections.close();
      throw store.failure("cannot be opened", e);
    } catch (RuntimeException e) {
      connections.close();
      throw new StoreException(dialect.name() + " store " + where + " cannot be opened: " + e, e);
    }
    return store;
  }

  private Void migrate(Connection connection) throws SQLException {
    dialect.beginExclusive(connection);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS pkgguard_schema (version INTEGER NOT NULL)");
      int current = 0;
      try (ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM pkgguard_schema")) {
        if (rows.next()) {
          current = rows.getInt(1);
        }
      }
      if (current > dialect.schemaVersion()) {
        connection.rollback();
        throw new SchemaTooNew(current, dialect.schemaVersion());
      }
      for (int version = current + 1; version <= dialect.schemaVersion(); version++) {
        for (String sql : dialect.schema(version)) {
          statement.execute(sql);
        }
        statement.execute("INSERT INTO pkgguard_schema (version) VALUES (" + version + ")");
        LOG.debug("{} store {}: schema version {}", dialect.name(), where, version);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback(connection);
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
    return null;
  }

  /** The database was written by a newer pkgguard. */
  private static final class SchemaTooNew extends SQLException {
    private static final long serialVersionUID = 1L;

    SchemaTooNew(int found, int known) {
      super(
          "its schema is version "
              + found
              + ", newer than the "
              + known
              + " this pkgguard"
              + " knows; upgrade pkgguard");
    }
  }

  @Override
  public List<AuditRecord> append(List<AuditEntry> entries, Sealer sealer) throws StoreException {
    return write(
        "cannot append to the audit log", connection -> appendIn(connection, entries, sealer));
  }

  @Override
  public List<AuditRecord> save(Approval approval, List<AuditEntry> audit, Sealer sealer)
      throws StoreException {
    return write(
        "cannot keep the approval",
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  dialect.upsert(
                      "approvals",
                      List.of("id", "ecosystem", "name", "version", "approved_at", "approval")))) {
            upsert.setString(1, approval.id());
            upsert.setString(2, approval.packageId().ecosystem());
            upsert.setString(3, approval.packageId().name());
            upsert.setString(4, approval.version());
            upsert.setString(5, approval.approvedAt().toString());
            upsert.setString(6, StoredForm.approval(approval));
            upsert.executeUpdate();
          }
          return appendIn(connection, audit, sealer);
        });
  }

  @Override
  public List<AuditRecord> setPause(PauseState state, List<AuditEntry> audit, Sealer sealer)
      throws StoreException {
    return write(
        "cannot set the pause",
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(dialect.upsert("pause", List.of("id", "state")))) {
            upsert.setInt(1, 1);
            upsert.setString(2, StoredForm.pause(state));
            upsert.executeUpdate();
          }
          return appendIn(connection, audit, sealer);
        });
  }

  @Override
  public List<AuditRecord> records(long fromSequence, int limit) throws StoreException {
    return read(
        "cannot read the audit log",
        connection -> {
          List<AuditRecord> records = new ArrayList<>();
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT sequence, record"
                      + " FROM audit WHERE sequence >= ? ORDER BY sequence LIMIT ?")) {
            query.setLong(1, fromSequence);
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                long sequence = rows.getLong(1);
                try {
                  records.add(StoredForm.record(rows.getString(2)));
                } catch (RuntimeException e) {
                  throw new IllegalStateException(
                      "record "
                          + sequence
                          + " is not an audit record"
                          + " ("
                          + e.getMessage()
                          + "); it was edited outside pkgguard",
                      e);
                }
              }
            }
          }
          return records;
        });
  }

  @Override
  public List<Approval> approvals(PackageId packageId, String version) throws StoreException {
    return read(
        "cannot read approvals",
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT approval FROM approvals"
                      + " WHERE ecosystem = ? AND name = ? AND version = ? ORDER BY approved_at DESC")) {
            query.setString(1, packageId.ecosystem());
            query.setString(2, packageId.name());
            query.setString(3, version);
            return approvals(query);
          }
        });
  }

  @Override
  public List<Approval> approvals() throws StoreException {
    return read(
        "cannot read approvals",
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT approval FROM approvals ORDER BY approved_at DESC")) {
            return approvals(query);
          }
        });
  }

  private static List<Approval> approvals(PreparedStatement query) throws SQLException {
    List<Approval> found = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        found.add(StoredForm.approval(rows.getString(1)));
      }
    }
    return found;
  }

  @Override
  public PauseState pause() throws StoreException {
    return read(
        "cannot read the pause",
        connection -> {
          try (Statement query = connection.createStatement();
              ResultSet rows = query.executeQuery("SELECT state FROM pause WHERE id = 1")) {
            return rows.next() ? StoredForm.pause(rows.getString(1)) : PauseState.never();
          }
        });
  }

  @Override
  public void close() {
    connections.close();
  }

  /** Appends inside a transaction that holds the write lock already. */
  private List<AuditRecord> appendIn(Connection connection, List<AuditEntry> entries, Sealer sealer)
      throws SQLException {
    long sequence = 0;
    String hash = GENESIS;
    try (Statement query = connection.createStatement();
        ResultSet last =
            query.executeQuery("SELECT sequence, hash FROM audit ORDER BY sequence DESC LIMIT 1")) {
      if (last.next()) {
        sequence = last.getLong(1);
        hash = last.getString(2);
      }
    }
    List<AuditRecord> appended = new ArrayList<>(entries.size());
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit (sequence, time, hash, record) VALUES (?, ?, ?, ?)")) {
      for (AuditEntry entry : entries) {
        AuditRecord record = sealer.seal(entry, sequence, hash);
        insert.setLong(1, record.sequence());
        insert.setString(2, record.time().toString());
        insert.setString(3, record.hash());
        insert.setString(4, StoredForm.record(record));
        insert.addBatch();
        appended.add(record);
        sequence = record.sequence();
        hash = record.hash();
      }
      insert.executeBatch();
    }
    return appended;
  }

  private <T> T write(String what, Work<T> work) throws StoreException {
    return call(
        what,
        connection -> {
          dialect.beginExclusive(connection);
          try {
            T result = work.run(connection);
            connection.commit();
            return result;
          } catch (SQLException | RuntimeException e) {
            rollback(connection);
            throw e;
          } finally {
            restoreAutoCommit(connection);
          }
        });
  }

  private <T> T read(String what, Work<T> work) throws StoreException {
    return call(what, work);
  }

  private <T> T call(String what, Work<T> work) throws StoreException {
    try {
      return connections.with(work);
    } catch (SQLException e) {
      throw failure(what, e);
    } catch (RuntimeException e) {
      throw new StoreException(
          dialect.name()
              + " store "
              + where
              + " "
              + what
              + ": "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(
        dialect.name() + " store " + where + " " + what + ": " + e.getMessage(), e);
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      LOG.debug("rollback failed", e);
    }
  }

  private static void restoreAutoCommit(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      LOG.debug("restoring auto-commit failed", e);
    }
  }
}
