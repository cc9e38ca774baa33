package io.pkgguard.core;

import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.evaluation.PackageEvaluator;
import io.pkgguard.core.evaluation.PackageEvaluator.Evaluation;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Judges many exact requests (a lock file, an environment) as a pipeline: each package's
 * metadata is fetched, the advisory databases are asked about packages in batches, and each
 * package's rules and downloads start as soon as its batch is answered — so that an index's
 * documents and its file host's downloads are in flight at the same time, as a plain fetch of
 * both would have them.
 *
 * <p>At most {@code threads} of the guard's threads work for one run; each takes the next piece
 * of work when it finishes one. While metadata remains to be fetched, at least half of them
 * fetch it and the others judge packages whose advisories are known (a thread with nothing to
 * judge fetches metadata too): so neither the index nor the file host waits on the other stage,
 * and a batch of packages ready to be judged never queues ahead of every remaining fetch.
 *
 * <p>A batch goes to the advisory databases, from the calling thread, when it holds {@link
 * #BATCH} packages, when every package is prepared, or when its first package has waited {@link
 * #LINGER}: one request per database for many packages, and no package kept waiting long.
 */
final class ExactPipeline {

  /** The most packages in one question to the advisory databases. */
  static final int BATCH = 200;

  /** The longest a prepared package waits for its batch to fill. */
  static final Duration LINGER = Duration.ofMillis(250);

  /** A prepared evaluation and where its verdict goes. */
  private record Prepared(int index, Evaluation evaluation) {}

  private final ExecutorService executor;
  private final PackageEvaluator evaluator;
  private final int threads;
  private final List<Future<?>> workers = new ArrayList<>();
  private final BlockingQueue<Prepared> prepared = new LinkedBlockingQueue<>();

  // Guarded by this.
  private final Deque<Integer> toPrepare = new ArrayDeque<>();
  private final Deque<Prepared> toJudge = new ArrayDeque<>();
  private List<PackageRequest> requests = List.of();
  private Verdict[] verdicts = new Verdict[0];
  private int working;
  private int preparing;
  private int judged;
  private Throwable failure;
  private boolean stopped;

  /**
   * @param executor the guard's evaluation threads
   * @param evaluator prepares and completes evaluations
   * @param threads the most of the executor's threads this run uses
   */
  ExactPipeline(ExecutorService executor, PackageEvaluator evaluator, int threads) {
    this.executor = executor;
    this.evaluator = evaluator;
    this.threads = Math.max(1, threads);
  }

  /**
   * Judges every request; {@return their verdicts, in the order of the requests}
   *
   * @throws InterruptedException if the calling thread is interrupted (the run's work is
   *     cancelled)
   * @throws ExecutionException if an evaluation failed outside the evaluator's containment
   */
  List<Verdict> run(List<PackageRequest> all) throws InterruptedException, ExecutionException {
    synchronized (this) {
      requests = List.copyOf(all);
      verdicts = new Verdict[all.size()];
      for (int i = 0; i < all.size(); i++) {
        toPrepare.add(i);
      }
    }
    try {
      startWorkers();
      batchAdvisoryQuestions(all.size());
      return awaitVerdicts();
    } finally {
      synchronized (this) {
        stopped = true;
      }
      workers.forEach(w -> w.cancel(true));
    }
  }

  /** Collects prepared packages into batches and hands each batch on, from the calling thread. */
  private void batchAdvisoryQuestions(int count) throws InterruptedException, ExecutionException {
    List<Prepared> batch = new ArrayList<>();
    long batchSince = 0;
    int received = 0;
    while (received < count) {
      Prepared done;
      if (batch.isEmpty()) {
        done = prepared.poll(100, TimeUnit.MILLISECONDS);
      } else {
        long left = batchSince + LINGER.toNanos() - System.nanoTime();
        done = left > 0 ? prepared.poll(left, TimeUnit.NANOSECONDS) : prepared.poll();
      }
      throwIfFailed();
      throwIfShutDown();
      if (done != null) {
        if (batch.isEmpty()) {
          batchSince = System.nanoTime();
        }
        batch.add(done);
        received++;
      }
      boolean lingered = done == null && !batch.isEmpty();
      if (!batch.isEmpty() && (lingered || batch.size() >= BATCH || received == count)) {
        evaluator.consultAdvisories(batch.stream().map(Prepared::evaluation).toList());
        synchronized (this) {
          toJudge.addAll(batch);
        }
        batch = new ArrayList<>();
        startWorkers();
      }
    }
  }

  private List<Verdict> awaitVerdicts() throws InterruptedException, ExecutionException {
    synchronized (this) {
      while (judged < verdicts.length && failure == null) {
        wait(100);
        throwIfShutDown();
      }
      throwIfFailed();
      return List.of(verdicts);
    }
  }

  /**
   * Gives up once the guard's threads are shut down: work still queued then never runs, and
   * waiting for it would never end.
   */
  private void throwIfShutDown() {
    if (executor.isShutdown()) {
      throw new CancellationException("the guard was closed");
    }
  }

  private synchronized void throwIfFailed() throws ExecutionException {
    if (failure != null) {
      throw new ExecutionException(failure);
    }
  }

  /** Starts workers up to the run's share of threads while there is work for them. */
  private void startWorkers() {
    synchronized (this) {
      int wanted = Math.min(threads, toPrepare.size() + toJudge.size() + working) - working;
      for (int i = 0; i < wanted; i++) {
        working++;
        workers.add(executor.submit(this::work));
      }
    }
  }

  /** One worker: takes work until there is none to take now. */
  private void work() {
    while (true) {
      Runnable next;
      synchronized (this) {
        next = stopped || failure != null ? null : next();
        if (next == null) {
          working--;
          return;
        }
      }
      try {
        next.run();
      } catch (Throwable e) { // only the JVM's own failures get past the evaluator
        synchronized (this) {
          if (failure == null) {
            failure = e;
          }
          working--;
          notifyAll();
        }
        throw e;
      }
    }
  }

  /** The next piece of work (called holding the lock), or null if there is none now. */
  private Runnable next() {
    boolean canJudge = !toJudge.isEmpty();
    boolean canPrepare = !toPrepare.isEmpty();
    if (canJudge && (!canPrepare || preparing * 2 >= threads)) {
      Prepared p = toJudge.poll();
      return () -> judge(p);
    }
    if (canPrepare) {
      int index = toPrepare.poll();
      preparing++;
      return () -> prepare(index);
    }
    return null;
  }

  private void prepare(int index) {
    PackageRequest request;
    synchronized (this) {
      request = requests.get(index);
    }
    try {
      prepared.add(new Prepared(index, evaluator.prepare(request)));
    } finally {
      synchronized (this) {
        preparing--;
      }
    }
  }

  private void judge(Prepared p) {
    Verdict verdict = evaluator.complete(p.evaluation());
    synchronized (this) {
      verdicts[p.index()] = verdict;
      judged++;
      notifyAll();
    }
  }
}
