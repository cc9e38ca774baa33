/**
 * The verdict's stable JSON form ({@code schemaVersion} 1): see {@link
 * io.pkgguard.core.verdict.VerdictJson}. Field names are only ever added, never renamed.
 */
package io.pkgguard.core.verdict;
