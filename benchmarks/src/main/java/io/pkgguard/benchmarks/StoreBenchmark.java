package io.pkgguard.benchmarks;

import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the store adds to one evaluation: the same package evaluated with no store, with the
 * embedded SQLite store and with PostgreSQL on this machine. Each evaluation of this package
 * reads its approvals (its verdict asks for one) and appends one audit record in a transaction
 * that extends the hash chain. The target: the embedded store adds at most 5 ms.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar StoreBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class StoreBenchmark {

  /** Which store. */
  @Param({"none", "sqlite", "postgresql"})
  public String store;

  private StoreGuards fixture;
  private Guard guard;

  /** Builds the mirror, the store and the guard. */
  @Setup
  public void setUp() throws Exception {
    fixture = new StoreGuards();
    guard = fixture.guard(fixture.newStore(store));
    Verdict first = guard.evaluate(StoreGuards.request());
    if (first.findingsOf("store").size() > 0 || !first.complete()) {
      throw new IllegalStateException("the store does not work: " + first.findings());
    }
  }

  /** Closes everything. */
  @TearDown
  public void tearDown() throws Exception {
    guard.close();
    fixture.close();
  }

  /** One evaluation, settled: approvals read, the evaluation recorded. */
  @Benchmark
  public Verdict evaluate() {
    return guard.evaluate(StoreGuards.request());
  }
}
