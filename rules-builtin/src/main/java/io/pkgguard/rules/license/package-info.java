/**
 * Licences: SPDX expressions (PEP 639 {@code License-Expression}), trove classifiers and the
 * free-text field, mapped to SPDX identifiers and judged against the policy's lists.
 */
package io.pkgguard.rules.license;
