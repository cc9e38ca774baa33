/**
 * conda support: the {@code conda} ecosystem's names, versions and match specs; conda channels
 * ({@code repodata.json}, optionally anaconda.org's API) as package sources; and what a conda
 * package ({@code .conda}, {@code .tar.bz2}) says about itself.
 */
module io.pkgguard.source.conda {
  requires transitive io.pkgguard.api;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires com.github.luben.zstd_jni;
  requires org.slf4j;

  exports io.pkgguard.source.conda;
  exports io.pkgguard.source.conda.versions;
  exports io.pkgguard.source.conda.specs;
  exports io.pkgguard.source.conda.channel;
  exports io.pkgguard.source.conda.inputs;

  provides io.pkgguard.api.Ecosystem with
      io.pkgguard.source.conda.CondaEcosystem;
  provides io.pkgguard.api.PackageSourceProvider with
      io.pkgguard.source.conda.channel.CondaChannelSourceProvider;
}
