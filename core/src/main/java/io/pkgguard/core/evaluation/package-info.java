/**
 * How one package is evaluated: request checks, metadata fetch, guarded rule calls and the
 * decision. Internal to the core; hosts go through {@link io.pkgguard.core.Guard}. Start with
 * {@link io.pkgguard.core.evaluation.PackageEvaluator}.
 */
package io.pkgguard.core.evaluation;
