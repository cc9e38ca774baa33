package io.pkgguard.core.evaluation;

import io.pkgguard.api.Evidence;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.SourceException;
import java.time.Duration;
import java.util.Set;

/**
 * The findings the core itself reports, under rule ids reserved for it. All of them reject: each
 * says that something could not be checked, or that the policy forbids the package.
 */
public final class CoreFindings {

  /** The emergency pause is in force. */
  public static final String PAUSE = "pause";

  /** The policy's deny list names the package. */
  public static final String DENY_LIST = "deny-list";

  /** The source could not supply the package's metadata. */
  public static final String SOURCE = "source";

  /** The evaluation itself failed: a rule threw, timed out or misbehaved; no source is configured. */
  public static final String EVALUATION = "evaluation";

  /**
   * An environment verdict's findings about its packages; the built-in {@code environment} rule
   * (not reserved: it is a rule like others) reports on the environment's own description.
   */
  public static final String ENVIRONMENT = "environment";

  /** Findings of the dependency walk: bad dependencies with their paths, direct URLs, limits. */
  public static final String DEPENDENCIES = "dependencies";

  /** Findings about fetching and verifying the distribution files the content rules judge. */
  public static final String DOWNLOAD = "download";

  /** The shared store (approvals, audit log, pause) could not be read or written. */
  public static final String STORE = "store";

  /** An approval kept for the package that does not apply to this verdict. */
  public static final String APPROVAL = "approval";

  /** Ids no plugin rule may use. */
  public static final Set<String> RESERVED_IDS =
      Set.of(PAUSE, DENY_LIST, SOURCE, EVALUATION, DEPENDENCIES, DOWNLOAD, STORE, APPROVAL);

  private CoreFindings() {}

  static Finding paused(io.pkgguard.core.policy.Pause pause) {
    if (pause.unknown()) {
      return Finding.of(
              STORE,
              RiskLevel.CRITICAL,
              RiskCategory.EVALUATION,
              "cannot tell whether installations are paused, nor check approvals: "
                  + pause.reason())
          .withEvidence("store", pause.reason())
          .withRemediation(
              "nothing is allowed while the shared store cannot be read; check the"
                  + " policy's [store] and that the database is up");
    }
    return paused(pause.reason());
  }

  static Finding paused(String reason) {
    return Finding.of(
            PAUSE,
            RiskLevel.CRITICAL,
            RiskCategory.POLICY,
            "installations are paused" + (reason.isBlank() ? "" : ": " + reason))
        .withEvidence("reason", reason)
        .withRemediation("wait until an administrator resumes installations (pkgguard resume)");
  }

  static Finding denied(String entry) {
    return Finding.of(
            DENY_LIST,
            RiskLevel.CRITICAL,
            RiskCategory.POLICY,
            "the policy's deny list names this package")
        .withEvidence("entry", entry)
        .withRemediation("choose another package; the deny list is kept by your administrators");
  }

  static Finding noSource(String detail) {
    return Finding.of(SOURCE, RiskLevel.CRITICAL, RiskCategory.SOURCE, detail)
        .withRemediation("configure a trusted source for this ecosystem in the policy [sources]");
  }

  static Finding sourceFailed(String sourceId, SourceException e) {
    String message =
        switch (e.reason()) {
          case NOT_FOUND -> "the package does not exist on " + sourceId + ": " + e.getMessage();
          case UNTRUSTED -> "untrusted location: " + e.getMessage();
          case MISMATCH -> "the index answered about something else: " + e.getMessage();
          default ->
              "could not get the package's metadata from " + sourceId + ": " + e.getMessage();
        };
    String remediation =
        switch (e.reason()) {
          case NOT_FOUND ->
              "check the spelling; a package that does not exist may be a typosquat"
                  + " target or a dependency-confusion attempt";
          case UNAVAILABLE -> "try again later; nothing is allowed while it cannot be checked";
          case UNTRUSTED ->
              "only the policy's trusted hosts are contacted; fix the index or the"
                  + " policy's trusted-hosts";
          default ->
              "report the index's answer to its operators; nothing is allowed while it cannot"
                  + " be checked";
        };
    RiskCategory category =
        switch (e.reason()) {
          case NOT_FOUND, UNTRUSTED, MISMATCH -> RiskCategory.SOURCE;
          default -> RiskCategory.EVALUATION;
        };
    return Finding.of(SOURCE, RiskLevel.CRITICAL, category, message)
        .withEvidence(Evidence.of("source", sourceId, "reason", e.reason().name()))
        .withRemediation(remediation);
  }

