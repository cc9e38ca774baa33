/** The {@code pkgguard} command. */
module io.pkgguard.cli {
  requires io.pkgguard.api;
  requires io.pkgguard.core;
  requires io.pkgguard.installer;
  requires io.pkgguard.report;
  requires io.pkgguard.advisories.osv;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.toml;

  // The PyPI ecosystem the OSV tool matches versions with is found, not linked.
  uses io.pkgguard.api.Ecosystem;

  opens io.pkgguard.cli to
      info.picocli;
  opens io.pkgguard.cli.tools to
      info.picocli;
}
