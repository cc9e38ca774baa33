/**
 * PyPI support: the PyPI JSON API source, PEP 503 names and PEP 508 requirements. Provides the
 * {@code pypi} ecosystem and the {@code pypi-json} source type.
 */
module io.pkgguard.source.pypi {
  requires transitive io.pkgguard.api;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.toml;
  requires org.slf4j;

  exports io.pkgguard.source.pypi;
  exports io.pkgguard.source.pypi.names;
  exports io.pkgguard.source.pypi.requirements;
  exports io.pkgguard.source.pypi.versions;
  exports io.pkgguard.source.pypi.metadata;
  exports io.pkgguard.source.pypi.inputs;
  exports io.pkgguard.source.pypi.files;

  provides io.pkgguard.api.Ecosystem with
      io.pkgguard.source.pypi.PypiEcosystem;
  provides io.pkgguard.api.PackageSourceProvider with
      io.pkgguard.source.pypi.PypiJsonSourceProvider,
      io.pkgguard.source.pypi.PypiSimpleSourceProvider;
}
