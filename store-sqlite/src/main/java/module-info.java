/**
 * The zero-setup state store: SQLite in a local directory. See {@link
 * io.pkgguard.store.sqlite.SqliteStoreProvider}.
 */
module io.pkgguard.store.sqlite {
  requires io.pkgguard.store.jdbc;
  requires org.xerial.sqlitejdbc;

  exports io.pkgguard.store.sqlite;

  provides io.pkgguard.api.StateStoreProvider with
      io.pkgguard.store.sqlite.SqliteStoreProvider;
}
