package io.pkgguard.cli;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.StoreException;
import io.pkgguard.core.Guard;
import io.pkgguard.core.administration.ApprovalException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs an administration command's work on a guard over the policy's store, and turns each way
 * it can fail into one line on standard error and the exit status the commands document: 2 for
 * a wrong policy, a refusal or a wrong request, 3 when the store cannot be read or written.
 */
final class StoreWork {

  /** The work, given the guard. */
  @FunctionalInterface
  interface Work {
    /**
     * Does it.
     *
     * @return the exit status
     */
    int run(Guard guard) throws ApprovalException, StoreException;
  }

  private StoreWork() {}

  static int run(CommandSpec spec, StoreOptions store, Work work) {
    PrintWriter err = spec.commandLine().getErr();
    try (Guard guard = store.buildGuard()) {
      return work.run(guard);
    } catch (ApprovalException e) {
      return refused(err, e);
    } catch (StoreException e) {
      err.println("pkgguard: " + TerminalText.clean(e.getMessage()));
      return ExitCode.REJECT;
    } catch (ConfigurationException e) {
      err.println("pkgguard: " + TerminalText.clean(e.getMessage()));
      return ExitCode.USAGE;
    } finally {
      spec.commandLine().getOut().flush();
      err.flush();
    }
  }

  /** Exit status and message for a refused or unrecorded approval, pause or resume. */
  static int refused(PrintWriter err, ApprovalException e) {
    err.println("pkgguard: " + TerminalText.clean(e.getMessage()));
    err.flush();
    return switch (e.reason()) {
      case NOT_APPROVABLE, STORE -> ExitCode.REJECT;
      case NOT_PERMITTED, INVALID -> ExitCode.USAGE;
    };
  }
}
