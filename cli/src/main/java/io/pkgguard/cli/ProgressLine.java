package io.pkgguard.cli;

import io.pkgguard.api.EvaluationProgress;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.Verdict;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line on standard error, redrawn in place while a guard evaluates: how many packages were
 * resolved and evaluated, how many files downloaded, and the current package. At most ten
 * redraws a second; cleared when done, so that nothing of it stays in the output above the report.
 */
final class ProgressLine implements EvaluationProgress, AutoCloseable {

  private static final long INTERVAL_NANOS = 100_000_000L;
  private static final String CLEAR = "\r\u001b[K";

  private final PrintWriter err;
  private final int columns;
  private final AtomicInteger resolved = new AtomicInteger();
  private final AtomicInteger evaluated = new AtomicInteger();
  private final AtomicInteger downloaded = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private long lastDrawn = System.nanoTime() - INTERVAL_NANOS;
  private boolean drawn;
  private boolean closed;

  ProgressLine(PrintWriter err, int columns) {
    this.err = err;
    this.columns = columns;
  }

  @Override
  public void resolved(PackageId id, String version) {
    resolved.incrementAndGet();
    draw(id.name() + " " + version);
  }

  @Override
  public void downloaded(String filename, long size) {
    downloaded.incrementAndGet();
    bytes.addAndGet(size);
    draw(filename);
  }

  @Override
  public void finished(Verdict verdict) {
    evaluated.incrementAndGet();
    draw(verdict.id().name());
  }

  /** The line for the counts so far and the current package, cut to the terminal's width. */
  String line(String current) {
    String text =
        "pkgguard: "
            + resolved.get()
            + " resolved, "
            + evaluated.get()
            + " evaluated, "
            + downloaded.get()
            + (downloaded.get() == 1 ? " file" : " files")
            + " ("
            + (bytes.get() >> 20)
            + " MiB) \u00b7 "
            + TerminalText.clean(current);
    return text.length() < columns ? text : text.substring(0, Math.max(0, columns - 2)) + "\u2026";
  }

  private synchronized void draw(String current) {
    long now = System.nanoTime();
    if (closed || now - lastDrawn < INTERVAL_NANOS) {
      return;
    }
    lastDrawn = now;
    drawn = true;
    err.print(CLEAR + line(current));
    err.flush();
  }

  /** Clears the line. */
  @Override
  public synchronized void close() {
    closed = true;
    if (drawn) {
      err.print(CLEAR);
      err.flush();
    }
  }
}
