/**
 * What a package can do once installed: the guidelines' high-risk kinds (network access,
 * cryptography, system-level access), recognised from what the index says about it.
 */
package io.pkgguard.rules.capability;
