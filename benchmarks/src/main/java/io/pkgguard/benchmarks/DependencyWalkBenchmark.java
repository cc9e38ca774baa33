package io.pkgguard.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * The transitive walk of one package with a 300-package tree, six levels deep, against a local
 * WireMock index that answers each project document after 30 ms, 8 packages at a time.
 *
 * <p>Two baselines fetch the same 300 documents with a bare {@code HttpClient} and the same
 * concurrency: {@code bareAllAtOnce} as if every name were known up front (the floor no walker
 * reaches, since a level's names come from the level above), and {@code bareLevelByLevel}, which
 * fetches level after level as any walker must. {@code pkgguardWalk} evaluates the root with the
 * built-in rules: fetching, one advisory batch per level (no database here: OSV is unreachable),
 * the rules for all 300 packages, and the trees.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar DependencyWalkBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(1)
public class DependencyWalkBenchmark {

  static final int CONCURRENCY = 8;
  static final int LATENCY_MS = 30;

  /** Packages per level, the root first: 300 in all. */
  static final int[] LEVELS = {1, 12, 40, 80, 100, 67};

  private WireMockServer index;
  private ExecutorService workers;
  private HttpClient bare;
  private Guard guard;
  private final List<List<String>> levels = new ArrayList<>();
  private URI base;

  @Setup
  public void setUp() {
    index =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .containerThreads(64)
                .asynchronousResponseEnabled(true)
                .gzipDisabled(true)
                .disableRequestJournal());
    index.start();
    base = URI.create(index.baseUrl() + "/pypi");
    for (int level = 0; level < LEVELS.length; level++) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < LEVELS[level]; i++) {
        names.add(level == 0 ? "app" : "lib-" + level + "-" + i);
      }
      levels.add(names);
    }
    for (int level = 0; level < LEVELS.length; level++) {
      List<String> below = level + 1 < LEVELS.length ? levels.get(level + 1) : List.of();
      List<String> names = levels.get(level);
      for (int i = 0; i < names.size(); i++) {
        // Every package of the next level has a first dependent here; each package also
        // shares two more, as real trees do.
        Set<String> requires = new java.util.LinkedHashSet<>();
        for (int j = i; j < below.size(); j += names.size()) {
          requires.add(below.get(j) + ">=1.0");
        }
        if (!below.isEmpty()) {
          requires.add(below.get((i * 7 + 3) % below.size()) + ">=1.0");
          requires.add(below.get((i * 13 + 5) % below.size()) + ">=1.0");
        }
        index.stubFor(
            get(urlPathMatching("/pypi/" + names.get(i) + "/json"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withFixedDelay(LATENCY_MS)
                        .withBody(
                            SyntheticProject.document(
                                names.get(i), 20_000, List.copyOf(requires)))));
      }
    }
    workers = Executors.newFixedThreadPool(CONCURRENCY);
    bare = HttpClient.newHttpClient();
    guard = MetadataGuards.create(base);
  }

  @TearDown
  public void tearDown() {
    workers.shutdownNow();
    guard.close();
    index.stop();
  }

  private int fetch(List<String> names) throws Exception {
    List<Future<Integer>> results = new ArrayList<>();
    for (String name : names) {
      results.add(
          workers.submit(
              () ->
                  bare.send(
                          HttpRequest.newBuilder(URI.create(base + "/" + name + "/json"))
                              .GET()
                              .build(),
                          HttpResponse.BodyHandlers.ofByteArray())
                      .body()
                      .length));
    }
    int sum = 0;
    for (Future<Integer> r : results) {
      sum += r.get();
    }
    return sum;
  }

  @Benchmark
  public int bareAllAtOnce() throws Exception {
    return fetch(levels.stream().flatMap(List::stream).toList());
  }

  @Benchmark
  public int bareLevelByLevel() throws Exception {
    int sum = 0;
    for (List<String> level : levels) {
      sum += fetch(level);
    }
    return sum;
  }

  @Benchmark
  public Verdict pkgguardWalk() {
    Verdict app = guard.evaluate(PackageRequest.of(PackageId.pypi("app")));
    Set<String> seen = new HashSet<>();
    List<Verdict> queue = new ArrayList<>(app.dependencies());
    while (!queue.isEmpty()) {
      Verdict next = queue.remove(queue.size() - 1);
      // Each package's own tree appears once, under whoever pulled it in first; elsewhere it
      // appears without it: visit everything, count names once.
      seen.add(next.id().name());
      queue.addAll(next.dependencies());
    }
    if (seen.size() != 299) {
      throw new IllegalStateException("walked " + seen.size() + " dependencies");
    }
    return app;
  }
}
