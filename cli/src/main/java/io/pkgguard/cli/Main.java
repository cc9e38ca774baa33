package io.pkgguard.cli;

import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class Main {

  private Main() {}

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command with the process's terminal; returns the exit status. */
  static int run(String... args) {
    return run(null, null, args);
  }

  /** Runs the command writing to the given streams (null: the terminal's). */
  static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    return run(out, err, CliContext.system(), args);
  }

  /** Runs the command in the given surroundings, writing to the given streams. */
  static int run(
      java.io.PrintWriter out, java.io.PrintWriter err, CliContext context, String... args) {
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    configureLogging(verbose);
    CommandLine commandLine = commandLine(verbose, context, args);
    if (out != null) {
      commandLine.setOut(out);
    }
    if (err != null) {
      commandLine.setErr(err);
    }
    try {
      return commandLine.execute(args);
    } catch (Throwable e) {
      // picocli's handler covers exceptions; this covers errors: a failed class initialisation,
      // a stack overflow, even running out of memory. Never exit 0 or 1 (which would read as
      // "allowed" or "needs approval"): one line, exit 3, nothing allowed.
      return reportInternalError(commandLine, e, verbose);
    }
  }

  private static int reportInternalError(CommandLine commandLine, Throwable e, boolean verbose) {
    Throwable cause =
        e.getCause() != null && e instanceof ExceptionInInitializerError ? e.getCause() : e;
    commandLine
        .getErr()
        .println(
            "pkgguard: internal error: "
                + TerminalText.clean(
                    cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage())));
    if (verbose) {
      e.printStackTrace(commandLine.getErr());
      commandLine.getErr().println("Nothing was allowed.");
    } else {
      commandLine.getErr().println("Nothing was allowed. Run with --verbose for details.");
    }
    commandLine.getErr().flush();
    return ExitCode.REJECT;
  }

  /** The command line for these arguments, with only the subcommands they need. */
  private static CommandLine commandLine(boolean verbose, CliContext context, String... args) {
    ContextFactory factory = new ContextFactory(context);
    CommandLine commandLine = new CommandLine(PkgguardCommand.class, factory);
    for (Class<?> subcommand : PkgguardCommand.neededBy(args)) {
      commandLine.addSubcommand(new CommandLine(subcommand, factory));
    }
    commandLine.setParameterExceptionHandler(
        (e, given) -> {
          CommandLine failed = e.getCommandLine();
          failed.getErr().println("pkgguard: " + TerminalText.clean(e.getMessage()));
          failed
              .getErr()
              .println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
          return ExitCode.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (e, failed, parsed) -> reportInternalError(failed, e, verbose));
    return commandLine;
  }

  /** Library logging goes to standard error, and only with --verbose: reports stay clean. */
  private static void configureLogging(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "off");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
  }
}
