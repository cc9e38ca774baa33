package io.pkgguard.installer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * pip, started ahead of time: an environment's interpreter that has loaded pip's entry point (the
 * {@code pip} console script its own metadata declares) and its install command, and waits for
 * its arguments on standard input. Starting Python and importing pip takes about a quarter of a
 * second, a third of a small installation; started when the plan starts, it overlaps the
 * judging. It touches nothing until it gets its arguments; an empty line (or the end of its
 * input: the JVM died) makes it exit. If it cannot load pip, {@link #run} says so and the caller
 * runs pip the ordinary way.
 */
final class WarmPip implements AutoCloseable {

  /** What it prints once pip is loaded: everything after it is pip's. */
  private static final String READY = "pkgguard: pip is ready";

  /** Loads pip's declared entry point, then waits for one line: the arguments, as JSON. */
  private static final String DRIVER =
      String.join(
          "\n",
          "import json, sys",
          "from importlib.metadata import entry_points",
          "main = [e for e in entry_points(group='console_scripts') if e.name == 'pip'][0].load()",
          "import pip._internal.commands.install",
          "sys.stdout.write('" + READY + "\\n'); sys.stdout.flush()",
          "line = sys.stdin.readline()",
          "if not line.strip():",
          "    sys.exit(3)",
          "sys.argv = ['pip']",
          "sys.exit(main(json.loads(line)))");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration STOP_WAIT = Duration.ofSeconds(2);

  private final Path python;
  private final Process process;

  private WarmPip(Path python, Process process) {
    this.python = python;
    this.process = process;
  }

  /** Starts pip for an environment; empty if it cannot even be started. */
  static Optional<WarmPip> start(PythonEnvironment environment) {
    ProcessBuilder builder =
        new ProcessBuilder(environment.python().toString(), "-I", "-c", DRIVER)
            .directory(environment.root().toFile())
            .redirectErrorStream(true);
    ProcessRunner.clean(builder.environment());
    try {
      return Optional.of(new WarmPip(environment.python(), builder.start()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@return whether it serves this interpreter} */
  boolean serves(Path interpreter) {
    return python.equals(interpreter);
  }

  /**
   * Hands pip its arguments and waits for it.
   *
   * @param arguments pip's arguments ({@code install ...})
   * @param deadline how long it may take
   * @return how it ended; empty if this pip was not ready (it could not load pip): run it the
   *     ordinary way
   * @throws InstallException if it runs past the deadline (it is stopped)
   * @throws InterruptedException if interrupted (it is stopped)
   */
  Optional<ProcessRunner.Result> run(List<String> arguments, Duration deadline)
      throws InstallException, InterruptedException {
    if (!process.isAlive()) {
      return Optional.empty();
    }
    try (OutputStream in = process.getOutputStream()) {
      in.write((JSON.writeValueAsString(arguments) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty(); // it died while loading pip
    }
    ProcessRunner.Result result = ProcessRunner.await(process, List.of("pip", "install"), deadline);
    int ready = result.output().indexOf(READY + "\n");
    if (ready < 0) {
      return Optional.empty(); // it never got as far as pip: nothing was run
    }
    return Optional.of(
        new ProcessRunner.Result(
            result.exitCode(), result.output().substring(ready + READY.length()).strip()));
  }

  /** Stops it if it was not used, and waits (briefly) until it has gone. */
  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        process.getOutputStream().close(); // the end of its input: it exits by itself
      } catch (IOException e) {
        // it is stopped below anyway
      }
      process.destroy();
      try {
        if (!process.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
