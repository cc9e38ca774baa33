/**
 * The policy: which sources are trusted, how finding levels map to decisions, rule switches and
 * parameters, deny lists, limits and the emergency pause. Start with {@link
 * io.pkgguard.core.policy.PolicyLoader}, which reads a TOML file over the built-in default ({@link
 * io.pkgguard.core.policy.Policy#defaults()}); a host can also derive a policy in code with the
 * {@code with...} methods of {@link io.pkgguard.core.policy.Policy}.
 */
package io.pkgguard.core.policy;
