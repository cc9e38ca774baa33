package io.pkgguard.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * The top-level command; its subcommands ({@link #SUBCOMMANDS}) do the work. They are listed here
 * rather than in the annotation so that a run builds the model of only the subcommand it names:
 * picocli reads every option of every registered command by reflection when the command line is
 * made, about a tenth of a second of a cold start for all of them.
 */
@Command(
    name = "pkgguard",
    mixinStandardHelpOptions = true,
    version = "pkgguard " + PkgguardCommand.VERSION,
    description = "Vets Python packages before they are installed.",
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

  /**
   * The subcommands by the names their {@code @Command} annotations give (a test keeps the two
   * in step), in the order the usage lists them.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("check", CheckCommand.class);
    commands.put("install", InstallCommand.class);
    commands.put("audit", AuditCommand.class);
    commands.put("approve", ApproveCommand.class);
    commands.put("approvals", ApprovalsCommand.class);
    commands.put("scan-names", ScanNamesCommand.class);
    commands.put("rules", RulesCommand.class);
    commands.put("explain", ExplainCommand.class);
    commands.put("policy", PolicyCommand.class);
    commands.put("log", LogCommand.class);
    commands.put("pause", PauseCommand.class);
    commands.put("resume", PauseCommand.Resume.class);
    commands.put("stats", StatsCommand.class);
    return Collections.unmodifiableMap(commands);
  }

  /**
   * The subcommands a run with these arguments needs: the one the first argument names, or all
   * of them (no subcommand, an option such as {@code --help} first, or a name that is none of
   * them, which picocli reports as before).
   */
  static Collection<Class<?>> neededBy(String... args) {
    Class<?> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
    return named == null ? SUBCOMMANDS.values() : List.of(named);
  }

  /** Without a subcommand there is nothing to do: show the usage and report a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
