/**
 * A {@link io.pkgguard.api.StateStore} over JDBC. {@link io.pkgguard.store.jdbc.JdbcStateStore}
 * keeps approvals, audit records and the pause in three tables, as JSON text beside the columns it
 * looks them up by ({@link io.pkgguard.store.jdbc.StoredForm}); a {@link
 * io.pkgguard.store.jdbc.Dialect} says how a database serialises writers, so that the audit chain
 * stays linear under concurrent processes and machines. The schema is versioned SQL run at open
 * (see docs/administration.md).
 */
package io.pkgguard.store.jdbc;
