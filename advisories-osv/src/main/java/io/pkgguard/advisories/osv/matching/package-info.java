/**
 * Which OSV records affect a package version: the specification's evaluation algorithm ({@link
 * io.pkgguard.advisories.osv.matching.AffectedVersions}) and the matching of packages by ecosystem and
 * normalised name ({@link io.pkgguard.advisories.osv.matching.OsvMatcher}).
 */
package io.pkgguard.advisories.osv.matching;
