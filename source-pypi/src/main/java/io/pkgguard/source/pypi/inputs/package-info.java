/**
 * A project's own descriptions of what it installs: requirements files read as pip reads them
 * ({@link io.pkgguard.source.pypi.inputs.RequirementsFileReader}) and lock files ({@link
 * io.pkgguard.source.pypi.inputs.LockFiles}: pylock.toml, uv.lock, poetry.lock, Pipfile.lock). Readers see files only
 * through {@link io.pkgguard.source.pypi.inputs.ProjectFiles}, which the host provides, and report
 * every problem with file, line and column.
 */
package io.pkgguard.source.pypi.inputs;
