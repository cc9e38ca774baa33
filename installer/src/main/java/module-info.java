/**
 * Safe installation: {@link io.pkgguard.installer.Installer} puts exactly the files a guard judged
 * into an isolated Python environment, verifies what was installed, and restores the environment
 * on any failure; {@link io.pkgguard.installer.EnvironmentAudit} re-checks what is installed.
 */
module io.pkgguard.installer {
  requires transitive io.pkgguard.core;
  requires io.pkgguard.source.pypi;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports io.pkgguard.installer;
}
