/**
 * The state store over JDBC (approvals, the audit log, the emergency pause), shared by the SQLite
 * and PostgreSQL stores. Start with {@link io.pkgguard.store.jdbc.JdbcStateStore}.
 */
module io.pkgguard.store.jdbc {
  requires transitive io.pkgguard.api;
  requires transitive java.sql;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports io.pkgguard.store.jdbc;
}
