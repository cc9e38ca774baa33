/**
 * The pkgguard core: the {@link io.pkgguard.core.Guard} facade, policy, decision engine, the HTTP
 * transport and the verdict's JSON form. Finds rules, sources and ecosystems through {@link
 * java.util.ServiceLoader}.
 */
module io.pkgguard.core {
  requires transitive io.pkgguard.api;
  requires java.net.http;
  requires org.slf4j;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.toml;
  requires org.apache.commons.compress;
  // commons-compress treats these codecs as optional; pkgguard reads .tar.xz sdists and .conda
  // packages (zstd), so it needs them on the module path too.
  requires org.tukaani.xz;
  requires com.github.luben.zstd_jni;

  exports io.pkgguard.core;
  exports io.pkgguard.core.inspection;
  exports io.pkgguard.core.policy;
  exports io.pkgguard.core.transport;
  exports io.pkgguard.core.verdict;

  uses io.pkgguard.api.SecurityRule;
  uses io.pkgguard.api.PackageSourceProvider;
  uses io.pkgguard.api.AdvisorySourceProvider;
  uses io.pkgguard.api.Ecosystem;
}
