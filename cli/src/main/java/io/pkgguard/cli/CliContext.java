package io.pkgguard.cli;

import java.io.Console;
import java.util.Map;
import java.util.Optional;

/**
 * What one run of the command takes from its surroundings: the environment, who runs it, and a
 * terminal to ask them on. Tests give their own.
 *
 * @param environment the process environment
 * @param user who runs the command, as approvals and the audit log name them (the OS user)
 * @param prompt how to ask the user a yes-or-no question
 * @param terminal what the output streams are attached to (colour, progress)
 */
record CliContext(Map<String, String> environment, String user, Prompt prompt, Terminal terminal) {

  /** Asks a yes-or-no question. */
  @FunctionalInterface
  interface Prompt {

    /**
     * Asks, and waits for the answer.
     *
     * @param question the question, without "[y/N]"
     * @return the answer; empty if there is nobody to ask (no terminal)
     */
    Optional<Boolean> confirm(String question);
  }

  CliContext {
    environment = Map.copyOf(environment);
  }

  /** Surroundings without a terminal (tests, pipes). */
  CliContext(Map<String, String> environment, String user, Prompt prompt) {
    this(environment, user, prompt, Terminal.none());
  }

  /** The process's own: its environment, the OS user, its terminal if it has one. */
  static CliContext system() {
    return new CliContext(
        System.getenv(),
        System.getProperty("user.name", "unknown"),
        CliContext::askTerminal,
        Terminal.detect(System.getenv()));
  }

  private static Optional<Boolean> askTerminal(String question) {
    Console console = System.console();
    if (console == null) {
      return Optional.empty();
    }
    String answer = console.readLine("%s [y/N] ", question);
    if (answer == null) {
      return Optional.of(false); // end of input: no
    }
    String a = answer.strip().toLowerCase(java.util.Locale.ROOT);
    return Optional.of(a.equals("y") || a.equals("yes"));
  }
}
