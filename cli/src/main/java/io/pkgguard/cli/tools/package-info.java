/**
 * Maintenance tools shipped in the command's jar and run from {@code tools/}: refreshing the
 * data the built-in rules ship with.
 */
package io.pkgguard.cli.tools;
