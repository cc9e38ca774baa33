package io.pkgguard.installer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Python and pip as child processes: with an environment cleaned of everything that would
 * make them read other configuration or another index (PIP_*, PYTHONPATH and their kind), no
 * input, output kept up to a bound, a deadline, and the whole process tree stopped when the
 * deadline passes or the calling thread is interrupted (Ctrl-C).
 */
final class ProcessRunner {

  /** What is kept of a child's output: its last 256 KiB. */
  private static final int KEPT_OUTPUT = 256 * 1024;

  /**
   * How a run ended.
   *
   * @param exitCode the exit status
   * @param output standard output and error, interleaved, at most its last 256 KiB
   */
  record Result(int exitCode, String output) {

    boolean succeeded() {
      return exitCode == 0;
    }

    /** The last lines of the output, for a message. */
    String tail(int lines) {
      List<String> all = output.lines().filter(l -> !l.isBlank()).toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
  }

  private ProcessRunner() {}

  /**
   * Runs {@code command} in {@code directory} and waits for it.
   *
   * @throws InstallException if it cannot be started or runs past {@code deadline}
   * @throws InterruptedException if the calling thread is interrupted (the child is stopped)
   */
  static Result run(List<String> command, Path directory, Duration deadline)
      throws InstallException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    clean(builder.environment());
    Process process;
    try {
      process = builder.start();
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          "cannot run " + command.get(0) + ": " + e.getMessage(),
          e);
    }
    return await(process, command, deadline);
  }

  /**
   * Waits for a started child, keeping its output.
   *
   * @param command what it runs, for messages
   * @throws InstallException if it runs past {@code deadline} (it is stopped)
   * @throws InterruptedException if the calling thread is interrupted (it is stopped)
   */
  static Result await(Process process, List<String> command, Duration deadline)
      throws InstallException, InterruptedException {
    Tail output = new Tail(process.getInputStream());
    Thread reader = new Thread(output, "pkgguard-process-output");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
        stop(process);
        throw new InstallException(
            InstallException.Step.PIP,
            String.join(" ", command.subList(0, Math.min(4, command.size())))
                + " ran longer than "
                + deadline.toSeconds()
                + " s ([install] pip-timeout-ms) and was stopped");
      }
    } catch (InterruptedException e) {
      stop(process);
      throw e;
    }
    reader.join(5_000);
    return new Result(process.exitValue(), output.text());
  }

  /** Stops a child and everything it started, and waits for them. */
  private static void stop(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Removes what would make Python or pip read other code, configuration or indexes. */
  static void clean(Map<String, String> environment) {
    environment
        .keySet()
        .removeIf(
            name ->
                name.startsWith("PIP_")
                    || name.startsWith("PYTHON")
                    || name.equals("VIRTUAL_ENV")
                    || name.equals("CONDA_PREFIX")
                    || name.equals("__PYVENV_LAUNCHER__"));
    environment.put("PYTHONNOUSERSITE", "1");
    environment.put("PIP_DISABLE_PIP_VERSION_CHECK", "1");
    environment.put("PIP_NO_INPUT", "1");
    environment.put("PYTHONIOENCODING", "utf-8");
  }

  /** Reads a child's output, keeping its end. */
  private static final class Tail implements Runnable {
    private final InputStream in;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    Tail(InputStream in) {
      this.in = in;
    }

    @Override
    public void run() {
      byte[] chunk = new byte[8192];
      try {
        int read;
        while ((read = in.read(chunk)) > 0) {
          synchronized (kept) {
            kept.write(chunk, 0, read);
            if (kept.size() > 2 * KEPT_OUTPUT) {
              byte[] all = kept.toByteArray();
              kept.reset();
              kept.write(all, all.length - KEPT_OUTPUT, KEPT_OUTPUT);
            }
          }
        }
      } catch (IOException e) {
        // the child is gone; what was read is kept
      }
    }

    String text() {
      synchronized (kept) {
        byte[] all = kept.toByteArray();
        int from = Math.max(0, all.length - KEPT_OUTPUT);
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
      }
    }
  }
}
