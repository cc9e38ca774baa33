package io.pkgguard.core.policy;

import org.apiguardian.api.API;

/**
 * How far the guard follows dependencies ({@code [dependencies]} in the policy).
 *
 * @param walk whether {@code evaluate} and {@code evaluateAll} evaluate each package's
 *     dependencies too, transitively; without the walk only the named packages are evaluated
 * @param maxDepth the deepest dependency followed (a requested package is depth 0); a tree that
 *     goes deeper is not fully checked, so its root is rejected
 * @param maxPackages the most packages one walk evaluates; a larger tree is not fully checked
 * @param complexPackages a package whose tree holds more packages than this gets a MEDIUM
 *     "complex dependency tree" finding
 * @param complexDepth a package whose tree is deeper than this gets the same finding
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DependencyLimits(
    boolean walk, int maxDepth, int maxPackages, int complexPackages, int complexDepth) {

  public DependencyLimits {
    if (maxDepth < 1 || maxPackages < 1 || complexPackages < 1 || complexDepth < 1) {
      throw new IllegalArgumentException("dependency limits must be positive");
    }
  }

  /** These limits with the walk switched on or off (for {@code --no-deps}). */
  public DependencyLimits withWalk(boolean value) {
    return new DependencyLimits(value, maxDepth, maxPackages, complexPackages, complexDepth);
  }
}
