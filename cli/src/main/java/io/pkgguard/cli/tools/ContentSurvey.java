package io.pkgguard.cli.tools;

import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.RuleSettings;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The false-positive survey of docs/content-rules.md: every distribution installed in the given
 * site-packages directories, packed back into a wheel, judged with only the {@code content} and
 * {@code distribution-files} rules. Prints one line per distribution (tab-separated: worst level,
 * name, version, tag, directory, findings) and a summary.
 */
@Command(name = "content-survey", mixinStandardHelpOptions = true,
    description = "Judge every installed distribution with the content rules.")
public final class ContentSurvey implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SITE_PACKAGES", arity = "1..*",
      description = "site-packages or dist-packages directories")
  List<Path> directories = List.of();

  public static void main(String[] args) {
    System.exit(new CommandLine(new ContentSurvey()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path work = Files.createTempDirectory("pkgguard-survey-");
    int total = 0;
    int flagged = 0;
    int medium = 0;
    try (Guard guard = Guard.builder().policy(contentOnly()).offline(true).build()) {
      for (Path directory : directories) {
        for (InstalledDistributions.Installed dist : InstalledDistributions.find(directory)) {
          Path wheel = work.resolve(dist.wheelName());
          try (OutputStream file = Files.newOutputStream(wheel)) {
            InstalledDistributions.pack(dist, file);
          }
          Verdict verdict = guard.evaluateFile(wheel);
          Files.delete(wheel);
          List<Finding> findings = verdict.findings().stream()
              .filter(f -> f.level().compareTo(RiskLevel.LOW) > 0).toList();
          RiskLevel worst = findings.stream().map(Finding::level).max(Enum::compareTo)
              .orElse(RiskLevel.NONE);
          total++;
          if (worst.compareTo(RiskLevel.HIGH) >= 0) {
            flagged++;
          } else if (worst == RiskLevel.MEDIUM) {
            medium++;
          }
          out.println(worst + "\t" + dist.name() + "\t" + dist.version() + "\t" + dist.tag()
              + "\t" + directory + "\t" + findings.stream()
                  .map(f -> f.level() + " " + f.ruleId() + ": " + f.message())
                  .collect(Collectors.joining(" | ")));
        }
      }
    } finally {
      Files.deleteIfExists(work);
    }
    err.printf("%d distributions: %d (%.1f%%) HIGH or CRITICAL, %d (%.1f%%) MEDIUM at worst%n",
        total, flagged, 100.0 * flagged / Math.max(total, 1), medium,
        100.0 * medium / Math.max(total, 1));
    return 0;
  }

  /** The built-in policy with every rule but content and distribution-files off. */
  private static Policy contentOnly() {
    Policy policy = Policy.defaults();
    try (Guard probe = Guard.builder().policy(policy).offline(true).build()) {
      for (var rule : probe.rules()) {
        String id = rule.id();
        if (!id.equals("content") && !id.equals("distribution-files")) {
          policy = policy.withRule(id, new RuleSettings(false, Map.of()));
        }
      }
    }
    return policy.withoutOnlineAdvisories();
  }

}
