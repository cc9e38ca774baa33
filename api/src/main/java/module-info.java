/**
 * The pkgguard contract: the SPIs that rules, sources and transports implement, and the immutable
 * values that flow between them. Requires {@code java.base} only, so that an enterprise rule jar
 * compiles against this module alone. Every type says how far a host may rely on it with {@code
 * @API(status = ...)}: {@code STABLE} types change only compatibly; {@code EXPERIMENTAL} ones may
 * still change in a minor release.
 */
module io.pkgguard.api {
  // The @API stability annotations: class-retained, needed only to compile.
  requires static transitive org.apiguardian.api;

  exports io.pkgguard.api;
}
