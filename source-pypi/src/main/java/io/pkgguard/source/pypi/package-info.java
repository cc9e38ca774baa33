/**
 * PyPI support for pkgguard: the {@code pypi} {@link io.pkgguard.api.Ecosystem} ({@link
 * io.pkgguard.source.pypi.PypiEcosystem}) and the {@code pypi-json} source type ({@link
 * io.pkgguard.source.pypi.PypiJsonSourceProvider}), which reads the PyPI JSON API or a local
 * mirror laid out the same way.
 */
package io.pkgguard.source.pypi;
