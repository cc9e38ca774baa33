package io.pkgguard.cli;

import io.pkgguard.api.PauseState;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pkgguard pause}: the emergency switch. While it is on, every host that uses the store
 * rejects every evaluation with the reason given, within seconds, without restarting.
 */
@Command(
    name = "pause",
    mixinStandardHelpOptions = true,
    description = {
      "Pause all installations: every host using the store rejects every package,"
          + " giving the reason, within the policy's [store] pause-check-ms (default 2 s).",
      "Only an administrator the policy names may pause; pkgguard resume lifts it. Without"
          + " --reason, shows whether installations are paused."
    },
    footer = {
      "",
      "Exit codes: 0 done (or not paused); 1 shown, and paused;",
      "2 usage error, or not permitted; 3 the store could not record or read it."
    })
final class PauseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description = "Why (every rejection shows it, and the audit log records it).")
  String reason;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return StoreWork.run(
        spec,
        store,
        guard -> {
          if (reason == null) {
            PauseState state = guard.emergencyPause().state();
            out.println(describe(state));
            if (!state.active()) {
              out.println("(pkgguard pause --reason TEXT pauses them.)");
            }
            return state.active() ? ExitCode.NEEDS_APPROVAL : ExitCode.ALLOW;
          }
          PauseState state = guard.emergencyPause().pause(store.context.user(), reason);
          out.println(describe(state));
          out.println(
              "Every host using this store rejects every package until an administrator"
                  + " runs pkgguard resume.");
          return ExitCode.ALLOW;
        });
  }

  /** "Installations are paused since ... by ...: reason" or "... are not paused". */
  static String describe(PauseState state) {
    if (!state.active()) {
      return "Installations are not paused"
          + (state.by().isEmpty()
              ? "."
              : " (resumed by "
                  + TerminalText.clean(state.by())
                  + " on "
                  + Dates.show(state.since())
                  + ").");
    }
    return "Installations are paused since "
        + Dates.show(state.since())
        + " by "
        + TerminalText.clean(state.by())
        + ": "
        + TerminalText.clean(state.reason());
  }

  /** {@code pkgguard resume}. */
  @Command(
      name = "resume",
      mixinStandardHelpOptions = true,
      description = "Lift the emergency pause (an administrator the policy names may).",
      footer = {
        "",
        "Exit codes: 0 resumed; 2 usage error, or not permitted;",
        "3 the store could not record it."
      })
  static final class Resume implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin StoreOptions store;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      return StoreWork.run(
          spec,
          store,
          guard -> {
            boolean wasActive = guard.emergencyPause().state().active();
            PauseState state = guard.emergencyPause().resume(store.context.user());
            out.println(
                wasActive
                    ? describe(state)
                    : "Installations were not paused; the resume" + " is recorded all the same.");
            return ExitCode.ALLOW;
          });
    }
  }
}
