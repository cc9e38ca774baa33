/**
 * The {@code postgresql} store type: {@link io.pkgguard.store.postgresql.PostgresStoreProvider}
 * connects to the database the policy names, with credentials from environment variables the
 * policy names, and serialises writers with a transaction-scoped advisory lock.
 */
package io.pkgguard.store.postgresql;
