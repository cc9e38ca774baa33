package io.pkgguard.api;

import org.apiguardian.api.API;

/** When in an evaluation a rule runs, which decides what its context can offer. */
@API(status = API.Status.STABLE, since = "0.1")
public enum RuleStage {
  /**
   * Before any source is asked: the rule sees only the request (name, version, environment). A
   * critical finding here stops the evaluation before any network traffic, so a hostile name
   * never reaches an index.
   */
  REQUEST,
  /** After the source reported the package's metadata. */
  METADATA,
  /**
   * After the core downloaded the release's distribution files, checked their digests and read
   * them: the rule sees {@link RuleContext#distributions()} as well as the metadata. Runs only
   * when nothing earlier rejected the package, so a known-malicious release is never downloaded.
   */
  CONTENT,
  /**
   * Once per environment (a requirements or lock file), after its packages were judged: the rule
   * sees {@link RuleContext#environment()} — what the file asks for besides packages (indexes,
   * unvetted lines, open versions), the packages' verdicts and the sources — and reports on the
   * environment, not on a package.
   */
  ENVIRONMENT
}
