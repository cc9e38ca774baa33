/**
 * What pip and uv are configured to do on this machine (their configuration files and
 * variables), read as they read it, so that a check without {@code --index} judges against the
 * index they would use and weighs the extra indexes and unverified hosts they would accept.
 */
package io.pkgguard.cli.installers;
