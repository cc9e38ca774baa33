/** Rules about a project's track record. */
package io.pkgguard.rules.reputation;
