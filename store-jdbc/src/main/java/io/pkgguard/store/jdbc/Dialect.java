package io.pkgguard.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** What differs between the databases a {@link JdbcStateStore} runs on. */
public interface Dialect {

  /** {@return a name for messages, such as "SQLite"} */
  String name();

  /**
   * Begins a transaction that holds the database's write lock until it ends, so that no other
   * writer (thread, process or machine) reads the log's end or appends between its read and its
   * append. The connection's auto-commit is off when this returns.
   *
   * @param connection the connection
   * @throws SQLException if the lock cannot be taken
   */
  void beginExclusive(Connection connection) throws SQLException;

  /**
   * {@return the statements that bring a database at schema version {@code version - 1} to
   * {@code version}, one per element} The same SQL serves SQLite and PostgreSQL.
   *
   * @param version the version, from 1
   */
  default List<String> schema(int version) {
    if (version != 1) {
      throw new IllegalArgumentException("no schema version " + version);
    }
    return List.of(
        "CREATE TABLE audit (sequence BIGINT PRIMARY KEY, time TEXT NOT NULL,"
            + " hash TEXT NOT NULL, record TEXT NOT NULL)",
        "CREATE TABLE approvals (id TEXT PRIMARY KEY, ecosystem TEXT NOT NULL,"
            + " name TEXT NOT NULL, version TEXT NOT NULL, approved_at TEXT NOT NULL,"
            + " approval TEXT NOT NULL)",
        "CREATE INDEX approvals_package ON approvals (ecosystem, name, version)",
        "CREATE TABLE pause (id INTEGER PRIMARY KEY, state TEXT NOT NULL)");
  }

  /** {@return the newest schema version} */
  default int schemaVersion() {
    return 1;
  }

  /**
   * {@return the statement that inserts or replaces a row of {@code table} by its first column}
   * (SQL's {@code ON CONFLICT}, which SQLite and PostgreSQL share)
   *
   * @param table the table
   * @param columns its columns, the key first
   */
  default String upsert(String table, List<String> columns) {
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(table)
            .append(" (")
            .append(String.join(", ", columns))
            .append(") VALUES (")
            .append(String.join(", ", java.util.Collections.nCopies(columns.size(), "?")))
            .append(") ON CONFLICT (")
            .append(columns.get(0))
            .append(") DO UPDATE SET ");
    for (int i = 1; i < columns.size(); i++) {
      sql.append(i > 1 ? ", " : "")
          .append(columns.get(i))
          .append(" = excluded.")
          .append(columns.get(i));
    }
    return sql.toString();
  }
}