  static Finding advisoriesFailed(String databaseId, SourceException e) {
    return Finding.of(
            SOURCE,
            RiskLevel.CRITICAL,
            RiskCategory.VULNERABILITY,
            "the advisory database " + databaseId + " could not be consulted: " + e.getMessage())
        .withEvidence(Evidence.of("advisories", databaseId, "reason", e.reason().name()))
        .withRemediation(
            "nothing is allowed while known vulnerabilities cannot be checked; try"
                + " again later, or use an offline database ([advisories] type osv-offline,"
                + " --advisory-db)");
  }

  static Finding ruleFailed(String ruleId, String what) {
    return Finding.of(
            EVALUATION,
            RiskLevel.CRITICAL,
            RiskCategory.EVALUATION,
            "rule " + ruleId + " did not complete: " + what)
        .withEvidence("rule", ruleId)
        .withRemediation(
            "a check that cannot run rejects the package; report this to whoever"
                + " maintains the rule");
  }

  static Finding ruleTimedOut(String ruleId, Duration budget, boolean stopped) {
    return ruleFailed(
            ruleId,
            "it ran longer than its "
                + budget.toMillis()
                + " ms budget"
                + (stopped
                    ? " (for a large package that is otherwise trusted, raise [limits]"
                        + " rule-timeout-ms or rule-timeout-ms-per-text-mib in the policy)"
                    : " and did not stop when interrupted; it is stuck"))
        .withEvidence(
            "rule",
            ruleId,
            "budget-ms",
            Long.toString(budget.toMillis()),
            "stopped",
            Boolean.toString(stopped));
  }

  static Finding ruleStuck(String ruleId, int threads, java.time.Instant since) {
    return Finding.of(
            EVALUATION,
            RiskLevel.CRITICAL,
            RiskCategory.EVALUATION,
            "rule "
                + ruleId
                + " is stuck: since "
                + since
                + " "
                + threads
                + " of its calls"
                + (threads == 1 ? " has" : " have")
                + " run past the budget without stopping,"
                + " so it is not called again")
        .withEvidence(
            "rule",
            ruleId,
            "stuck-threads",
            Integer.toString(threads),
            "stuck-since",
            since.toString())
        .withRemediation(
            "restart the host (or build a new guard) to call the rule again, and"
                + " report the package that made it hang to whoever maintains the rule");
  }

  static Finding unreadableFile(String filename, String problem) {
    return Finding.of(
            SOURCE,
            RiskLevel.CRITICAL,
            RiskCategory.CONTENT,
            "cannot tell what " + filename + " is: " + problem)
        .withEvidence("file", filename)
        .withRemediation(
            "check a wheel (.whl) or an sdist (.tar.gz, .zip) built by a standard" + " tool");
  }

  /**
   * An ecosystem's reader failed on an environment file (its own fault, not the file's): nothing
   * in the file was judged, so the environment is rejected.
   *
   * @param file the file's name
   * @param ecosystem the ecosystem whose reader failed
   * @param e what it threw
   * @return the finding
   */
  public static Finding readerFailed(String file, String ecosystem, Throwable e) {
    return Finding.of(
            EVALUATION,
            RiskLevel.CRITICAL,
            RiskCategory.EVALUATION,
            "the "
                + ecosystem
                + " reader failed on "
                + file
                + " ("
                + e.getClass().getSimpleName()
                + "); nothing in it was judged")
        .withEvidence("file", file)
        .withRemediation(
            "nothing is allowed while pkgguard cannot read the file; run with --verbose"
                + " and report the log to pkgguard's maintainers");
  }

  static Finding internalError(Throwable e) {
    return Finding.of(
            EVALUATION,
            RiskLevel.CRITICAL,
            RiskCategory.EVALUATION,
            "pkgguard failed internally (" + e.getClass().getSimpleName() + ")")
        .withRemediation(
            "nothing is allowed while pkgguard cannot evaluate; run with --verbose"
                + " and report the log to pkgguard's maintainers");
  }

  static Finding invalidRequest(String problem) {
    return Finding.of(EVALUATION, RiskLevel.CRITICAL, RiskCategory.EVALUATION, problem)
        .withRemediation("correct the request");
  }
}
