package io.pkgguard.benchmarks;

import io.pkgguard.api.PackageId;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.Policy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A new {@link Guard} in a JVM that has built one before (issue 22): the default policy, every
 * plugin on the class path found by discovery, an offline file: index — what a host that builds
 * a guard per project or per request pays each time. Target: 20 ms. Closing is measured with it
 * (a guard holds threads and a store).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar GuardBuildBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GuardBuildBenchmark {

  /** The local index the evaluations read (the demo index, built by the examples module). */
  @org.openjdk.jmh.annotations.Param("examples/target/demo-index")
  public String demoIndex;

  private Path home;
  private URI index;
  private URI demo;
  private Guard shared;

  /** A home for the store, an empty local index, and a guard built once for the baselines. */
  @Setup
  public void setUp() throws Exception {
    home = Files.createTempDirectory("guard-build-home");
    index = Files.createDirectories(home.resolve("index")).toUri();
    demo = Path.of(demoIndex).toAbsolutePath().toUri();
    shared = guard(demo);
  }

  private Guard guard(URI indexUrl) {
    return Guard.builder()
        .policy(Policy.defaults())
        .home(home)
        .offline(true)
        .index(PackageId.PYPI, indexUrl)
        .build();
  }

  /** The baseline: one package evaluated by a guard built before. */
  @Benchmark
  public Object evaluateWithAGuardBuiltBefore() {
    return shared.evaluate(io.pkgguard.api.PackageRequest.of(PackageId.pypi("tidyconf")));
  }

  /** A new guard evaluates one package (its files read, every rule run) and is closed. */
  @Benchmark
  public Object buildEvaluateAndClose() {
    try (Guard guard = guard(demo)) {
      return guard.evaluate(io.pkgguard.api.PackageRequest.of(PackageId.pypi("tidyconf")));
    }
  }

  /** Closes the shared guard and removes the home. */
  @TearDown
  public void tearDown() throws Exception {
    shared.close();
    try (var files = Files.walk(home)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Builds a guard, screens one name (the name rules' corpora in use) and closes it. */
  @Benchmark
  public Object buildScreenAndClose() {
    try (Guard guard =
        Guard.builder()
            .policy(Policy.defaults())
            .home(home)
            .offline(true)
            .index(PackageId.PYPI, index)
            .build()) {
      return guard.screenName(PackageId.PYPI, "reqeusts");
    }
  }

  /** Builds and closes a guard. */
  @Benchmark
  public Guard buildAndClose() {
    Guard guard =
        Guard.builder()
            .policy(Policy.defaults())
            .home(home)
            .offline(true)
            .index(PackageId.PYPI, index)
            .build();
    guard.close();
    return guard;
  }
}
