/**
 * Distribution files of PyPI releases: which one pip would install for a target ({@link
 * io.pkgguard.source.pypi.files.InstallableFiles}) by the wheel tags of its name ({@link
 * io.pkgguard.source.pypi.files.WheelTags}).
 */
package io.pkgguard.source.pypi.files;
