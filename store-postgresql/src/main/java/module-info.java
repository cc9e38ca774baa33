/**
 * The organisation's state store: PostgreSQL through a connection pool. See {@link
 * io.pkgguard.store.postgresql.PostgresStoreProvider}.
 */
module io.pkgguard.store.postgresql {
  requires io.pkgguard.store.jdbc;
  requires org.postgresql.jdbc;
  requires com.zaxxer.hikari;

  exports io.pkgguard.store.postgresql;

  provides io.pkgguard.api.StateStoreProvider with
      io.pkgguard.store.postgresql.PostgresStoreProvider;
}
