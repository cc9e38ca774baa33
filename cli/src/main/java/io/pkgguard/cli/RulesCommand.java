package io.pkgguard.cli;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.core.Guard;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pkgguard rules}: one line per installed rule. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description =
        "List the installed rules: id, default level, category, what it checks, and"
            + " the jar it came from.")
final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GuardOptions guardOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Guard guard = guardOptions.buildGuard("pypi")) {
      for (RuleDescriptor rule : guard.rules()) {
        boolean enabled = guard.policy().rule(rule.id()).enabled();
        out.println(
            String.format(
                Locale.ROOT,
                "%-20s %-9s %-13s %s%s%s",
                rule.id(),
                rule.level(),
                rule.category(),
                TerminalText.clean(rule.summary()),
                enabled ? "" : " (disabled)",
                guard
                    .ruleLocation(rule.id())
                    .map(
                        location ->
                            " [from " + TerminalText.clean(location.getFileName().toString()) + "]")
                    .orElse("")));
      }
      out.flush();
      return ExitCode.ALLOW;
    } catch (ConfigurationException e) {
      spec.commandLine().getErr().println("pkgguard: " + TerminalText.clean(e.getMessage()));
      return ExitCode.USAGE;
    }
  }
}
