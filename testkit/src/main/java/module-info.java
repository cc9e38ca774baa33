/**
 * The pkgguard test kit: {@link io.pkgguard.testkit.RuleTester} runs a rule through a real guard
 * on a package written inline, {@link io.pkgguard.testkit.SourceTester} holds a source plugin to
 * the source contract on recorded responses, and {@link io.pkgguard.testkit.Wheel} and {@link
 * io.pkgguard.testkit.Sdist} build small distribution files in memory.
 */
module io.pkgguard.testkit {
  requires transitive io.pkgguard.api;
  requires transitive io.pkgguard.core;
  requires io.pkgguard.source.pypi;
  requires io.pkgguard.advisories.osv;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.compress;

  exports io.pkgguard.testkit;
}
