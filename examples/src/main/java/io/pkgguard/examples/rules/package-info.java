/**
 * A rule as an enterprise would ship it: compiled against the api module alone, listed in {@code
 * META-INF/services/io.pkgguard.api.SecurityRule} (and {@code provides} in its module descriptor),
 * configured in the policy under its own id. See {@link
 * io.pkgguard.examples.rules.InternalNamespaceRule}.
 */
package io.pkgguard.examples.rules;
