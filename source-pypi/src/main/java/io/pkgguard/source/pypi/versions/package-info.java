/**
 * PEP 440 versions: {@link io.pkgguard.source.pypi.versions.Pep440Version} parses, normalises
 * and orders them; {@link io.pkgguard.source.pypi.versions.PypiVersionScheme} is the {@code pypi}
 * {@link io.pkgguard.api.VersionScheme}. Behaviour follows the PEP and, where the PEP is silent,
 * the reference implementation (pypa/packaging), checked against its test vectors.
 */
package io.pkgguard.source.pypi.versions;
