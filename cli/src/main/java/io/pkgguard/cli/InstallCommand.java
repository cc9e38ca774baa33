package io.pkgguard.cli;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Decision;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.installer.Consent;
import io.pkgguard.installer.InstallException;
import io.pkgguard.installer.InstallPlan;
import io.pkgguard.installer.InstallProgress;
import io.pkgguard.installer.InstallResult;
import io.pkgguard.installer.Installer;
import io.pkgguard.installer.PlannedPackage;
import io.pkgguard.installer.PythonEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * {@code pkgguard install}: judges everything the request pulls in, asks for what needs approval,
 * installs exactly the judged files into a virtual environment, verifies, and on any failure
 * leaves the environment as it was.
 */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    description = {
      "Install packages safely: everything they pull in is judged as check judges"
          + " it; what needs review is confirmed on the terminal (an administrator's approval is"
          + " needed for special approval, and nothing rejected is ever installed); exactly the"
          + " judged files go into the virtual environment, by hash, with no index and no"
          + " dependency resolution by pip; what was installed is verified; on any failure or"
          + " Ctrl-C the environment is put back as it was."
    },
    footer = {
      "",
      "Exit codes: 0 installed (or nothing to do); 1 something needing approval was"
          + " not approved;",
      "2 usage or environment error; 3 something rejected, or the"
          + " installation failed (and was undone)."
    })
