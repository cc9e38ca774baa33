/**
 * The core's {@link io.pkgguard.api.HttpTransport}: the single place that opens connections.
 * Start with {@link io.pkgguard.core.transport.JdkHttpTransport}; every source gets a view of it
 * restricted by a {@link io.pkgguard.core.transport.HostTrust} to its own trusted hosts.
 */
package io.pkgguard.core.transport;
