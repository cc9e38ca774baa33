/**
 * Looking inside distribution files. Start with {@link io.pkgguard.core.inspection.ArchiveReader},
 * which reads a downloaded file into an {@link io.pkgguard.api.InspectedDistribution} within
 * {@link io.pkgguard.core.policy.ArchiveLimits}; the scanners it uses never extract anything
 * and turn hostile structure into {@link io.pkgguard.api.ArchiveProblem}s.
 */
package io.pkgguard.core.inspection;
