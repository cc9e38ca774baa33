/**
 * The pkgguard API. Start with {@link io.pkgguard.api.SecurityRule} to write a rule, with
 * {@link io.pkgguard.api.PackageSourceProvider} to add an index, and with
 * {@link io.pkgguard.api.Verdict} to read what an evaluation decided.
 *
 * <p>Contract shared by every type here: values are immutable and thread-safe; no method returns
 * {@code null} and no constructor accepts it (missing data is an empty {@link java.util.Optional},
 * an empty collection, or an explicit "unknown"); collections handed out are unmodifiable.
 */
package io.pkgguard.api;
