package io.pkgguard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command, with what it printed.
 *
 * @param exit the exit status
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exit, String out, String err) {

  /** A run in this process's environment, as a pipe would see it: no terminal, no colour. */
  static CliRun of(String... args) {
    CliContext system = CliContext.system();
    return in(new CliContext(system.environment(), system.user(), system.prompt()), args);
  }

  /** A run in the given surroundings: who runs it, their environment and terminal. */
  static CliRun in(CliContext context, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), context, args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** Neither stream shows a stack trace or a raw control character other than line breaks. */
  boolean isClean() {
    String all = out + err;
    return !all.contains("\tat ")
        && !all.contains("Exception in thread")
        && all.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r');
  }
}
