/**
 * The PyPI JSON API client ({@link io.pkgguard.source.pypi.json.PypiJsonSource}) and the mapping
 * of its documents to {@link io.pkgguard.api.PackageMetadata} ({@link
 * io.pkgguard.source.pypi.json.PypiJsonMapping}). Internal to the module.
 */
package io.pkgguard.source.pypi.json;
