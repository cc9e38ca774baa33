/**
 * PEP 508 dependency specifiers: {@link io.pkgguard.source.pypi.requirements.RequirementParser}
 * turns {@code name[extra]>=1.0; python_version >= "3.9"} into a {@link
 * io.pkgguard.source.pypi.requirements.Requirement}. Version clauses are checked against the PEP
 * 440 version syntax ({@link io.pkgguard.source.pypi.versions.VersionSyntax}).
 */
package io.pkgguard.source.pypi.requirements;
