package io.pkgguard.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.core.transport.HostConcurrencyLimit;
import io.pkgguard.core.transport.HostTrust;
import io.pkgguard.core.transport.JdkHttpTransport;
import io.pkgguard.core.transport.RetryPolicy;
import io.pkgguard.core.transport.RetryingTransport;
import io.pkgguard.core.transport.TrustedTransport;
import io.pkgguard.source.pypi.json.PypiJsonSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Metadata of 200 distinct packages (project documents of about 22 kB: ten releases of a wheel and
 * an sdist, a README) from a local WireMock that answers each request after 30 ms,
 * 8 at a time: pkgguard's PyPI source through the guard's transport chain (trust, redirects,
 * retries, per-host limit; no cache, every package is new) against a bare {@link HttpClient}
 * that only fetches the same URLs. Target: pkgguard's wall time at most 1.3 times the baseline's.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar MetadataFetchBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class MetadataFetchBenchmark {

  static final int PACKAGES = 200;
  static final int CONCURRENCY = 8;
  static final int LATENCY_MS = 30;

  /**
   * Whether the server may gzip its answers. pkgguard asks for gzip, as it should from a remote
   * index; the bare client does not. On a small machine the server's compression competes with
   * the client for the same cores, so both settings are reported.
   */
  @Param({"off", "on"})
  public String serverGzip;

  private WireMockServer index;
  private ExecutorService workers;
  private HttpClient bare;
  private JdkHttpTransport transport;
  private PypiJsonSource source;
  private List<String> names;
  private URI base;

  @Setup
  public void setUp() {
    index =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .containerThreads(64)
                .asynchronousResponseEnabled(true)
                .gzipDisabled(!"on".equals(serverGzip)));
    index.start();
    base = URI.create(index.baseUrl() + "/pypi");
    names = new ArrayList<>();
    for (int i = 0; i < PACKAGES; i++) {
      String name = "package-" + i;
      names.add(name);
      index.stubFor(
          get(urlPathMatching("/pypi/" + name + "/json"))
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withFixedDelay(LATENCY_MS)
                      .withBody(SyntheticProject.document(name, 20_000))));
    }
    workers = Executors.newFixedThreadPool(CONCURRENCY);
    bare = HttpClient.newHttpClient();
    transport = JdkHttpTransport.create(Duration.ofSeconds(10), 64L << 20);
    var chain =
        new TrustedTransport(
            new RetryingTransport(
                new HostConcurrencyLimit(transport, CONCURRENCY), RetryPolicy.standard()),
            HostTrust.forIndex(base, Set.of()),
            64L << 20,
            Duration.ofSeconds(30));
    source =
        PypiJsonSource.create(
            new SourceSettings(
                new SourceDescriptor("pypi", "pypi", base, Set.of()),
                chain,
                Clock.systemUTC(),
                Map.of()));
  }

  @TearDown
  public void tearDown() {
    workers.shutdownNow();
    transport.close();
    index.stop();
  }

  @Benchmark
  public int bareHttpClient() throws Exception {
    return runAll(
        name ->
            () ->
                bare.send(
                        HttpRequest.newBuilder(URI.create(base + "/" + name + "/json"))
                            .GET()
                            .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                    .body()
                    .length);
  }

  @Benchmark
  public int pkgguardSource() throws Exception {
    return runAll(
        name -> () -> source.fetch(PackageRequest.of(PackageId.pypi(name))).releases().size());
  }

  private int runAll(java.util.function.Function<String, Callable<Integer>> task) throws Exception {
    List<Future<Integer>> results = new ArrayList<>(PACKAGES);
    for (String name : names) {
      results.add(workers.submit(task.apply(name)));
    }
    int sum = 0;
    for (Future<Integer> result : results) {
      sum += result.get();
    }
    return sum;
  }
}
