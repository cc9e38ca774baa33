package io.pkgguard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Decision;
import io.pkgguard.core.Guard;
import io.pkgguard.installer.EnvironmentAudit;
import io.pkgguard.installer.InstallException;
import io.pkgguard.installer.PythonEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pkgguard audit}: judges what an environment has installed again, compares every file
 * with its RECORD, lists the start-up hooks; removes a suspect, or reverts to the last verified
 * state.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Audit an installed environment: every distribution judged again with today's"
          + " rules and advisories, every file compared with its RECORD (modified, missing, and"
          + " files no RECORD lists), every .pth start-up hook listed with its owner.",
      "--remove NAME uninstalls a suspect; --revert returns the environment to the state"
          + " pkgguard install last verified. Both are undone if they fail, and audited."
    },
    footer = {
      "",
      "Exit codes: 0 all allowed and intact; 1 something needs review or special" + " approval;",
      "2 usage or environment error; 3 something rejected, or files changed"
          + " since installation."
    })
final class AuditCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Mixin GuardOptions guardOptions;

  @Option(
      names = "--venv",
      paramLabel = "DIR",
      description = "The virtual environment (default: the active one, $VIRTUAL_ENV).")
  Path venv;

  @Option(
      names = "--python",
      paramLabel = "PATH",
      description = "Audit this interpreter's environment instead.")
  Path python;

  @Option(names = "--remove", paramLabel = "NAME", description = "Uninstall this package.")
  String remove;

  @Option(names = "--revert", description = "Return to the last verified state.")
  boolean revert;

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why (with --remove; recorded).")
  String reason;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (remove != null && revert) {
      err.println("pkgguard: give --remove or --revert, not both");
      return ExitCode.USAGE;
    }
    if (remove != null && (reason == null || reason.isBlank())) {
      err.println("pkgguard: --remove needs --reason: say why it is removed (it is recorded)");
      return ExitCode.USAGE;
    }
    try (Guard guard = guardOptions.buildGuard("pypi")) {
      PythonEnvironment environment = environment();
      EnvironmentAudit audit = new EnvironmentAudit(guard);
      if (remove != null) {
        audit.remove(environment, remove, reason);
        out.println(
            "Removed "
                + TerminalText.clean(remove)
                + " from "
                + TerminalText.clean(environment.root().toString())
                + ".");
        return ExitCode.ALLOW;
      }
      if (revert) {
        List<String> left = audit.revert(environment);
        left.forEach(l -> err.println("pkgguard: " + TerminalText.clean(l)));
        out.println(
            left.isEmpty()
                ? "Reverted "
                    + TerminalText.clean(environment.root().toString())
                    + " to its last verified state."
                : "Reverted what could be; " + left.size() + " problems remain.");
        return left.isEmpty() ? ExitCode.ALLOW : ExitCode.REJECT;
      }
      EnvironmentAudit.Report report = audit.audit(environment);
      out.print(format == Format.json ? json(report) : text(report));
      out.flush();
      return exitCode(report);
    } catch (InstallException e) {
      err.println("pkgguard: " + TerminalText.clean(e.getMessage()));
      return e.step() == InstallException.Step.ENVIRONMENT || e.step() == InstallException.Step.PLAN
          ? ExitCode.USAGE
          : ExitCode.REJECT;
    } catch (ConfigurationException e) {
      err.println("pkgguard: " + TerminalText.clean(e.getMessage()));
      return ExitCode.USAGE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("pkgguard: interrupted; the environment was put back as it was");
      return ExitCode.REJECT;
    }
  }

  /** The environment to audit: --python's, --venv, or the active one. */
  private PythonEnvironment environment() throws InstallException, InterruptedException {
    Duration deadline = Duration.ofMinutes(2);
    if (python != null) {
      return PythonEnvironment.probe(python, deadline);
    }
    return PythonEnvironment.existingVirtualEnvironment(
        ActiveEnvironment.directory(
            venv,
            guardOptions.environment(),
            "give the environment with --venv DIR or --python PATH, or" + " activate one"),
        deadline);
  }

  static int exitCode(EnvironmentAudit.Report report) {
    if (!report.intact()) {
      return ExitCode.REJECT;
    }
    return ExitCode.of(
        report.packages().stream().map(EnvironmentAudit.PackageReport::verdict).toList());
  }

  private static String text(EnvironmentAudit.Report report) {
    StringBuilder out = new StringBuilder();
    for (EnvironmentAudit.PackageReport p : report.packages()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-16s  %s %s%n",
              p.verdict().effectiveDecision(),
              TerminalText.clean(p.distribution().name()),
              TerminalText.clean(p.distribution().version())));
      p.verdict().findings().stream()
          .filter(f -> f.level() == p.verdict().risk() && p.verdict().decision() != Decision.ALLOW)
          .limit(2)
          .forEach(
              f ->
                  out.append(
                      String.format(
                          Locale.ROOT,
                          "    %-8s  %-18s  %s%n",
                          f.level(),
                          f.ruleId(),
                          TerminalText.clean(f.message()))));
      p.modified()
          .forEach(f -> out.append("    MODIFIED  ").append(TerminalText.clean(f)).append('\n'));
      p.missing()
          .forEach(f -> out.append("    MISSING   ").append(TerminalText.clean(f)).append('\n'));
    }
    if (!report.unlisted().isEmpty()) {
      out.append("Files no installed package lists:\n");
      report.unlisted().forEach(f -> out.append("    ").append(TerminalText.clean(f)).append('\n'));
    }
    out.append("Start-up hooks (.pth files run at every Python start):\n");
    report
        .startupHooks()
        .forEach(
            h ->
                out.append("    ")
                    .append(TerminalText.clean(h.path()))
                    .append(
                        h.owner()
                            .map(o -> "  (" + TerminalText.clean(o) + ")")
                            .orElse("  (NO PACKAGE OWNS IT)"))
                    .append('\n'));
    long changed = report.packages().stream().filter(p -> !p.intact()).count();
    out.append(report.packages().size())
        .append(" packages: ")
        .append(changed)
        .append(" with changed files, ")
        .append(report.unlisted().size())
        .append(" unlisted files; ")
        .append(
            report.intact()
                ? "intact"
                : "NOT INTACT: pkgguard" + " audit --revert returns to the last verified state")
        .append('\n');
    return out.toString();
  }

  private static String json(EnvironmentAudit.Report report) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("environment", report.environment().root().toString());
    root.put("intact", report.intact());
    ArrayNode packages = root.putArray("packages");
    for (EnvironmentAudit.PackageReport p : report.packages()) {
      ObjectNode node = packages.addObject();
      node.put("name", p.distribution().name());
      node.put("version", p.distribution().version());
      node.put("decision", p.verdict().decision().name());
      node.put("effectiveDecision", p.verdict().effectiveDecision().name());
      ArrayNode modified = node.putArray("modified");
      p.modified().forEach(modified::add);
      ArrayNode missing = node.putArray("missing");
      p.missing().forEach(missing::add);
    }
    ArrayNode unlisted = root.putArray("unlisted");
    report.unlisted().forEach(unlisted::add);
    ArrayNode hooks = root.putArray("startupHooks");
    report
        .startupHooks()
        .forEach(
            h -> {
              ObjectNode node = hooks.addObject().put("path", h.path());
              h.owner().ifPresent(o -> node.put("owner", o));
            });
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }
}
