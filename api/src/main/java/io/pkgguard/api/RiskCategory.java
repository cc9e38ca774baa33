package io.pkgguard.api;

import org.apiguardian.api.API;

/** What kind of concern a finding raises; used to group findings in reports and metrics. */
@API(status = API.Status.STABLE, since = "0.1")
public enum RiskCategory {
  /** The package name: validity, look-alikes, suspicious words. */
  NAME,
  /** Where the package and its files come from. */
  SOURCE,
  /** Completeness and plausibility of the published metadata. */
  METADATA,
  /** What the package pulls in. */
  DEPENDENCY,
  /** Known vulnerabilities and malicious-package advisories. */
  VULNERABILITY,
  /** Licence terms. */
  LICENSE,
  /** How long the project or release has existed. */
  AGE,
  /** Download history. */
  POPULARITY,
  /** Whether the project is maintained. */
  MAINTENANCE,
  /** What the distribution files contain. */
  CONTENT,
  /** High-risk kinds of package: system access, network, cryptography. */
  CAPABILITY,
  /** Decisions imposed by the policy itself: deny lists, pause. */
  POLICY,
  /** The evaluation could not be completed: a source failed, a rule failed. */
  EVALUATION
}
