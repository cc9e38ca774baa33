/**
 * How a guard connects, as a host configures it: {@link io.pkgguard.core.connection.Credentials}
 * for index hosts ({@link io.pkgguard.core.connection.NetrcCredentials} reads {@code ~/.netrc}),
 * {@link io.pkgguard.core.connection.EnvironmentProxySelector} for {@code HTTPS_PROXY} and {@code
 * NO_PROXY}, {@link io.pkgguard.core.connection.TrustedCertificates} for a private certificate
 * authority. Hand them to {@link io.pkgguard.core.Guard.Builder}; the transport that uses them is
 * internal.
 */
package io.pkgguard.core.connection;
