package io.pkgguard.cli;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.core.Guard;
import io.pkgguard.core.RuleDocumentation;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pkgguard explain RULE-ID}: what a rule checks, why, and how the policy configures it. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explain a rule: what it checks, why, and its policy settings in force.")
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GuardOptions guardOptions;

  @Parameters(paramLabel = "RULE-ID", description = "A rule id, as 'pkgguard rules' lists them.")
  String ruleId;

  @Override
  public Integer call() {
    try (Guard guard = guardOptions.buildGuard("pypi")) {
      Optional<RuleDescriptor> rule =
          guard.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
      if (rule.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                "pkgguard: no rule '"
                    + TerminalText.clean(ruleId)
                    + "'; 'pkgguard rules' lists them");
        return ExitCode.USAGE;
      }
      spec.commandLine().getOut().print(RuleDocumentation.render(rule.get(), guard.policy()));
      spec.commandLine().getOut().flush();
      return ExitCode.ALLOW;
    } catch (ConfigurationException e) {
      spec.commandLine().getErr().println("pkgguard: " + TerminalText.clean(e.getMessage()));
      return ExitCode.USAGE;
    }
  }
}
