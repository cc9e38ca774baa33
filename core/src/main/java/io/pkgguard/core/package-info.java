/**
 * The entry point for hosts: build a {@link io.pkgguard.core.Guard} with {@link
 * io.pkgguard.core.Guard#builder()}, then call {@link io.pkgguard.core.Guard#evaluate}. With no
 * configuration the builder discovers every rule, source type and ecosystem on the class path or
 * module path and applies the built-in policy.
 */
package io.pkgguard.core;
