/**
 * Rules of the content stage, which read the very files an installer would take (downloaded and
 * checked against the index's digests by the core). Start with {@link
 * io.pkgguard.rules.content.DistributionFilesRule} (what the files are: structure, executables,
 * a wheel's RECORD and METADATA, sdist builds) and {@link io.pkgguard.rules.content.ContentRule}
 * (what their code does, by the patterns of {@code content-patterns.tsv}, matched on {@link
 * io.pkgguard.rules.content.PythonSource}'s split of each Python file, and by the values {@link
 * io.pkgguard.rules.content.DataFlow} follows from sources to sinks).
 */
package io.pkgguard.rules.content;
