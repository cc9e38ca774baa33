package io.pkgguard.cli;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.core.JudgedEnvironment;
import io.pkgguard.core.verdict.VerdictJson;
import io.pkgguard.report.CycloneDxReport;
import io.pkgguard.report.HtmlReport;
import io.pkgguard.report.Report;
import io.pkgguard.report.SarifReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pkgguard check}: evaluates packages and reports verdicts. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Evaluate packages before installing them.",
    footer = {
      "",
      "SPEC is a name (requests), a pinned version (requests==2.32.3) or a PEP 508",
      "requirement ('requests>=2.28,<3' checks the newest release in the range).",
      "Exit codes: 0 all allowed; 1 review or special approval needed;",
      "2 usage error; 3 something rejected."
    })
final class CheckCommand implements Callable<Integer> {

  enum Format {
    text,
    json,
    sarif,
    cyclonedx,
    html
  }

  @Spec CommandSpec spec;

  @Mixin GuardOptions guardOptions;

  @Mixin EvaluationOptions evaluation;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). sarif is SARIF"
              + " 2.1.0 for code scanning (results point at the -r file's lines), cyclonedx a"
              + " CycloneDX 1.6 SBOM with the verdicts and advisories, html one self-contained page.")
  Format format;

  @Option(
      names = "--fail-on",
      paramLabel = "DECISION",
      description =
          "The least decision that fails the run, for CI gates: review, special-approval or"
              + " reject (default: review, every decision but ALLOW). Below it the exit status is"
              + " 0; at or above it, the documented status of the worst decision.")
  String failOn;

  @Option(
      names = "--no-color",
      description =
          "No colour in the text report (also NO_COLOR=1; colour is only ever used when"
              + " standard output is a terminal).")
  boolean noColor;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the verdict line of each package (and of the environment).")
  boolean quiet;

  @Option(
      names = {"-r", "--requirement"},
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Check the environment a requirements file (read as pip reads it: -r/-c"
              + " includes, --hash, index options) or a lock file (pylock.toml, uv.lock,"
              + " poetry.lock, pdm.lock, Pipfile.lock) or a project (pyproject.toml, setup.cfg,"
              + " setup.py, read as text) describes, or with --ecosystem conda an"
              + " environment.yml, conda-lock.yml, pixi.lock or explicit spec file: one verdict for"
              + " the environment, with every package's below it. Several files: one verdict"
              + " each (as a pre-commit hook passes them).")
  List<java.nio.file.Path> requirements;

  @Option(
      names = "--extra",
      paramLabel = "NAME",
      description =
          "With -r pyproject.toml or pylock.toml: judge this extra too"
              + " ([project.optional-dependencies], Poetry's extras). Repeatable.")
  List<String> extras = new ArrayList<>();

  @Option(
      names = "--group",
      paramLabel = "NAME",
      description =
          "With -r pyproject.toml or pylock.toml: judge this dependency group too (PEP 735"
              + " [dependency-groups], Poetry's groups). Repeatable.")
  List<String> groups = new ArrayList<>();

  @Parameters(
      paramLabel = "SPEC",
      arity = "0..*",
      description =
          "Packages to check: a name,"
              + " name==version or a PEP 508 requirement; or the path of a local wheel or sdist, judged"
              + " by what it holds and says about itself (rules that need an index report unknown).")
  List<String> specs = List.of();

  /** The progress line while packages are judged; cleared before the report is printed. */
  private ProgressLine progress =
      new ProgressLine(new PrintWriter(java.io.Writer.nullWriter()), 80);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (failOn != null && ExitCode.threshold(failOn).isEmpty()) {
      err.println(
          "pkgguard: --fail-on "
              + TerminalText.clean(failOn)
              + ": write review, special-approval or reject");
      return ExitCode.USAGE;
    }
    if (requirements == null && specs.isEmpty()) {
      err.println("pkgguard: give packages to check, or a requirements file with -r");
      return ExitCode.USAGE;
    }
    if (requirements == null && !(extras.isEmpty() && groups.isEmpty())) {
      err.println("pkgguard: --extra and --group select from a project file given with -r");
      return ExitCode.USAGE;
    }
    if (requirements != null && !specs.isEmpty()) {
      err.println("pkgguard: give either packages or -r FILE, not both");
      return ExitCode.USAGE;
    }
    String ecosystem = evaluation.ecosystem;
    guardOptions.readsInstallerConfiguration = true;
    if (requirements != null && !requirements.isEmpty()) {
      java.nio.file.Path parent = requirements.get(0).toAbsolutePath().normalize().getParent();
      guardOptions.project = parent == null ? java.nio.file.Path.of("") : parent;
    }
    Terminal terminal = guardOptions.context.terminal();
    progress = new ProgressLine(err, terminal.columns());
    try (ProgressLine drawn = progress;
        Guard guard =
            guardOptions.buildGuard(
                ecosystem,
                evaluation.policyAdjustment(),
                builder ->
                    terminal.showsProgress() && !quiet ? builder.progress(progress) : builder)) {
      guardOptions
          .installerIndexes()
          .index()
          .filter(i -> !quiet && guardOptions.policyFile == null)
          .ifPresent(
              i ->
                  err.println(
                      "pkgguard: checking against the index the installer would use: "
                          + TerminalText.clean(i.shown())
                          + " (set by "
                          + TerminalText.clean(i.origin())
                          + ")"));
      io.pkgguard.api.TargetEnvironment environment =
          evaluation.targetEnvironment(guardOptions.environment());
      if (requirements != null) {
        return checkEnvironment(guard, environment, out, err);
      }
      List<PackageRequest> requests = new ArrayList<>();
      List<java.nio.file.Path> files = new ArrayList<>();
      for (String text : specs) {
        if (EvaluationOptions.isFile(text)) {
          java.nio.file.Path file = java.nio.file.Path.of(text);
          if (!java.nio.file.Files.isRegularFile(file)) {
            err.println(
                "pkgguard: '"
                    + TerminalText.clean(text)
                    + "': no such file (a local"
                    + " wheel or sdist to check)");
            return ExitCode.USAGE;
          }
          files.add(file);
          continue;
        }
        try {
          requests.add(guard.parse(ecosystem, text).withEnvironment(environment));
        } catch (RequestSyntaxException e) {
          err.println(
              "pkgguard: '"
                  + TerminalText.clean(text)
                  + "': "
                  + TerminalText.clean(e.getMessage()));
          return ExitCode.USAGE;
        }
      }
      List<Verdict> verdicts = new ArrayList<>();
      List<Report.Subject> subjects = new ArrayList<>();
      for (java.nio.file.Path file : files) {
        Verdict verdict = guard.evaluateFile(file);
        verdicts.add(verdict);
        subjects.add(Report.Subject.ofFile(verdict, ReportPaths.shown(file)));
      }
      if (guard.hasInstallerIndexes() && !requests.isEmpty()) {
        // pip installs these through its configuration: its extra indexes are weighed with them.
        JudgedEnvironment judged = guard.judgeRequests("command line", ecosystem, requests);
        verdicts.add(judged.verdict());
        // No file asked for them: reports locate their findings by package only.
        subjects.add(
            new Report.Subject(judged.verdict(), true, Optional.empty(), judged.description()));
      } else {
        for (Verdict verdict : guard.evaluateAll(requests)) {
          verdicts.add(verdict);
          subjects.add(Report.Subject.ofPackage(verdict));
        }
      }
      progress.close();
      switch (format) {
        case text -> {
          List<Verdict> alone =
              subjects.stream().filter(x -> !x.environment()).map(Report.Subject::verdict).toList();
          if (!alone.isEmpty()) {
            out.print(text(TextReport.render(alone)));
          }
          subjects.stream()
              .filter(Report.Subject::environment)
              .forEach(x -> out.print(text(TextReport.renderEnvironment(x.verdict()))));
        }
        case json -> out.println(VerdictJson.write(verdicts));
        default -> out.print(report(guard, subjects));
      }
      out.flush();
      return ExitCode.of(verdicts, failOn());
    } catch (ConfigurationException e) {
      err.println("pkgguard: " + TerminalText.clean(e.getMessage()));
      return ExitCode.USAGE;
    }
  }

  private int checkEnvironment(
      Guard guard, io.pkgguard.api.TargetEnvironment target, PrintWriter out, PrintWriter err) {
    List<Verdict> environments = new ArrayList<>();
    List<Report.Subject> subjects = new ArrayList<>();
    io.pkgguard.api.EnvironmentSelection selection =
        new io.pkgguard.api.EnvironmentSelection(Set.copyOf(extras), Set.copyOf(groups));
    for (java.nio.file.Path file : requirements) {
      try {
        JudgedEnvironment judged =
            guard.judgeEnvironment(evaluation.ecosystem, file, target, selection);
        environments.add(judged.verdict());
        subjects.add(
            Report.Subject.ofEnvironment(
                judged.verdict(), ReportPaths.shown(file), judged.description()));
      } catch (io.pkgguard.api.EnvironmentFileException e) {
        err.println("pkgguard: " + TerminalText.clean(e.getMessage()));
        return ExitCode.USAGE;
      }
    }
    progress.close();
    switch (format) {
      case text -> environments.forEach(e -> out.print(text(TextReport.renderEnvironment(e))));
      case json -> out.println(VerdictJson.write(environments));
      default -> out.print(report(guard, subjects));
    }
    out.flush();
    return ExitCode.of(environments, failOn());
  }

  /** The run as SARIF, CycloneDX or HTML, each ending with a newline. */
  private String report(Guard guard, List<Report.Subject> subjects) {
    Report report =
        new Report(subjects, guard.rules(), PkgguardCommand.VERSION, java.time.Instant.now());
    String written =
        switch (format) {
          case sarif -> SarifReport.write(report);
          case cyclonedx -> CycloneDxReport.write(report);
          case html -> HtmlReport.write(report);
          default -> throw new IllegalStateException("not a report format: " + format);
        };
    return written.endsWith("\n") ? written : written + "\n";
  }

  private io.pkgguard.api.Decision failOn() {
    return failOn == null
        ? io.pkgguard.api.Decision.REVIEW
        : ExitCode.threshold(failOn).orElseThrow();
  }

  /** The report, or only its verdict lines with --quiet; coloured for a terminal. */
  private String text(String report) {
    String shown = quiet ? verdictLines(report) : report;
    return !noColor && guardOptions.context.terminal().showsColour() ? Colours.apply(shown) : shown;
  }

  private static String verdictLines(String report) {
    StringBuilder lines = new StringBuilder();
    for (String line : report.split("\n")) {
      if (TextReport.isVerdictLine(line)) {
        lines.append(line).append('\n');
      }
    }
    return lines.toString();
  }
}
