/**
 * Offline OSV databases for air-gapped sites: a zip of OSV records loaded once and indexed by
 * package ({@link io.pkgguard.advisories.osv.offline.OsvDatabase}).
 */
package io.pkgguard.advisories.osv.offline;
