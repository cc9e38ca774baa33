/**
 * The built-in rules, grouped by capability: {@link io.pkgguard.rules.names} (name validity and
 * suspicious words), {@link io.pkgguard.rules.source} (trusted locations), {@link
 * io.pkgguard.rules.metadata} (metadata quality) and {@link io.pkgguard.rules.reputation} (age), {@link io.pkgguard.rules.content} (distribution
 * files).
 * {@link io.pkgguard.rules.BuiltinRules} lists them all. Every rule reads its parameters from the
 * policy's {@code [rules.<id>]} table and documents the defaults where it reads them.
 */
package io.pkgguard.rules;
