package io.pkgguard.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.source.pypi.inputs.LockFile;
import io.pkgguard.source.pypi.inputs.LockFiles;
import io.pkgguard.source.pypi.inputs.LockedPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * A whole environment from a lock file (issue 7): a {@code pylock.toml} of {@code packages}
 * packages read, every package evaluated by a guard with the built-in rules against a local
 * WireMock index that answers each request after {@code latencyMs}, and one environment verdict —
 * against a bare {@link HttpClient} that only fetches the same project documents with the same
 * concurrency (the policy's 8). Targets: 300 packages at 30 ms within 1.3 times the baseline and
 * well under 10 s; 2,000 packages under a 256 MB heap (this benchmark's forks run with
 * {@code -Xmx256m}). Both sides make one request per package: the source's previous-release
 * lookup (a second document per package, for the maintainers rule) is switched off. The 2,000-package case reads a local mirror directory instead of WireMock
 * (latency 0): a WireMock in the same JVM would hold 40 MB of answers and its request journal,
 * and the heap limit is meant for pkgguard; its baseline reads the same files. The advisory databases are left out (OSV is unreachable here), so the
 * vulnerabilities rule reports "not checked" for each package, as it would offline.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar LockFileBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class LockFileBenchmark {

  static final int CONCURRENCY = 8;

  @Param({"300:30", "2000:0"})
  public String packagesAndLatency;

  private WireMockServer index;
  private ExecutorService workers;
  private HttpClient bare;
  private Guard guard;
  private byte[] lock;
  private List<String> names;
  private URI base;

  @Setup
  public void setUp() {
    String[] p = packagesAndLatency.split(":");
    int packages = Integer.parseInt(p[0]);
    int latency = Integer.parseInt(p[1]);
    Path mirror = null;
    if (latency > 0) {
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
    } else {
      try {
        mirror = Files.createTempDirectory("pkgguard-bench-mirror");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      base = mirror.toUri();
    }
    names = new ArrayList<>();
    StringBuilder pylock = new StringBuilder("lock-version = \"1.0\"\ncreated-by = \"bench\"\n");
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < packages; i++) {
      String name = "lib-" + i;
      names.add(name);
      byte[] document = SyntheticProject.document(name, 20_000);
      String version;
      try {
        JsonNode root = json.readTree(document);
        version = root.path("info").path("version").asText();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      if (index != null) {
        index.stubFor(
            get(urlPathMatching("/pypi/" + name + "/json"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withFixedDelay(latency)
                        .withBody(document)));
      } else {
        try {
          Files.createDirectories(mirror.resolve(name));
          Files.write(mirror.resolve(name).resolve("json"), document);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      pylock
          .append("\n[[packages]]\nname = \"")
          .append(name)
          .append("\"\nversion = \"")
          .append(version)
          .append("\"\n");
    }
    lock = pylock.toString().getBytes(StandardCharsets.UTF_8);
    workers = Executors.newFixedThreadPool(CONCURRENCY);
    bare = HttpClient.newHttpClient();
    guard = MetadataGuards.create(base);
  }

  @TearDown
  public void tearDown() {
    workers.shutdownNow();
    guard.close();
    if (index != null) {
      index.stop();
    }
  }

  @Benchmark
  public int bareHttpClient() throws Exception {
    List<Future<Integer>> results = new ArrayList<>();
    for (String name : names) {
      results.add(
          workers.submit(
              () ->
                  index == null
                      ? Files.readAllBytes(Path.of(base.resolve(name + "/json"))).length
                      : bare.send(
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
  public Verdict pkgguardEnvironment() throws Exception {
    LockFile read = LockFiles.read("pylock.toml", lock);
    List<PackageRequest> requests = new ArrayList<>();
    for (LockedPackage p : read.packages()) {
      requests.add(guard.parse(PackageId.PYPI, p.name() + "==" + p.version().orElseThrow()));
    }
    // As `check -r pylock.toml` does: a lock file is the whole environment, nothing to walk.
    java.time.Instant start = java.time.Instant.now();
    Verdict environment =
        guard.environmentVerdict(
            "pylock.toml", PackageId.PYPI, guard.evaluateExactly(requests), List.of(), start);
    if (environment.dependencies().size() != names.size()) {
      throw new IllegalStateException("evaluated " + environment.dependencies().size());
    }
    return environment;
  }
}
