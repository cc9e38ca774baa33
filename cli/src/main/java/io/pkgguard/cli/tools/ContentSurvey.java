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
 * The false-positive survey of docs/content-rules.md, judged with only the {@code content} and
 * {@code distribution-files} rules: every distribution installed in the given site-packages
 * directories, packed back into a wheel, and every wheel file given (or found directly in a
 * given directory), as it is. Prints one line per distribution (tab-separated: worst level, name,
 * version, tag, where, findings) and a summary.
 */
@Command(
    name = "content-survey",
    mixinStandardHelpOptions = true,
    description = "Judge installed distributions and wheel files with the content rules.")
public final class ContentSurvey implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "SITE_PACKAGES|WHEELS",
      arity = "1..*",
      description =
          "site-packages or dist-packages directories, wheel files, or directories"
              + " of wheel files")
  List<Path> directories = List.of();

  private int total;
  private int flagged;
  private int medium;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ContentSurvey()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path path : directories) {
      if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
        err.println(
            "content-survey: "
                + path
                + " is neither a directory nor a file; give"
                + " site-packages directories, wheel files or directories of wheels");
        return 2;
      }
    }
    Path work = Files.createTempDirectory("pkgguard-survey-");
    try (Guard guard = Guard.builder().policy(contentOnly()).offline(true).build()) {
      for (Path directory : directories) {
        List<Path> wheels = wheels(directory);
        for (Path wheel : wheels) {
          String[] parts = wheel.getFileName().toString().split("-");
          report(
              out,
              guard.evaluateFile(wheel),
              parts[0],
              parts.length > 1 ? parts[1] : "",
              "file",
              wheel.toString());
        }
        if (!wheels.isEmpty()) {
          continue;
        }
        for (InstalledDistributions.Installed dist : InstalledDistributions.find(directory)) {
          Path wheel = work.resolve(dist.wheelName());
          try (OutputStream file = Files.newOutputStream(wheel)) {
            InstalledDistributions.pack(dist, file);
          }
          Verdict verdict = guard.evaluateFile(wheel);
          Files.delete(wheel);
          report(out, verdict, dist.name(), dist.version(), dist.tag(), directory.toString());
        }
      }
    } finally {
      Files.deleteIfExists(work);
    }
    err.printf(
        "%d distributions: %d (%.1f%%) HIGH or CRITICAL, %d (%.1f%%) MEDIUM at worst%n",
        total,
        flagged,
        100.0 * flagged / Math.max(total, 1),
        medium,
        100.0 * medium / Math.max(total, 1));
    return 0;
  }

  /** {@code path} itself if it is a wheel, the wheels directly in it if a directory. */
  private static List<Path> wheels(Path path) throws java.io.IOException {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    try (var listing = Files.list(path)) {
      return listing
          .filter(p -> p.getFileName().toString().endsWith(".whl") && Files.isRegularFile(p))
          .sorted()
          .toList();
    }
  }

  private void report(
      PrintWriter out, Verdict verdict, String name, String version, String tag, String where) {
    List<Finding> findings =
        verdict.findings().stream().filter(f -> f.level().compareTo(RiskLevel.LOW) > 0).toList();
    RiskLevel worst =
        findings.stream().map(Finding::level).max(Enum::compareTo).orElse(RiskLevel.NONE);
    total++;
    if (worst.compareTo(RiskLevel.HIGH) >= 0) {
      flagged++;
    } else if (worst == RiskLevel.MEDIUM) {
      medium++;
    }
    out.println(
        worst
            + "\t"
            + name
            + "\t"
            + version
            + "\t"
            + tag
            + "\t"
            + where
            + "\t"
            + findings.stream()
                .map(f -> f.level() + " " + f.ruleId() + ": " + f.message())
                .collect(Collectors.joining(" | ")));
    out.flush();
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
