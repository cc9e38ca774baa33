package io.pkgguard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the run's output streams are attached to, and what the user asked of them: whether a
 * person watches standard output (colour) and standard error (a progress line), and how wide the
 * terminal is. A terminal can lie — a CI runner gives its jobs a pseudo-terminal, {@code TERM=dumb}
 * terminals cannot move the cursor — so progress is also off on CI and dumb terminals, and colour
 * off with {@code NO_COLOR} (no-color.org) or {@code TERM=dumb}.
 *
 * @param stdoutIsTerminal whether standard output is a terminal
 * @param stderrIsTerminal whether standard error is a terminal
 * @param columns the terminal's width ({@code COLUMNS}, else 80)
 * @param environment the process environment
 */
record Terminal(
    boolean stdoutIsTerminal,
    boolean stderrIsTerminal,
    int columns,
    Map<String, String> environment) {

  /** Variables CI services set: their logs are no place for a progress line. */
  private static final List<String> CI_VARIABLES =
      List.of(
          "CI",
          "GITHUB_ACTIONS",
          "GITLAB_CI",
          "BUILDKITE",
          "JENKINS_URL",
          "TF_BUILD",
          "TEAMCITY_VERSION");

  Terminal {
    environment = Map.copyOf(environment);
  }

  /** No terminal at all: what tests and pipes get. */
  static Terminal none() {
    return new Terminal(false, false, 80, Map.of());
  }

  /** The process's own streams. */
  static Terminal detect(Map<String, String> environment) {
    boolean console = System.console() != null;
    return new Terminal(
        isTerminal(1).orElse(console),
        isTerminal(2).orElse(console),
        columns(environment),
        environment);
  }

  /** Whether to draw a progress line on standard error. */
  boolean showsProgress() {
    return stderrIsTerminal && !dumb() && CI_VARIABLES.stream().noneMatch(this::set);
  }

  /** Whether to colour standard output, unless the user said --no-color. */
  boolean showsColour() {
    return stdoutIsTerminal && !dumb() && !set("NO_COLOR");
  }

  private boolean dumb() {
    return "dumb".equals(environment.get("TERM"));
  }

  private boolean set(String name) {
    String value = environment.get(name);
    return value != null && !value.isEmpty();
  }

  private static int columns(Map<String, String> environment) {
    try {
      int columns = Integer.parseInt(environment.getOrDefault("COLUMNS", "80").strip());
      return columns >= 20 && columns <= 1000 ? columns : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  /**
   * Whether a file descriptor is a terminal, where the system says so ({@code /proc} on Linux):
   * its link names a terminal device. Empty elsewhere.
   */
  private static java.util.Optional<Boolean> isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (!Files.isSymbolicLink(link)) {
        return java.util.Optional.empty();
      }
      String target = Files.readSymbolicLink(link).toString();
      return java.util.Optional.of(
          target.startsWith("/dev/pts/")
              || target.startsWith("/dev/tty")
              || target.equals("/dev/console"));
    } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
      return java.util.Optional.empty();
    }
  }
}
