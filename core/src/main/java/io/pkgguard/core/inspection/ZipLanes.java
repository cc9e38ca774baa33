package io.pkgguard.core.inspection;

import io.pkgguard.core.policy.ArchiveLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads a zip archive's file entries on several threads at once: a zip's central directory says
 * where each entry starts, so entries can be inflated and hashed independently. The calling
 * thread is one lane; each further lane opens the file again (a {@link ZipFile} is not meant for
 * concurrent reads; for a large file it does so while the calling thread still reads the
 * directory) and takes the next unread entry, largest first, until none is left, so lanes that
 * start late or not at all (a busy pool) only mean less help. Every entry's {@link
 * ReadAllowance} was decided before, in archive order; the outcomes are handed back in that
 * order, where failures are met exactly as a single reader would meet them.
 */
final class ZipLanes implements AutoCloseable {

  /** One entry to read: its position in the archive, name and allowance. */
  record Task(int index, String path, ReadAllowance allowance) {}

  /** What reading one entry gave: its content, or the failure that stopped it. */
  sealed interface Outcome {
    /** The content read; rethrows what stopped reading it, as a lone reader would have. */
    EntryContent content() throws IOException;

    /** Whether nothing after this entry needs reading: it failed or spent the archive's budget. */
    boolean halts();
  }

  /** An entry read to its end or to a limit. */
  record Read(EntryContent content) implements Outcome {
    @Override
    public boolean halts() {
      return content.stopsArchive();
    }
  }

  /** An entry whose reading threw: the archive is damaged there, or the reader gave out. */
  record Failed(Throwable failure) implements Outcome {
    @Override
    public EntryContent content() throws IOException {
      if (failure instanceof IOException e) {
        throw e;
      }
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      throw (Error) failure;
    }

    @Override
    public boolean halts() {
      return true;
    }
  }

  /**
   * Helper threads shared by every reader: never more than {@link #maxLanes}, so concurrent
   * inspections do not crowd the machine; when all are busy, readers read alone.
   */
  private static final class Helpers {
    static final ThreadPoolExecutor POOL =
        new ThreadPoolExecutor(
            0,
            maxLanes(),
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, "pkgguard-archive-lane");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** A file this large is worth starting helpers for before its directory is even read. */
  static final long START_EARLY = 4L << 20;

  private final Path file;
  private final ArchiveLimits limits;
  private final int lanes;
  private final Executor executor;
  private final CompletableFuture<Reading> planned = new CompletableFuture<>();
  private final List<CompletableFuture<Void>> helping = new ArrayList<>();

  private ZipLanes(Path file, ArchiveLimits limits, int lanes, Executor executor) {
    this.file = file;
    this.limits = limits;
    this.lanes = lanes;
    this.executor = executor;
  }

  /**
   * Lanes for {@code file}. When the file is large, helpers start at once: each opens the file
   * while the calling thread reads the directory and plans, then waits for the plan.
   */
  static ZipLanes start(
      Path file, long fileSize, ArchiveLimits limits, int lanes, Executor executor) {
    ZipLanes crew = new ZipLanes(file, limits, lanes, executor);
    if (fileSize >= START_EARLY) {
      crew.startHelpers();
    }
    return crew;
  }

  /** How many lanes this machine can run at once: its cores, but at most 4 for one archive. */
  static int maxLanes() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  /** The shared pool of helper threads. */
  static Executor helpers() {
    return Helpers.POOL;
  }

  /**
   * Reads {@code tasks} on the lanes, the calling thread one of them.
   *
   * @param zip the archive opened by the caller, read by the calling thread
   * @param entries {@code zip}'s entries in physical order, which tasks' indices refer to
   * @return each task's outcome, by task; empty where an earlier task halted reading
   */
  List<Optional<Outcome>> read(ZipFile zip, List<ZipArchiveEntry> entries, List<Task> tasks) {
    Reading reading = new Reading(entries, tasks);
    startHelpers();
    planned.complete(reading);
    reading.lane(zip, entries);
    helping.forEach(CompletableFuture::join);
    return Arrays.stream(reading.outcomes).map(Optional::ofNullable).toList();
  }

  /** Sends helpers that were not needed home and waits for them to let go of the file. */
  @Override
  public void close() {
    planned.complete(new Reading(List.of(), List.of()));
    helping.forEach(CompletableFuture::join);
  }

  private void startHelpers() {
    for (int i = helping.size() + 1; i < lanes; i++) {
      try {
        helping.add(CompletableFuture.runAsync(this::helperLane, executor));
      } catch (RejectedExecutionException busy) {
        return;
      }
    }
  }

  private void helperLane() {
    try (ZipFile own = ZipScanner.open(file)) {
      List<ZipArchiveEntry> same = Collections.list(own.getEntriesInPhysicalOrder());
      Reading reading = planned.join();
      if (reading.sameEntries(same)) {
        reading.lane(own, same);
      }
    } catch (IOException | RuntimeException cannotHelp) {
      // The file could not be opened a second time; the other lanes read every entry.
    }
  }

  /** One planned reading: its tasks, taken by every lane in turn. */
  private final class Reading {
    private final List<ZipArchiveEntry> entries;
    private final List<Task> tasks;
    private final Outcome[] outcomes;

    /** Task numbers, largest entry first: no lane is left with a big entry while others idle. */
    private final int[] order;

    private final AtomicInteger next = new AtomicInteger();

    /** The first task (in archive order) that halted reading; later ones need not be read. */
    private final AtomicInteger haltedAt = new AtomicInteger(Integer.MAX_VALUE);

    Reading(List<ZipArchiveEntry> entries, List<Task> tasks) {
      this.entries = entries;
      this.tasks = tasks;
      this.outcomes = new Outcome[tasks.size()];
      this.order =
          IntStream.range(0, tasks.size())
              .boxed()
              .sorted(
                  Comparator.comparingLong((Integer t) -> tasks.get(t).allowance().declaredSize())
                      .reversed()
                      .thenComparing(t -> t))
              .mapToInt(Integer::intValue)
              .toArray();
    }

    boolean sameEntries(List<ZipArchiveEntry> other) {
      if (tasks.isEmpty() || other.size() != entries.size()) {
        return false;
      }
      for (int i = 0; i < other.size(); i++) {
        if (!other.get(i).getName().equals(entries.get(i).getName())
            || other.get(i).getLocalHeaderOffset() != entries.get(i).getLocalHeaderOffset()) {
          return false;
        }
      }
      return true;
    }

    void lane(ZipFile zip, List<ZipArchiveEntry> list) {
      ContentReader reader = new ContentReader(limits);
      int taken;
      while ((taken = next.getAndIncrement()) < order.length) {
        int t = order[taken];
        if (t > haltedAt.get()) {
          continue;
        }
        Task task = tasks.get(t);
        Outcome outcome;
        try (InputStream in = zip.getInputStream(list.get(task.index()))) {
          outcome = new Read(reader.read(task.path(), in, task.allowance()));
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
          outcome = new Failed(e);
        }
        outcomes[t] = outcome;
        if (outcome.halts()) {
          haltedAt.accumulateAndGet(t, Math::min);
        }
      }
    }
  }
}
