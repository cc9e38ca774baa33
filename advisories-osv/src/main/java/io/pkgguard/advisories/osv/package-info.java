/**
 * OSV advisory sources: {@code osv-api} ({@link io.pkgguard.advisories.osv.OsvApiSourceProvider}, the
 * OSV API with batch queries) and {@code osv-offline} ({@link
 * io.pkgguard.advisories.osv.OsvOfflineSourceProvider}, a zip of OSV records for air-gapped sites).
 * Both report the advisories affecting an exact version and decide nothing.
 */
package io.pkgguard.advisories.osv;
