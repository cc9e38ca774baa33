/**
 * Examples: embedding the guard in a host application, and a rule of the kind an enterprise ships
 * in its own jar.
 */
module io.pkgguard.examples {
  requires io.pkgguard.core;

  exports io.pkgguard.examples;
  exports io.pkgguard.examples.rules;

  provides io.pkgguard.api.SecurityRule with
      io.pkgguard.examples.rules.InternalNamespaceRule;
}
