package io.pkgguard.api;

import org.apiguardian.api.API;

/**
 * What a host should do with a package, from most to least permissive. The order of the constants
 * is part of the contract: a later constant is stricter.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Decision {
  /** Automated installation is allowed. */
  ALLOW,
  /** The requesting user must review the findings and approve. */
  REVIEW,
  /** An administrator named by the policy must approve. */
  SPECIAL_APPROVAL,
  /** The package must not be installed. */
  REJECT;

  /** The stricter of this decision and {@code other}. */
  public Decision strictest(Decision other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Whether this decision is at least as strict as {@code other}. */
  public boolean isAtLeast(Decision other) {
    return compareTo(other) >= 0;
  }
}
