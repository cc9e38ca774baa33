package io.pkgguard.cli;

import picocli.CommandLine.Command;

/** The top-level command; its subcommands do the work. */
@Command(
    name = "pkgguard",
    mixinStandardHelpOptions = true,
    version = "pkgguard " + PkgguardCommand.VERSION,
    description = "Vets Python packages before they are installed.",
    subcommands = {
      CheckCommand.class,
      InstallCommand.class,
      AuditCommand.class,
      ApproveCommand.class,
      ApprovalsCommand.class,
      ScanNamesCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      PolicyCommand.class,
      LogCommand.class,
      PauseCommand.class,
      PauseCommand.Resume.class,
      StatsCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 everything allowed (or approved); 1 something needs review or"
          + " special approval;",
      "2 usage or configuration error; 3 something rejected (or could"
          + " not be checked). Each command's --help says what its codes mean."
    })
final class PkgguardCommand implements java.util.concurrent.Callable<Integer> {

  /** pkgguard's version, as --version and reports state it. */
  static final String VERSION = "0.1.0";

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Without a subcommand there is nothing to do: show the usage and report a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
