/**
 * The pkgguard contract: the SPIs that rules, sources and transports implement, and the immutable
 * values that flow between them. Requires {@code java.base} only, so that an enterprise rule jar
 * compiles against this module alone.
 */
module io.pkgguard.api {
  exports io.pkgguard.api;
}
