package io.pkgguard.benchmarks;

import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.core.administration.AuditChain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many hosts, one log: THREADS guards (one per thread, as separate hosts would have) on one
 * PostgreSQL database each evaluate EVALUATIONS times at once; then the log must hold exactly
 * THREADS × EVALUATIONS evaluation records in one unbroken hash chain. Prints the time taken and
 * the median and 99th percentile of one evaluation.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.pkgguard.benchmarks.SharedChainHarness [THREADS]
 *     [EVALUATIONS] [STORE]
 * </pre>
 * Defaults: 8 threads, 1,000 evaluations each, postgresql (sqlite runs the same on the embedded
 * store, its threads sharing one database file).
 */
public final class SharedChainHarness {

  private SharedChainHarness() {}

  /**
   * Runs it.
   *
   * @param args threads, evaluations per thread, store
   * @throws Exception if it cannot be set up; a broken chain exits with status 1
   */
  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int evaluations = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    String store = args.length > 2 ? args[2] : "postgresql";
    if (!store.equals("postgresql") && !store.equals("sqlite")) {
      System.err.println("STORE is postgresql or sqlite (a log needs a store), not " + store);
      System.exit(2);
    }
    try (StoreGuards fixture = new StoreGuards()) {
      String shared = fixture.newStore(store);
      List<Guard> guards = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        guards.add(fixture.guard(shared));
      }
      Guard first = guards.get(0);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long[][] nanos = new long[threads][evaluations];
      List<Future<Integer>> done = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  int failed = 0;
                  for (int i = 0; i < evaluations; i++) {
                    long before = System.nanoTime();
                    Verdict verdict = guards.get(thread).evaluate(StoreGuards.request());
                    nanos[thread][i] = System.nanoTime() - before;
                    failed += verdict.findingsOf("store").isEmpty() ? 0 : 1;
                  }
                  return failed;
                }));
      }
      int failed = 0;
      for (Future<Integer> f : done) {
        failed += f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      AuditChain.Verification verification = first.auditLog().verify();
      long evaluationRecords =
          first.auditLog().records(r -> r.kind() == AuditRecord.Kind.EVALUATION).size();
      long[] all = Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
      System.out.printf(
          Locale.ROOT,
          "%s: %d threads x %d evaluations in %.1f s (%.0f per"
              + " second); one evaluation: median %.2f ms, 99th percentile %.2f ms%n",
          store,
          threads,
          evaluations,
          seconds,
          threads * evaluations / seconds,
          all[all.length / 2] / 1e6,
          all[(int) (all.length * 0.99)] / 1e6);
      System.out.printf(
          Locale.ROOT,
          "store failures: %d; records: %d (%d evaluations, %d" + " expected); chain: %s%n",
          failed,
          verification.records(),
          evaluationRecords,
          (long) threads * evaluations,
          verification.intact() ? "unbroken" : "BROKEN at " + verification.broken().get());
      for (Guard g : guards) {
        g.close();
      }
      boolean ok =
          failed == 0 && verification.intact() && evaluationRecords == (long) threads * evaluations;
      if (!ok) {
        System.exit(1);
      }
    }
  }
}
