package io.pkgguard.cli;

import io.pkgguard.api.Approval;
import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Decision;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.core.administration.ApprovalException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pkgguard approve}: evaluates a package exactly as {@code check} does, shows what was
 * found, asks, and records an approval bound to that verdict's version, files, findings and
 * policy.
 */
@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = {
      "Approve a package that needs review or special approval.",
      "It is evaluated first, with the same options as check, and the approval binds exactly"
          + " what was judged: the version, the SHA-256 of every file, the findings and the"
          + " policy. A review may be approved by the user; a special approval only by an"
          + " administrator the policy names; a rejection never."
    },
    footer = {
      "",
      "Exit codes: 0 approved (or nothing to approve); 1 not confirmed;",
      "2 usage error, or not permitted; 3 rejected, or the store could not record it."
    })
final class ApproveCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GuardOptions guardOptions;

  @Mixin EvaluationOptions evaluation;

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "TEXT",
      description = "Why this package may be installed despite its findings (recorded).")
  String reason;

  @Option(
      names = "--until",
      paramLabel = "WHEN",
      converter = Dates.Ahead.class,
      description =
          "Until when the approval holds: a date (through its end, UTC), an instant,"
              + " or a span such as 30d (default and longest: the policy's [approvals] max-days).")
  Instant until;

  @Option(
      names = {"-y", "--yes"},
      description = "Approve without asking (required when not run in a terminal).")
  boolean yes;

  @Parameters(
      paramLabel = "SPEC",
      description =
          "The package: a name, name==version or a PEP"
              + " 508 requirement (the release check would pick), or a local wheel or sdist.")
  String target;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String user = guardOptions.context.user();
    try (Guard guard =
        guardOptions.buildGuard(evaluation.ecosystem, evaluation.policyAdjustment())) {
      Verdict verdict;
      try {
        verdict = evaluate(guard);
      } catch (RequestSyntaxException e) {
        err.println(
            "pkgguard: '"
                + TerminalText.clean(target)
                + "': "
                + TerminalText.clean(e.getMessage()));
        return ExitCode.USAGE;
      }
      out.print(TextReport.render(List.of(verdict)));
      out.flush();
      if (verdict.decision() == Decision.ALLOW) {
        out.println("Nothing to approve: " + name(verdict) + " is allowed.");
        return ExitCode.ALLOW;
      }
      try {
        guard.approvals().check(verdict, user);
      } catch (ApprovalException e) {
        return StoreWork.refused(err, e);
      }
      if (!yes) {
        Optional<Boolean> answer = guardOptions.context.prompt().confirm(question(verdict, user));
        if (answer.isEmpty()) {
          err.println(
              "pkgguard: an approval needs a confirmation: run approve in a terminal,"
                  + " or pass --yes once you have read the findings above");
          return ExitCode.USAGE;
        }
        if (!answer.get()) {
          out.println("Nothing was approved.");
          return ExitCode.NEEDS_APPROVAL;
        }
      }
      Approval approval;
      try {
        approval = guard.approvals().approve(verdict, user, reason, Optional.ofNullable(until));
      } catch (ApprovalException e) {
        return StoreWork.refused(err, e);
      }
      out.println(name(verdict) + " " + approval.decision() + " " + TextReport.approved(approval));
      out.println(
          "The approval id is "
              + approval.id()
              + " (pkgguard approvals revoke ID"
              + " withdraws it).");
      out.flush();
      return ExitCode.ALLOW;
    } catch (ConfigurationException e) {
      err.println("pkgguard: " + TerminalText.clean(e.getMessage()));
      return ExitCode.USAGE;
    }
  }

  private Verdict evaluate(Guard guard) throws RequestSyntaxException {
    if (EvaluationOptions.isFile(target)) {
      Path file = Path.of(target);
      if (!Files.isRegularFile(file)) {
        throw new RequestSyntaxException("no such file (a local wheel or sdist to approve)");
      }
      return guard.evaluateFile(file);
    }
    return guard.evaluate(
        guard
            .parse(evaluation.ecosystem, target)
            .withEnvironment(evaluation.targetEnvironment(guardOptions.environment())));
  }

  private String question(Verdict verdict, String user) {
    long findings =
        verdict.findings().stream()
            .filter(f -> f.level() != io.pkgguard.api.RiskLevel.NONE)
            .count();
    String already =
        verdict.approvals().isEmpty()
            ? ""
            : "It is approved already (" + TextReport.approved(verdict.approvals().get(0)) + "). ";
    return already
        + "Approve "
        + name(verdict)
        + " ("
        + verdict.decision()
        + ", "
        + findings
        + (findings == 1 ? " finding" : " findings")
        + ") as "
        + TerminalText.clean(user)
        + (until == null ? "" : " until " + Dates.show(until))
        + "?";
  }

  private static String name(Verdict verdict) {
    return TerminalText.clean(verdict.id().name() + verdict.version().map(v -> " " + v).orElse(""));
  }
}
