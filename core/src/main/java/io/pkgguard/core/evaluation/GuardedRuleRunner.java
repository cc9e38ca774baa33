package io.pkgguard.core.evaluation;

import io.pkgguard.api.Finding;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleParameterException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls rules so that nothing they do can loosen a verdict or exhaust the host. Every call, at
 * every stage and in name screening alike, runs on one of a bounded set of threads with the
 * policy's time budget ({@link RuleBudget}: longer for a context holding more distribution
 * text). Whatever a rule throws — any exception, {@link AssertionError}, {@link
 * StackOverflowError}, {@link LinkageError} — and a {@code null} result, a {@code null} finding or
 * a finding under another rule's id become a rejecting finding that names the rule. A {@link
 * VirtualMachineError} other than a stack overflow (the JVM itself failing) rejects the same way
 * and is rethrown on the rule's own thread, never to the caller.
 *
 * <p>A call that outlives its budget is interrupted. If it has not stopped one grace period later
 * (the budget again, at most {@link #MAX_GRACE}), its rule is <em>stuck</em>: its thread cannot be
 * reclaimed, so this runner never calls that rule again and every later call is refused with a
 * rejecting finding ("rule X is stuck") until the host builds a new guard. So a rule that ignores
 * interruption costs at most the threads of the calls that were running when it first stuck.
 *
 * <p>Many cheap calls (one rule over a list of names; a stage's rules for one package while
 * the rule threads are busy) run as one batch on one thread, each item still with its own
 * budget, since a hand-off per call would cost more than the rule. Thread-safe.
 */
final class GuardedRuleRunner {

  private static final Logger LOG = LoggerFactory.getLogger(GuardedRuleRunner.class);

  /** The longest a timed-out call is given to stop after it was interrupted. */
  static final Duration MAX_GRACE = Duration.ofSeconds(2);

  private final ThreadPoolExecutor executor;
  private final RuleBudget budget;
  private final Duration grace;
  private final Clock clock;
  private final Set<Call> running = ConcurrentHashMap.newKeySet();
  private final AtomicInteger active = new AtomicInteger();
  private final int busyAt = Runtime.getRuntime().availableProcessors();
  private final Map<String, Instant> stuckSince = new ConcurrentHashMap<>();

  /**
   * @param budget how long one rule call may run, given its context
   * @param maxThreads the most threads rule calls may use at once; calls beyond wait in a queue,
   *     their wait counted against their budget
   * @param clock tells when a rule became stuck
   */
  GuardedRuleRunner(RuleBudget budget, int maxThreads, Clock clock) {
    this.budget = budget;
    this.grace = budget.base().compareTo(MAX_GRACE) < 0 ? budget.base() : MAX_GRACE;
    this.clock = clock;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            maxThreads,
            maxThreads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread thread = new Thread(r, "pkgguard-rule-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    executor.allowCoreThreadTimeOut(true);
  }

  /**
   * Starts a rule call; collect its outcome with {@link #await}. A stuck rule is not started: the
   * call is already finished, refused.
   *
   * @throws RejectedExecutionException once the runner is shut down
   */
  Call start(RegisteredRule rule, RuleContext context) {
    return start(List.of(new Item(rule, context)));
  }

  /**
   * Whether at least as many calls run as there are cores: more threads cannot finish sooner
   * then, and a batch saves the hand-offs.
   */
  boolean busy() {
    return active.get() >= busyAt;
  }

  /** Starts a call and waits for it with the full budget. */
  RuleOutcome run(RegisteredRule rule, RuleContext context) {
    return await(start(rule, context));
  }

  /**
   * Runs one rule over many contexts, in order, as one batch on one thread; each item has the full
   * budget from the moment it starts. An item that times out is reported as such and the rest go
   * on in a new batch, unless the rule is stuck.
   *
   * @return one outcome per context, in order
   * @throws RejectedExecutionException once the runner is shut down
   */
  List<RuleOutcome> runEach(RegisteredRule rule, List<RuleContext> contexts) {
    return runAll(contexts.stream().map(c -> new Item(rule, c)).toList());
  }

  /**
   * Runs rule calls in order as one batch on one thread; each item has the full budget from the
   * moment it starts. An item that times out is reported as such and the rest go on in a new
   * batch; an item of a stuck rule is refused without running.
   *
   * @return one outcome per item, in order
   * @throws RejectedExecutionException once the runner is shut down
   */
  List<RuleOutcome> runAll(List<Item> items) {
    RuleOutcome[] outcomes = new RuleOutcome[items.size()];
    int from = 0;
    while (from < items.size()) {
      Call call = start(items.subList(from, items.size()));
      int done = awaitItems(call, outcomes, from);
      from += done;
    }
    return Arrays.asList(outcomes);
  }

  /**
   * Waits for a started call of one item: until its budget is spent, then interrupts it and gives
   * it the grace period to stop before declaring its rule stuck. If the waiting thread is
   * interrupted, the call is cancelled, the outcome is a failure and the thread's interrupt status
   * is set again.
   */
  RuleOutcome await(Call call) {
    RuleOutcome[] outcome = new RuleOutcome[1];
    awaitItems(call, outcome, 0);
    return outcome[0];
  }

  /**
   * Waits for a call's items, writing their outcomes from {@code offset}; stops at the first item
   * that times out.
   *
   * @return how many items have an outcome now (all of the call's, or up to the one that timed
   *     out, inclusive)
   */
  private int awaitItems(Call call, RuleOutcome[] outcomes, int offset) {
    try {
      while (true) {
        Call.Progress progress = call.progress();
        String id = call.ruleId(progress.item());
        Duration itemBudget = call.budget(progress.item());
        long wait = Math.max(0, progress.startedNanos() + itemBudget.toNanos() - System.nanoTime());
        if (call.finished.await(wait, TimeUnit.NANOSECONDS)) {
          System.arraycopy(call.outcomes, 0, outcomes, offset, call.outcomes.length);
          return call.outcomes.length;
        }
        if (!call.progress().equals(progress)) {
          continue;
        }
        int item = progress.item();
        System.arraycopy(call.outcomes, 0, outcomes, offset, item);
        if (call.withdrawIfWaiting()) {
          executor.remove(call);
          outcomes[offset + item] =
              failed(
                  id,
                  CoreFindings.ruleFailed(
                      id,
                      "it could not start"
                          + " within its "
                          + itemBudget.toMillis()
                          + " ms budget: every rule thread was busy"));
          return item + 1;
        }
        call.interrupt();
        boolean stopped = call.awaitEnd(grace);
        if (!stopped) {
          stuckSince.putIfAbsent(id, clock.instant());
          LOG.warn(
              "rule {} ignored its {} ms budget and did not stop when interrupted; it is"
                  + " stuck and will not be called again by this guard",
              id,
              itemBudget.toMillis());
        } else {
          LOG.warn("rule {} exceeded its {} ms budget", id, itemBudget.toMillis());
        }
        outcomes[offset + item] = failed(id, CoreFindings.ruleTimedOut(id, itemBudget, stopped));
        return item + 1;
      }
    } catch (InterruptedException e) {
      call.interrupt();
      executor.remove(call);
      Thread.currentThread().interrupt();
      for (int i = 0; i < call.outcomes.length; i++) {
        if (outcomes[offset + i] == null) {
          String id = call.ruleId(i);
          outcomes[offset + i] =
              failed(id, CoreFindings.ruleFailed(id, "the evaluation was interrupted"));
        }
      }
      return call.outcomes.length;
    }
  }

  /** The rules that are stuck, with how many of their threads still run; ordered by rule id. */
  List<RuleThreads> stuckRules() {
    List<RuleThreads> stuck = new ArrayList<>();
    new TreeMap<>(stuckSince)
        .forEach((id, since) -> stuck.add(new RuleThreads(id, runningCalls(id), since)));
    return List.copyOf(stuck);
  }

  /**
   * Stops accepting calls, interrupts the running ones and waits up to {@code wait} for them.
   *
   * @return the rules whose calls were still running after that, with how many
   */
  List<RuleThreads> shutdown(Duration wait) {
    executor.shutdownNow();
    try {
      executor.awaitTermination(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Map<String, Integer> threads = new TreeMap<>();
    for (Call call : running) {
      threads.merge(call.runningRuleId(), 1, Integer::sum);
    }
    List<RuleThreads> notStopped = new ArrayList<>();
    Instant now = clock.instant();
    threads.forEach(
        (id, count) ->
            notStopped.add(new RuleThreads(id, count, stuckSince.getOrDefault(id, now))));
    return List.copyOf(notStopped);
  }

  private Call start(List<Item> items) {
    Call call = new Call(items);
    if (call.refuseStuck()) {
      return call;
    }
    executor.execute(call);
    return call;
  }

  /** The finding that refuses a call of a stuck rule, if {@code ruleId} is stuck. */
  private java.util.Optional<Finding> stuckRefusal(String ruleId) {
    Instant stuck = stuckSince.get(ruleId);
    return stuck == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(CoreFindings.ruleStuck(ruleId, runningCalls(ruleId), stuck));
  }

  private int runningCalls(String ruleId) {
    return (int) running.stream().filter(c -> c.runningRuleId().equals(ruleId)).count();
  }

  private static RuleOutcome validate(String id, List<Finding> result) {
    if (result == null) {
      return failed(id, CoreFindings.ruleFailed(id, "it returned null instead of a list"));
    }
    List<Finding> findings = new ArrayList<>(result.size());
    for (Finding finding : result) {
      if (finding == null) {
        return failed(id, CoreFindings.ruleFailed(id, "it returned a null finding"));
      }
      if (!finding.ruleId().equals(id)) {
        return failed(
            id,
            CoreFindings.ruleFailed(
                id, "it reported a finding under another rule's id '" + finding.ruleId() + "'"));
      }
      findings.add(finding);
    }
    return new RuleOutcome(id, findings, true);
  }

  private static RuleOutcome failed(String id, Finding finding) {
    return new RuleOutcome(id, List.of(finding), false);
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /**
   * One rule call of a batch.
   *
   * @param rule the rule
   * @param context what it is called with
   */
  record Item(RegisteredRule rule, RuleContext context) {}

  /**
   * One batch of rule calls: waits in the pool's queue, runs its items in order on a pool thread,
   * publishes the outcomes once. Its state changes under its own lock, so that an interrupt meant
   * for it never reaches the next task of the same thread, and an item the caller gave up on is
   * the last one it runs.
   */
  final class Call implements Runnable {

    /** Which item runs, since when ({@link System#nanoTime()}; the submission before it starts). */
    record Progress(int item, long startedNanos) {}

    private final List<Item> items;
    private final Duration[] budgets;
    private final RuleOutcome[] outcomes;
    private final CountDownLatch finished = new CountDownLatch(1);
    private Thread thread;
    private boolean started;
    private volatile boolean withdrawn;
    private volatile Progress progress = new Progress(0, System.nanoTime());

    private Call(List<Item> items) {
      this.items = items;
      this.budgets = items.stream().map(i -> budget.of(i.context())).toArray(Duration[]::new);
      this.outcomes = new RuleOutcome[items.size()];
    }

    private Duration budget(int item) {
      return budgets[item];
    }

    private String ruleId(int item) {
      return items.get(item).rule().id();
    }

    /** The id of the rule whose item runs (or ran last). */
    private String runningRuleId() {
      return ruleId(progress.item());
    }

    @Override
    public void run() {
      synchronized (this) {
        if (withdrawn) {
          return;
        }
        started = true;
        thread = Thread.currentThread();
      }
      running.add(this);
      active.incrementAndGet();
      try {
        for (int i = 0; i < items.size(); i++) {
          // Once the caller gave up on an item, no further one starts (an item already running
          // when it did is the one it timed out on).
          if (withdrawn) {
            return;
          }
          if (outcomes[i] != null) { // refused: its rule is stuck
            continue;
          }
          progress = new Progress(i, System.nanoTime());
          try {
            outcomes[i] = callRule(items.get(i));
          } catch (VirtualMachineError e) {
            for (int rest = i; rest < outcomes.length; rest++) {
              String id = ruleId(rest);
              outcomes[rest] =
                  failed(
                      id,
                      CoreFindings.ruleFailed(id, "the JVM failed while it ran: " + describe(e)));
            }
            finished.countDown();
            throw e;
          }
        }
        finished.countDown();
      } finally {
        active.decrementAndGet();
        synchronized (this) {
          thread = null;
          notifyAll();
        }
        running.remove(this);
      }
    }

    private RuleOutcome callRule(Item item) {
      String id = item.rule().id();
      try {
        return validate(id, item.rule().rule().evaluate(item.context()));
      } catch (RuleParameterException e) {
        return failed(id, CoreFindings.ruleFailed(id, "bad policy parameter, " + e.getMessage()));
      } catch (StackOverflowError e) {
        LOG.debug("rule {} overflowed the stack", id, e);
        return failed(id, CoreFindings.ruleFailed(id, "it threw " + describe(e)));
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        LOG.debug("rule {} threw", id, e);
        return failed(id, CoreFindings.ruleFailed(id, "it threw " + describe(e)));
      }
    }

    Progress progress() {
      return progress;
    }

    /**
     * Refuses the items of stuck rules; {@return whether that was all of them} (the call is then
     * finished and must not be started)
     */
    private boolean refuseStuck() {
      int refused = 0;
      for (int i = 0; i < items.size(); i++) {
        java.util.Optional<Finding> refusal = stuckRefusal(ruleId(i));
        if (refusal.isPresent()) {
          outcomes[i] = failed(ruleId(i), refusal.get());
          refused++;
        }
      }
      if (refused == items.size()) {
        finished.countDown();
        return true;
      }
      return false;
    }

    /** Takes back a call none of whose items has started; false if one has. */
    private synchronized boolean withdrawIfWaiting() {
      if (started) {
        return false;
      }
      withdrawn = true;
      return true;
    }

    /** Gives up on the running item: interrupts it, and no further item starts. */
    private synchronized void interrupt() {
      withdrawn = true;
      if (thread != null) {
        thread.interrupt();
      }
    }

    /**
     * Waits up to {@code wait} for the interrupted call to end (no further item starts once it
     * is withdrawn); whether it did.
     */
    private synchronized boolean awaitEnd(Duration wait) throws InterruptedException {
      long end = System.nanoTime() + wait.toNanos();
      while (thread != null) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      return true;
    }
  }
}
