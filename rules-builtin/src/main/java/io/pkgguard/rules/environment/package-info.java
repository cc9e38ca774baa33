/**
 * The environment rule: what a requirements or lock file asks an installer to do beyond the
 * packages pkgguard judged (indexes, unvetted lines, open versions, pinned hashes).
 */
package io.pkgguard.rules.environment;
