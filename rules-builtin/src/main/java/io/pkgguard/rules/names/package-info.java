/** Rules about the package name itself; they run before any index is asked. */
package io.pkgguard.rules.names;
