/**
 * Verdicts as SARIF 2.1.0, CycloneDX 1.6 and a self-contained HTML page. CycloneDX's library and
 * the purl library it uses name no module; they are required by the names their jars give them.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.pkgguard.report {
  requires transitive io.pkgguard.api;
  requires com.fasterxml.jackson.databind;
  requires cyclonedx.core.java;
  requires packageurl.java;

  exports io.pkgguard.report;
}
