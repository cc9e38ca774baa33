/**
 * Verdicts in the formats other tools read: SARIF 2.1.0 for code-scanning dashboards ({@link
 * io.pkgguard.report.SarifReport}), CycloneDX 1.6 for SBOM pipelines ({@link
 * io.pkgguard.report.CycloneDxReport}) and one self-contained HTML page for people ({@link
 * io.pkgguard.report.HtmlReport}). Each writes a {@link io.pkgguard.report.Report}: the verdicts,
 * the descriptions of the files they judged, and the rules' descriptors.
 */
package io.pkgguard.report;
