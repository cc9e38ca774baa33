package io.pkgguard.rules.names;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The typosquat rule's start-up, each call in a fresh JVM with nothing warmed: reading the
 * shipped list of 15,000 names (target: under 100 ms); reading it, building the matcher and
 * checking one name, which is what a cold one-package check pays (the one-edit index is built
 * only once 64 names were asked about); and reading it and building the matcher with that index.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar CorpusLoadBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(15)
public class CorpusLoadBenchmark {

  /** Reading the shipped list. */
  @Benchmark
  public Object corpusLoad() {
    return PopularNameCorpus.builtin("pypi");
  }

  /** Reading the list, building the matcher and checking a name: what the first check pays. */
  @Benchmark
  public Object corpusLoadAndOneName() {
    return new LookAlikeFinder(PopularNameCorpus.builtin("pypi"), 1000).find("reqeusts");
  }

  /** Reading the list and building the matcher with its one-edit index, as a long run has it. */
  @Benchmark
  public Object corpusLoadAndIndex() {
    return new LookAlikeFinder(PopularNameCorpus.builtin("pypi"), 1000, 0);
  }
}
