/**
 * Advisories from OSV: the OSV API ({@code osv-api}) and offline OSV databases ({@code
 * osv-offline}: a zip of OSV records, as OSV exports them or as the PyPA advisory database keeps
 * them).
 */
module io.pkgguard.advisories.osv {
  requires transitive io.pkgguard.api;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires com.github.zafarkhaja.semver;
  requires org.slf4j;

  exports io.pkgguard.advisories.osv;
  exports io.pkgguard.advisories.osv.model;
  exports io.pkgguard.advisories.osv.matching;
  exports io.pkgguard.advisories.osv.offline;

  provides io.pkgguard.api.AdvisorySourceProvider with
      io.pkgguard.advisories.osv.OsvApiSourceProvider,
      io.pkgguard.advisories.osv.OsvOfflineSourceProvider;
}