final class InstallCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GuardOptions guardOptions;

  @Mixin EvaluationOptions evaluation;

  @Option(
      names = "--venv",
      paramLabel = "DIR",
      description =
          "The virtual environment (created with --python -m venv if missing or"
              + " empty). Default: the active one ($VIRTUAL_ENV).")
  Path venv;

  @Option(
      names = "--python",
      paramLabel = "PATH",
      description =
          "The interpreter that creates the environment, or with --system the one to"
              + " install into (default: python3 on the PATH).")
  Path python;

  @Option(
      names = "--system",
      description =
          "Install into --python's own environment, not a"
              + " virtual one (only if the policy's [install] allow-system is true).")
  boolean system;

  @Option(
      names = {"-y", "--yes"},
      description =
          "Install what is allowed without asking"
              + " (required when not on a terminal). Never approves anything that needs review.")
  boolean yes;

  @Option(
      names = {"-r", "--requirement"},
      paramLabel = "FILE",
      description =
          "Install what a requirements or lock file lists (judged as check -r judges" + " it).")
  Path requirements;

  @Parameters(
      paramLabel = "SPEC",
      arity = "0..*",
      description = "Packages: a name," + " name==version or a PEP 508 requirement.")
  List<String> specs = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((requirements == null) == specs.isEmpty()) {
      err.println(
          "pkgguard: give packages to install, or a requirements file with -r (not" + " both)");
      return ExitCode.USAGE;
    }
    Path kept;
    try {
      kept = Files.createTempDirectory("pkgguard-install-");
    } catch (IOException e) {
      err.println("pkgguard: cannot create a temporary directory: " + e.getMessage());
      return ExitCode.USAGE;
    }
    try (Guard guard =
            guardOptions.buildGuard(
                evaluation.ecosystem,
                evaluation.policyAdjustment(),
                builder -> builder.retainDownloads(kept));
        Installer installer = new Installer(guard)) {
      PythonEnvironment environment = environment();
      InstallProgress progress = progress(err);
      InstallPlan plan = installer.plan(environment, requests(guard, environment), progress);
      out.print(TextReport.render(plan.packages().stream().map(PlannedPackage::verdict).toList()));
      plan.packages().stream()
          .filter(PlannedPackage::alreadyInstalled)
          .forEach(
              p ->
                  out.println(
                      "("
                          + TerminalText.clean(p.name() + " " + p.version())
                          + " is installed"
                          + " already; it is left as it is)"));
      out.flush();
      if (plan.blocked()) {
        plan.blockers().forEach(b -> err.println("pkgguard: " + TerminalText.clean(b)));
        err.println("Nothing was installed.");
        return plan.packages().stream()
                    .anyMatch(p -> p.verdict().effectiveDecision() == Decision.REJECT)
                || plan.blockers().stream().anyMatch(b -> b.contains("rejected"))
            ? ExitCode.REJECT
            : ExitCode.NEEDS_APPROVAL;
      }
      if (!plan.toInstall().isEmpty() && !confirmed(plan, environment, err)) {
        return ExitCode.NEEDS_APPROVAL;
      }
      InstallResult result =
          whileInterruptible(() -> installer.install(plan, consent(out), progress));
      result.recovered().ifPresent(r -> err.println("pkgguard: " + TerminalText.clean(r)));
      result.warnings().forEach(w -> err.println("warning: " + TerminalText.clean(w)));
      out.println(
          result.installed().isEmpty()
              ? "Nothing to install."
              : "Installed and verified "
                  + result.installed().size()
                  + " packages in "
                  + TerminalText.clean(environment.root().toString())
                  + ": "
                  + String.join(
                      ", ",
                      result.installed().stream()
                          .map(p -> TerminalText.clean(p.name() + " " + p.version()))
                          .toList()));
      return ExitCode.ALLOW;
    } catch (InstallException e) {
      err.println("pkgguard: " + TerminalText.clean(e.getMessage()));
      return switch (e.step()) {
        case ENVIRONMENT -> ExitCode.USAGE;
        case CONSENT -> ExitCode.NEEDS_APPROVAL;
        default -> ExitCode.REJECT;
      };
    } catch (RequestSyntaxException | io.pkgguard.api.EnvironmentFileException e) {
      err.println("pkgguard: " + TerminalText.clean(e.getMessage()));
      return ExitCode.USAGE;
    } catch (ConfigurationException e) {
      err.println("pkgguard: " + TerminalText.clean(e.getMessage()));
      return ExitCode.USAGE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("pkgguard: interrupted; the environment was put back as it was");
      return ExitCode.REJECT;
    } finally {
      deleteQuietly(kept);
    }
  }

  /** The installation itself, run so that Ctrl-C interrupts it (and so undoes it). */
  private interface Installation {
    InstallResult run() throws InstallException, InterruptedException;
  }

  /**
   * Runs the installation with a shutdown hook that, on Ctrl-C (or a kill other than -9),
   * interrupts it and waits while the environment is put back.
   */
  private static InstallResult whileInterruptible(Installation installation)
      throws InstallException, InterruptedException {
    Thread worker = Thread.currentThread();
    java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              worker.interrupt();
              try {
                done.await(5, java.util.concurrent.TimeUnit.MINUTES);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "pkgguard-install-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return installation.run();
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // shutting down already: the hook has run, and now finishes
      }
    }
  }

  /** The environment to install into: --venv, the active one, or --system's interpreter. */
  private PythonEnvironment environment() throws InstallException, InterruptedException {
    Path interpreter = python != null ? python : Path.of(onPath("python3"));
    Duration deadline = Duration.ofMinutes(5);
    if (system) {
      return PythonEnvironment.probe(interpreter, deadline);
    }
    Path dir =
        ActiveEnvironment.directory(
            venv,
            guardOptions.environment(),
            "give the virtual"
                + " environment with --venv DIR (it is created if missing), or activate one");
    return PythonEnvironment.virtualEnvironment(dir, interpreter, deadline);
  }

  private String onPath(String command) {
    String path = guardOptions.environment().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return Path.of(dir, command).toString();
      }
    }
    return command;
  }

  /** The packages: the SPECs, or those a requirements or lock file pins after check -r. */
  private List<PackageRequest> requests(Guard guard, PythonEnvironment environment)
      throws RequestSyntaxException, io.pkgguard.api.EnvironmentFileException, InstallException {
    List<PackageRequest> requests = new ArrayList<>();
    if (requirements == null) {
      for (String text : specs) {
        requests.add(guard.parse(evaluation.ecosystem, text));
      }
      return requests;
    }
    Verdict file =
        guard.evaluateEnvironment(evaluation.ecosystem, requirements, environment.markers());
    // The file's own findings (an index pip would ask, a URL line) as opposed to its packages'.
    Optional<io.pkgguard.api.Finding> refusal =
        file.findings().stream()
            .filter(f -> !f.evidence().values().containsKey("package"))
            .filter(f -> f.level().compareTo(RiskLevel.CRITICAL) >= 0)
            .findFirst();
    if (refusal.isPresent()) {
      throw new InstallException(
          InstallException.Step.PLAN,
          requirements + " cannot be" + " installed as it is: " + refusal.get().message());
    }
    for (Verdict p : file.dependencies()) {
      if (p.version().isPresent()) {
        requests.add(PackageRequest.of(p.id(), p.version().get()));
      } else {
        throw new InstallException(
            InstallException.Step.PLAN,
            p.id().name()
                + " in "
                + requirements
                + " cannot be installed: "
                + p.findings().stream()
                    .filter(f -> f.level() == p.risk())
                    .map(io.pkgguard.api.Finding::message)
                    .findFirst()
                    .orElse("no release was found"));
      }
    }
    return requests;
  }

  /** On a terminal, the user confirms the whole installation; otherwise --yes is needed. */
  private boolean confirmed(InstallPlan plan, PythonEnvironment environment, PrintWriter err) {
    if (yes) {
      return true;
    }
    Optional<Boolean> answer =
        guardOptions
            .context
            .prompt()
            .confirm(
                "Install "
                    + plan.toInstall().size()
                    + " packages into "
                    + TerminalText.clean(environment.root().toString())
                    + "?");
    if (answer.isEmpty()) {
      err.println(
          "pkgguard: not on a terminal: pass --yes to install what is allowed (nothing"
              + " that needs review is installed without a terminal)");
      return false;
    }
    if (!answer.get()) {
      err.println("Nothing was installed.");
    }
    return answer.get();
  }

  /** On a terminal, each package that needs approval is asked about; elsewhere, none is. */
  private Consent consent(PrintWriter out) {
    String user = guardOptions.context.user();
    return planned -> {
      out.flush();
      String kind =
          planned.verdict().effectiveDecision() == Decision.SPECIAL_APPROVAL
              ? "as an administrator, approve"
              : "install";
      Optional<Boolean> answer =
          guardOptions
              .context
              .prompt()
              .confirm(
                  Character.toUpperCase(kind.charAt(0))
                      + kind.substring(1)
                      + " "
                      + TerminalText.clean(planned.name() + " " + planned.version())
                      + " ("
                      + planned.verdict().decision()
                      + ", findings above)?");
      return answer.orElse(false)
          ? Optional.of("confirmed at installation by " + user)
          : Optional.empty();
    };
  }

  /** Phases on standard error, on a terminal only. */
  private static InstallProgress progress(PrintWriter err) {
    if (System.console() == null) {
      return InstallProgress.silent();
    }
    return (phase, detail) -> {
      err.println(
          "-> "
              + phase.name().toLowerCase(java.util.Locale.ROOT)
              + ": "
              + TerminalText.clean(detail));
      err.flush();
    };
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind holds judged files only
    }
  }
}
