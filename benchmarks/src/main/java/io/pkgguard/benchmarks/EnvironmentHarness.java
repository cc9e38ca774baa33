package io.pkgguard.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.PolicyLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A whole environment with content inspection against the bare fetch of the same documents and
 * files (issue 22): a loopback index (WireMock) answers every request after {@code latency} ms;
 * each of {@code packages} projects has a JSON document and one small, well-formed wheel that
 * its document points at on the same host. pkgguard judges them all exactly (as {@code check -r
 * pylock.toml} does: index document, wheel downloaded, digest checked, read, every rule) with a
 * new guard each round; the baseline is a plain thread pool at the policy's per-host concurrency
 * fetching the same document and wheel per package. Rounds alternate; medians and their ratio
 * are printed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.pkgguard.benchmarks.EnvironmentHarness 300 30 5
 * java -cp benchmarks/target/benchmarks.jar io.pkgguard.benchmarks.EnvironmentHarness 1000 30 5 16
 * </pre>
 */
public final class EnvironmentHarness {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EnvironmentHarness() {}

  /**
   * Runs the comparison.
   *
   * @param args packages, latency in ms, rounds
   * @throws Exception if the harness itself fails
   */
  public static void main(String[] args) throws Exception {
    int packages = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int latency = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    // A fourth argument sets the policy's concurrency (evaluations and requests per host) too.
    String limits =
        args.length > 3
            ? "[limits]\nconcurrency = " + args[3] + "\nper-host-concurrency = " + args[3] + "\n"
            : "";
    WireMockServer server =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .containerThreads(64)
                .asynchronousResponseEnabled(true)
                .gzipDisabled(true)
                .disableRequestJournal());
    server.start();
    try {
      List<String> names = serve(server, packages, latency);
      Policy policy =
          PolicyLoader.parse(
              limits
                  + "[advisories.osv]\nenabled = false\n"
                  + "[sources.pypi.options]\nprevious-release = \"false\"\n"
                  + "[store]\ntype = \"none\"\n",
              "harness.toml");
      int concurrency = policy.limits().perHostConcurrency();
      URI index = URI.create(server.baseUrl() + "/pypi");
      List<Long> bare = new ArrayList<>();
      List<Long> guarded = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(concurrency);
      HttpClient client = HttpClient.newHttpClient();
      try {
        for (int round = 0; round <= rounds; round++) {
          long start = System.nanoTime();
          bareFetch(pool, client, server.baseUrl(), names);
          long bareMs = (System.nanoTime() - start) / 1_000_000;
          start = System.nanoTime();
          List<Verdict> verdicts = judge(policy, index, names);
          long guardMs = (System.nanoTime() - start) / 1_000_000;
          long inspected = verdicts.stream().filter(v -> !v.artifacts().isEmpty()).count();
          if (inspected != names.size()) {
            throw new IllegalStateException(
                "only "
                    + inspected
                    + " of "
                    + names.size()
                    + " wheels were read: "
                    + verdicts.get(0));
          }
          if (round > 0) { // the first round warms both up
            bare.add(bareMs);
            guarded.add(guardMs);
          }
          System.out.printf("round %d: bare %d ms, pkgguard %d ms%n", round, bareMs, guardMs);
        }
      } finally {
        pool.shutdownNow();
      }
      long b = median(bare);
      long g = median(guarded);
      System.out.printf(
          "%d packages, %d ms latency, concurrency %d: bare median %d ms, pkgguard median %d ms,"
              + " ratio %.2f%n",
          packages, latency, concurrency, b, g, (double) g / b);
    } finally {
      server.stop();
    }
  }

  private static List<Verdict> judge(Policy policy, URI index, List<String> names) {
    try (Guard guard = Guard.builder().policy(policy).index(PackageId.PYPI, index).build()) {
      List<PackageRequest> requests = new ArrayList<>();
      for (String name : names) {
        requests.add(PackageRequest.of(PackageId.pypi(name), "1.0.0"));
      }
      return guard.evaluateExactly(requests);
    }
  }

  private static void bareFetch(
      ExecutorService pool, HttpClient client, String base, List<String> names) throws Exception {
    List<Future<Integer>> results = new ArrayList<>();
    for (String name : names) {
      results.add(
          pool.submit(
              () -> {
                byte[] document = fetch(client, base + "/pypi/" + name + "/json");
                byte[] wheel = fetch(client, base + "/files/" + wheelName(name));
                return document.length + wheel.length;
              }));
    }
    for (Future<Integer> r : results) {
      r.get();
    }
  }

  private static byte[] fetch(HttpClient client, String url) throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray())
        .body();
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  private static String wheelName(String name) {
    return name.replace('-', '_') + "-1.0.0-py3-none-any.whl";
  }

  /** Stubs every project's document and wheel; {@return the names} */
  private static List<String> serve(WireMockServer server, int packages, int latency)
      throws Exception {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < packages; i++) {
      String name = "envlib-" + i;
      names.add(name);
      byte[] wheel = wheel(name);
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wheel));
      ObjectNode doc = JSON.createObjectNode();
      ObjectNode info = doc.putObject("info");
      info.put("name", name);
      info.put("version", "1.0.0");
      info.put("summary", "Does one useful thing well");
      info.put("description", "A long description of what it does, for the harness.");
      info.put("author", "Ada Lovelace");
      info.put("license_expression", "MIT");
      info.putObject("project_urls").put("Source", "https://github.com/example/" + name);
      ArrayNode urls = doc.putArray("urls");
      ObjectNode file = urls.addObject();
      file.put("filename", wheelName(name));
      file.put("packagetype", "bdist_wheel");
      file.put("url", server.baseUrl() + "/files/" + wheelName(name));
      file.putObject("digests").put("sha256", sha);
      file.put("size", wheel.length);
      file.put("upload_time_iso_8601", "2024-01-15T10:00:00Z");
      file.put("yanked", false);
      doc.putObject("releases").set("1.0.0", urls);
      doc.putArray("vulnerabilities");
      server.stubFor(
          get(urlPathEqualTo("/pypi/" + name + "/json"))
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withFixedDelay(latency)
                      .withBody(JSON.writeValueAsBytes(doc))));
      server.stubFor(
          get(urlPathEqualTo("/files/" + wheelName(name)))
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/octet-stream")
                      .withFixedDelay(latency)
                      .withBody(wheel)));
    }
    return names;
  }

  /** A small wheel with a module, METADATA, WHEEL and a RECORD that lists them all. */
  static byte[] wheel(String name) throws IOException {
    String module = name.replace('-', '_');
    String info = module + "-1.0.0.dist-info/";
    List<String[]> files = new ArrayList<>();
    StringBuilder code = new StringBuilder("\"\"\"A small module.\"\"\"\n\n");
    for (int f = 0; f < 40; f++) {
      code.append("def function_")
          .append(f)
          .append("(value):\n    return value * ")
          .append(f)
          .append("\n\n");
    }
    files.add(new String[] {module + "/__init__.py", code.toString()});
    files.add(
        new String[] {
          info + "METADATA",
          "Metadata-Version: 2.1\nName: "
              + name
              + "\nVersion: 1.0.0\nSummary: Does one useful thing"
              + " well\nAuthor: Ada Lovelace\nLicense-Expression: MIT\n\nA long description.\n"
        });
    files.add(
        new String[] {
          info + "WHEEL",
          "Wheel-Version: 1.0\nGenerator: harness\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        });
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      StringBuilder record = new StringBuilder();
      for (String[] f : files) {
        byte[] content = f[1].getBytes(StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(f[0]));
        zip.write(content);
        zip.closeEntry();
        String digest =
            Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(content));
        record
            .append(f[0])
            .append(",sha256=")
            .append(digest)
            .append(',')
            .append(content.length)
            .append('\n');
      }
      record.append(info).append("RECORD,,\n");
      zip.putNextEntry(new ZipEntry(info + "RECORD"));
      zip.write(record.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }
}
