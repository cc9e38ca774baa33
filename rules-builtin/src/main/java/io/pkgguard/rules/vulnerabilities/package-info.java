/**
 * The {@code vulnerabilities} rule: known advisories (vulnerabilities and malicious-package
 * records) for the exact version, with severities computed from CVSS vectors.
 */
package io.pkgguard.rules.vulnerabilities;
