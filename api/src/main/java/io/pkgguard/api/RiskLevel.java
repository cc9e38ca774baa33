package io.pkgguard.api;

import org.apiguardian.api.API;

/**
 * How severe a finding is, in increasing order. {@link #CRITICAL} means immediate rejection under
 * the default policy. The order of the constants is part of the contract.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum RiskLevel {
  /** Informational; no risk. */
  NONE,
  /** Low risk; allowed automatically by default. */
  LOW,
  /** Medium risk; the user reviews by default. */
  MEDIUM,
  /** High risk; an administrator approves by default. */
  HIGH,
  /** Critical risk; rejected by default. */
  CRITICAL;

  /**
   * {@return the more severe of this level and {@code other}}
   *
   * @param other the one to compare with
   */
  public RiskLevel max(RiskLevel other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * {@return whether this level is at least as severe as {@code other}}
   *
   * @param other the one to compare with
   */
  public boolean isAtLeast(RiskLevel other) {
    return compareTo(other) >= 0;
  }
}
