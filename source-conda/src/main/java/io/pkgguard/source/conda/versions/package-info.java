/**
 * conda versions and version specs, as conda orders and matches them: {@link
 * io.pkgguard.source.conda.versions.CondaVersion} ({@code VersionOrder}) and {@link
 * io.pkgguard.source.conda.versions.CondaVersionSpec} ({@code VersionSpec}). Checked against
 * every row of conda's own test vectors (conformance/conda-version-*).
 */
package io.pkgguard.source.conda.versions;
