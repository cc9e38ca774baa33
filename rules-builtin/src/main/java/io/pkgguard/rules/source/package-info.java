/** Rules about where a package and its files come from. */
package io.pkgguard.rules.source;
