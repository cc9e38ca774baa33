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
 * concurrent reads) and takes the next unread entry, largest first, until none is left, so lanes
 * that start late or not at all (a busy pool) only mean less help. Every entry's {@link ReadAllowance} was
 * decided before, in archive order; the outcomes are handed back in that order, where failures
 * are met exactly as a single reader would meet them.
 */
final class ZipLanes {

  /** One entry to read: its position in the archive, name and allowance. */
  record Task(int index, String path, ReadAllowance allowance) {}

  /** What reading one entry gave: its content, or the failure that stopped it. */
  static final class Outcome {
    private final EntryContent content;
    private final Throwable failure;

    private Outcome(EntryContent content, Throwable failure) {
      this.content = content;
      this.failure = failure;
    }

    /** The content read; rethrows what stopped reading it, as a lone reader would have. */
    EntryContent content() throws IOException {
      if (failure instanceof IOException e) {
        throw e;
      }
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return content;
    }

    /** Whether nothing after this entry needs reading: it failed or spent the archive's budget. */
    boolean halts() {
      return failure != null || content.stopsArchive();
    }
  }

  /**
   * Helper threads shared by every reader: never more than {@link #maxLanes}, so concurrent
   * inspections do not crowd the machine; when all are busy, readers read alone.
   */
  private static final class Helpers {
    static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, maxLanes(), 30,
        TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "pkgguard-archive-lane");
          thread.setDaemon(true);
          return thread;
        });
  }

  private final Path file;
  private final List<ZipArchiveEntry> entries;
  private final List<Task> tasks;
  private final ArchiveLimits limits;
  private final Outcome[] outcomes;
  /** Task numbers, largest entry first: no lane is left with a big entry while the others idle. */
  private final int[] order;
  private final AtomicInteger next = new AtomicInteger();
  /** The first task (in archive order) that halted reading; later ones need not be read. */
  private final AtomicInteger haltedAt = new AtomicInteger(Integer.MAX_VALUE);

  private ZipLanes(Path file, List<ZipArchiveEntry> entries, List<Task> tasks,
      ArchiveLimits limits) {
    this.file = file;
    this.entries = entries;
    this.tasks = tasks;
    this.limits = limits;
    this.outcomes = new Outcome[tasks.size()];
    this.order = IntStream.range(0, tasks.size()).boxed()
        .sorted(Comparator.comparingLong((Integer t) -> tasks.get(t).allowance().declaredSize())
            .reversed().thenComparing(t -> t))
        .mapToInt(Integer::intValue).toArray();
  }

  /** How many lanes this machine can run at once (at most 4: inflating is not all the work). */
  static int maxLanes() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  /** The shared pool of helper threads. */
  static Executor helpers() {
    return Helpers.POOL;
  }

  /**
   * Reads {@code tasks} on up to {@code lanes} threads, the calling one included.
   *
   * @param zip the archive opened by the caller, read by the calling thread
   * @param entries {@code zip}'s entries in physical order, which tasks' indices refer to
   * @return each task's outcome, by task; empty where an earlier task halted reading
   */
  static List<Optional<Outcome>> read(Path file, ZipFile zip, List<ZipArchiveEntry> entries,
      List<Task> tasks, ArchiveLimits limits, int lanes, Executor executor) {
    ZipLanes reading = new ZipLanes(file, entries, tasks, limits);
    List<CompletableFuture<Void>> helping = new ArrayList<>();
    for (int i = 1; i < lanes; i++) {
      try {
        helping.add(CompletableFuture.runAsync(reading::helperLane, executor));
      } catch (RejectedExecutionException busy) {
        break;
      }
    }
    reading.lane(zip, entries);
    helping.forEach(CompletableFuture::join);
    return Arrays.stream(reading.outcomes).map(Optional::ofNullable).toList();
  }

  private void helperLane() {
    try (ZipFile own = ZipScanner.open(file)) {
      List<ZipArchiveEntry> same = Collections.list(own.getEntriesInPhysicalOrder());
      if (sameEntries(same)) {
        lane(own, same);
      }
    } catch (IOException | RuntimeException cannotHelp) {
      // The file could not be opened a second time; the other lanes read every entry.
    }
  }

  private boolean sameEntries(List<ZipArchiveEntry> other) {
    if (other.size() != entries.size()) {
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

  private void lane(ZipFile zip, List<ZipArchiveEntry> list) {
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
        outcome = new Outcome(reader.read(task.path(), in, task.allowance()), null);
      } catch (Exception | StackOverflowError | OutOfMemoryError e) {
        outcome = new Outcome(null, e);
      }
      outcomes[t] = outcome;
      if (outcome.halts()) {
        haltedAt.accumulateAndGet(t, Math::min);
      }
    }
  }
}
