/** Rules about the completeness and plausibility of the published metadata. */
package io.pkgguard.rules.metadata;
