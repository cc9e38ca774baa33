/**
 * Python project names: PEP 508 validity and PEP 503 normalisation. Start with {@link
 * io.pkgguard.source.pypi.names.PythonNames}.
 */
package io.pkgguard.source.pypi.names;
