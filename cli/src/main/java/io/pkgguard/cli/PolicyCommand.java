package io.pkgguard.cli;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Relaxation;
import io.pkgguard.core.Guard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pkgguard policy check FILE}: is a policy valid, and what does it weaken. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "Work with policy files.",
    subcommands = PolicyCommand.Check.class)
final class PolicyCommand extends CommandGroup {

  /** Validates a policy the way a guard would, and warns of everything it weakens. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Check a policy file as a guard would use it (with the rules, sources and"
            + " advisory databases installed here), and list what it weakens compared with the"
            + " built-in policy: rules disabled, levels mapped to more permissive decisions, rule"
            + " levels lowered, exemptions added (patterns switched off, advisories ignored, names"
            + " or files allowed), entries left out of what a rule looks for, thresholds moved"
            + " the lenient way (fewer names protected, younger projects passed)."
      },
      footer = {
        "",
        "Exit codes: 0 valid and as strict as the built-in policy; 1 valid but"
            + " weaker (warnings printed); 2 invalid."
      })
  static final class Check implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "FILE",
        description = "The policy (TOML, or a pyproject.toml with" + " [tool.pkgguard]).")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<Relaxation> weakened;
      String fingerprint;
      try (Guard guard = Guard.builder().policy(file).offline(true).build()) {
        weakened = guard.relaxations();
        fingerprint = guard.policy().fingerprint();
      } catch (ConfigurationException e) {
        err.println("pkgguard: " + TerminalText.clean(e.getMessage()));
        return ExitCode.USAGE;
      }
      String shown = TerminalText.clean(file.toString());
      if (weakened.isEmpty()) {
        out.println(shown + ": valid, as strict as the built-in policy (" + fingerprint + ")");
        out.flush();
        return ExitCode.ALLOW;
      }
      out.println(
          shown
              + ": valid ("
              + fingerprint
              + "), but it weakens the built-in policy;"
              + " every verdict will list these:");
      for (Relaxation r : weakened) {
        out.println(
            String.format(
                Locale.ROOT,
                "  warning: %-16s %s: %s",
                r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                TerminalText.clean(r.subject()),
                TerminalText.clean(r.reason())));
      }
      out.flush();
      return ExitCode.NEEDS_APPROVAL;
    }
  }
}
