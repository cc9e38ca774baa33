/**
 * Core metadata ({@code METADATA} / {@code PKG-INFO}, packaging.python.org's "Core metadata
 * specifications"): {@link io.pkgguard.source.pypi.metadata.CoreMetadataParser} reads the
 * e-mail-header format into {@link io.pkgguard.source.pypi.metadata.CoreMetadata}.
 */
package io.pkgguard.source.pypi.metadata;
