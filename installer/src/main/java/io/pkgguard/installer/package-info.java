/**
 * Safe installation and auditing of Python environments, on top of a {@link
 * io.pkgguard.core.Guard}: plan (resolve and judge everything a request pulls in), consent (what
 * the verdicts ask for), install (exactly the judged files, by hash, with no index and no
 * dependency resolution by pip), verify (the set, every file against its RECORD, no unexpected
 * start-up hooks or scripts, {@code pip check}), and restore the environment as it was on any
 * failure. Every step is an {@code INSTALLATION} record of the guard's audit log.
 */
package io.pkgguard.installer;
