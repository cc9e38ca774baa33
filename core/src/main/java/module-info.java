/**
 * The pkgguard core: the {@link io.pkgguard.core.Guard} facade, policy, decision engine, the HTTP
 * transport and the verdict's JSON form. Hosts see the guard, the policy, the verdict's JSON form
 * and the connection settings; the evaluation, inspection and transport packages are internal.
 * Finds rules, sources and ecosystems through {@link java.util.ServiceLoader}.
 */
module io.pkgguard.core {
  requires transitive io.pkgguard.api;
  requires java.net.http;
  requires org.slf4j;
  // The verdict's JSON form (VerdictJson) is a Jackson tree: hosts that use it read Jackson too.
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.toml;
  requires org.apache.commons.compress;
  // commons-compress treats these codecs as optional; pkgguard reads .tar.xz sdists and .conda
  // packages (zstd), so it needs them on the module path too.
  requires org.tukaani.xz;
  requires com.github.luben.zstd_jni;

  // What a host uses: the guard, its policy, verdicts as JSON, connection settings.
  exports io.pkgguard.core;
  exports io.pkgguard.core.administration;
  exports io.pkgguard.core.connection;
  exports io.pkgguard.core.policy;
  exports io.pkgguard.core.verdict;
  // Implementation, open only to pkgguard's own command line (its maintenance tools fetch
  // through the transport; it tells local files by name): hosts cannot come to depend on it.
  exports io.pkgguard.core.files to
      io.pkgguard.cli;
  exports io.pkgguard.core.inspection to
      io.pkgguard.cli;
  exports io.pkgguard.core.transport to
      io.pkgguard.cli;

  uses io.pkgguard.api.SecurityRule;
  uses io.pkgguard.api.PackageSourceProvider;
  uses io.pkgguard.api.AdvisorySourceProvider;
  uses io.pkgguard.api.Ecosystem;
  uses io.pkgguard.api.StateStoreProvider;
}
