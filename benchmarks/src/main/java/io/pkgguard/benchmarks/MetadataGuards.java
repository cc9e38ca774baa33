package io.pkgguard.benchmarks;

import io.pkgguard.api.PackageId;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.PolicyLoader;
import java.net.URI;

/**
 * The guard the metadata benchmarks compare with a bare HTTP client: both sides make one request
 * per package, 8 at a time.
 */
final class MetadataGuards {

  private MetadataGuards() {}

  /**
   * A guard over the index at {@code base} with the built-in rules, except that: 8 packages are
   * judged at once and the index allows 8 connections, as the bare fetch it is compared with
   * (the built-in policy judges 16 at once and does not limit a loopback index), the previous
   * release's
   * document (the maintainers rule's comparison, one more request per package) is not asked
   * for, no advisory database is consulted (OSV is unreachable here), and the rules that read
   * files are off (ArchiveBenchmark measures those), and nothing is kept in a store
   * (StoreBenchmark measures that).
   */
  static Guard create(URI base) {
    Policy policy =
        PolicyLoader.parse(
            "[limits]\nconcurrency = 8\nper-host-concurrency = 8\n"
                + "[advisories.osv]\nenabled = false\n"
                + "[sources.pypi.options]\nprevious-release = \"false\"\n"
                + "[rules.content]\nenabled = false\n[rules.distribution-files]\nenabled = false\n"
                + "[store]\ntype = \"none\"\n",
            "bench.toml");
    return Guard.builder().policy(policy).index(PackageId.PYPI, base).build();
  }
}
