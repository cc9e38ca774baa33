package io.pkgguard.cli;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.PolicyLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options of the commands that administer the store (approvals, the audit log, the pause, the
 * figures): which policy names the store and its administrators.
 */
final class StoreOptions {

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "Policy file whose [store] and [approvals] apply (default: the built-in"
              + " policy: an embedded store in $PKGGUARD_HOME or ~/.pkgguard, no administrators).")
  Path policyFile;

  @Option(names = "--verbose", description = "Log what the library does to standard error.")
  boolean verbose;

  /** The run's surroundings (environment, user, terminal); tests replace it. */
  CliContext context = CliContext.system();

  /**
   * A guard on the store the policy names; it evaluates nothing and contacts no index.
   *
   * @throws ConfigurationException if the policy is wrong
   */
  Guard buildGuard() {
    Policy policy = policyFile == null ? Policy.defaults() : PolicyLoader.load(policyFile);
    return Guard.builder()
        .policy(policy)
        .offline(true)
        .identity(context.user())
        .environment(context.environment())
        .build();
  }
}
