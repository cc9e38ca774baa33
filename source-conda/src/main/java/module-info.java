/**
 * conda support: the {@code conda} ecosystem's names, and what a conda package ({@code .conda},
 * {@code .tar.bz2}) says about itself, so that local conda packages can be judged. No conda
 * channel is a source yet.
 */
module io.pkgguard.source.conda {
  requires transitive io.pkgguard.api;
  requires com.fasterxml.jackson.databind;

  exports io.pkgguard.source.conda;
  exports io.pkgguard.source.conda.versions;
  exports io.pkgguard.source.conda.specs;

  provides io.pkgguard.api.Ecosystem with
      io.pkgguard.source.conda.CondaEcosystem;
}
