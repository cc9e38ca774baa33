/**
 * The {@code sqlite} store type: {@link io.pkgguard.store.sqlite.SqliteStoreProvider} opens an
 * SQLite file (by default {@code state.db} in pkgguard's home directory) in write-ahead-log mode,
 * shared safely by several processes.
 */
package io.pkgguard.store.sqlite;
