/**
 * The core's {@link io.pkgguard.api.HttpTransport}: the single place that opens connections.
 * Start with {@link io.pkgguard.core.transport.TransportChain}, which says how the layers stack:
 * {@link io.pkgguard.core.transport.JdkHttpTransport} does single exchanges; retries, per-host
 * limits and caching are shared; every source gets a view restricted by a {@link
 * io.pkgguard.core.transport.HostTrust} to its own trusted hosts, with its own credentials.
 */
package io.pkgguard.core.transport;
