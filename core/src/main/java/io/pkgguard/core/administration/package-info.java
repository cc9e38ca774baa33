/**
 * What happens around verdicts, in a store every host of an organisation may share: approvals
 * bound to the exact files judged ({@link io.pkgguard.core.administration.Approvals}), a
 * hash-chained audit log ({@link io.pkgguard.core.administration.AuditLog}, {@link
 * io.pkgguard.core.administration.AuditChain}), the emergency pause ({@link
 * io.pkgguard.core.administration.EmergencyPause}) and the guidelines' monitoring figures ({@link
 * io.pkgguard.core.administration.Metrics}). A guard applies approvals and records every
 * evaluation through {@link io.pkgguard.core.administration.Settlement}; a store that cannot be
 * reached rejects.
 */
package io.pkgguard.core.administration;
