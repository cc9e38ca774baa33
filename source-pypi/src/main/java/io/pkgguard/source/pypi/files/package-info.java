/**
 * Distribution files of PyPI releases: what a file name says ({@link
 * io.pkgguard.source.pypi.files.DistributionFilenames}, {@link
 * io.pkgguard.source.pypi.files.WheelTags}), which file pip would install for a target ({@link
 * io.pkgguard.source.pypi.files.InstallableFiles}), and what a local file says about itself
 * ({@link io.pkgguard.source.pypi.files.LocalDistributions}).
 */
package io.pkgguard.source.pypi.files;
