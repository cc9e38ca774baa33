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

  /**
   * {@return the stricter of this decision and {@code other}}
   *
   * @param other the one to compare with
   */
  public Decision strictest(Decision other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * {@return whether this decision is at least as strict as {@code other}}
   *
   * @param other the one to compare with
   */
  public boolean isAtLeast(Decision other) {
    return compareTo(other) >= 0;
  }
}
