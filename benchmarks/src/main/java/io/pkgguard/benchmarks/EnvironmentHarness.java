package io.pkgguard.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.PolicyLoader;
import io.pkgguard.core.transport.JdkHttpTransport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A whole environment with content inspection against the bare fetch of the same documents and
 * files (issue 22). A small loopback HTTP server (the JDK's, so that serving costs next to no CPU
 * on the machine measured) answers every request after {@code --latency} ms; each of {@code
 * --packages} projects has a JSON document and one small, well-formed wheel its document points
 * at. pkgguard judges them all exactly (as {@code check -r pylock.toml} does: index document,
 * wheel downloaded, digest checked, read, every rule) with a new guard each round; the baseline
 * is a plain thread pool fetching the same document and wheel per package under the same limits.
 * Rounds alternate; medians and their ratio are printed.
 *
 * <p>Two ways to see the index: {@code --where local} (the default) gives the guard the loopback
 * URL, as a local mirror is configured; {@code --where remote} names the real hosts ({@code
 * https://pypi.org/pypi}, documents pointing at {@code https://files.pythonhosted.org}) and gives
 * the guard a transport that carries each request to the loopback server instead, so the limits
 * the guard applies to remote hosts apply. With pypi.org the built-in policy also asks the Simple
 * API (project status, provenance) and pypistats.org (downloads) about each package; the server
 * answers those too, with bodies shaped as those services document them, and the baseline then
 * fetches the same four per package under the same per-host limit.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.pkgguard.benchmarks.EnvironmentHarness \
 *     --packages 300 --latency 30 --rounds 3 [--concurrency 16] [--per-host 16] [--where remote]
 * </pre>
 */
public final class EnvironmentHarness {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INDEX_HOST = "pypi.org";
  private static final String FILES_HOST = "files.pythonhosted.org";

  private EnvironmentHarness() {}

  /** The harness's settings, from {@code --name value} pairs. */
  record Settings(
      int packages,
      int latency,
      int rounds,
      Optional<Integer> concurrency,
      Optional<Integer> perHost,
      boolean remote) {

    static Settings parse(String[] args) {
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i + 1 < args.length; i += 2) {
        if (!args[i].startsWith("--")) {
          throw new IllegalArgumentException("expected --name value, got " + args[i]);
        }
        values.put(args[i].substring(2), args[i + 1]);
      }
      if (args.length % 2 != 0) {
        throw new IllegalArgumentException("a value is missing after " + args[args.length - 1]);
      }
      String where = values.getOrDefault("where", "local");
      if (!where.equals("local") && !where.equals("remote")) {
        throw new IllegalArgumentException("--where is local or remote, not " + where);
      }
      return new Settings(
          Integer.parseInt(values.getOrDefault("packages", "300")),
          Integer.parseInt(values.getOrDefault("latency", "30")),
          Integer.parseInt(values.getOrDefault("rounds", "3")),
          Optional.ofNullable(values.get("concurrency")).map(Integer::valueOf),
          Optional.ofNullable(values.get("per-host")).map(Integer::valueOf),
          where.equals("remote"));
    }

    String policyLimits() {
      StringBuilder limits = new StringBuilder("[limits]\n");
      concurrency.ifPresent(c -> limits.append("concurrency = ").append(c).append('\n'));
      perHost.ifPresent(c -> limits.append("per-host-concurrency = ").append(c).append('\n'));
      return limits.toString();
    }
  }

  /**
   * Runs the comparison.
   *
   * @param args {@code --packages}, {@code --latency} (ms), {@code --rounds}, and optionally
   *     {@code --concurrency}, {@code --per-host} (the policy's limits; the built-in ones if
   *     absent) and {@code --where local|remote}
   * @throws Exception if the harness itself fails
   */
  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    // Without it, the server's header and body writes meet delayed ACKs: 40 ms more per request.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    ExecutorService serving = Executors.newFixedThreadPool(128);
    server.setExecutor(serving);
    String loopback = "http://127.0.0.1:" + server.getAddress().getPort();
    String files = settings.remote() ? "https://" + FILES_HOST : loopback;
    Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    List<String> names = serve(bodies, settings.packages(), files);
    List<String> paths = new ArrayList<>(List.of("/pypi/%s/json", "/files/%s"));
    if (settings.remote()) {
      paths.addAll(List.of("/simple/%s/", "/api/packages/%s/recent"));
    }
    Map<String, java.util.concurrent.atomic.LongAdder> served = new ConcurrentHashMap<>();
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getRawPath();
          String kind = path.substring(0, path.indexOf('/', 1) + 1);
          served
              .computeIfAbsent(kind, k -> new java.util.concurrent.atomic.LongAdder())
              .increment();
          answer(exchange, bodies, settings.latency());
        });
    server.start();
    try {
      Policy policy =
          PolicyLoader.parse(
              settings.policyLimits()
                  + "[advisories.osv]\nenabled = false\n"
                  + "[sources.pypi.options]\nprevious-release = \"false\"\n"
                  + "[store]\ntype = \"none\"\n",
              "harness.toml");
      int concurrency = policy.limits().concurrency();
      // The bare fetch holds the limits the guard holds: a loopback index is not limited per host.
      int perHost = settings.remote() ? policy.limits().perHostConcurrency() : concurrency;
      URI index = URI.create((settings.remote() ? "https://" + INDEX_HOST : loopback) + "/pypi");
      List<Long> bare = new ArrayList<>();
      List<Long> guarded = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(concurrency);
      HttpClient client = HttpClient.newHttpClient();
      try (JdkHttpTransport transport =
          JdkHttpTransport.create(Duration.ofSeconds(10), policy.limits().maxResponseBytes())) {
        HttpTransport toServer = settings.remote() ? toLoopback(transport, loopback) : transport;
        for (int round = 0; round <= settings.rounds(); round++) {
          long start = System.nanoTime();
          bareFetch(pool, client, loopback, names, paths, perHost);
          long bareMs = (System.nanoTime() - start) / 1_000_000;
          String bareRequests = new java.util.TreeMap<>(served).toString();
          served.clear();
          start = System.nanoTime();
          List<Verdict> verdicts = judge(policy, index, toServer, names);
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
          System.out.printf(
              "round %d: bare %d ms, pkgguard %d ms; requests: bare %s, pkgguard %s%n",
              round, bareMs, guardMs, bareRequests, new java.util.TreeMap<>(served));
          served.clear();
        }
      } finally {
        pool.shutdownNow();
      }
      long b = median(bare);
      long g = median(guarded);
      System.out.printf(
          "%d packages, %d ms latency, %s index, concurrency %d, per host %d: bare median %d ms,"
              + " pkgguard median %d ms, ratio %.2f%n",
          settings.packages(),
          settings.latency(),
          settings.remote() ? "remote" : "local",
          concurrency,
          perHost,
          b,
          g,
          (double) g / b);
    } finally {
      server.stop(0);
      serving.shutdownNow();
    }
  }

  private static List<Verdict> judge(
      Policy policy, URI index, HttpTransport transport, List<String> names) {
    try (Guard guard =
        Guard.builder().policy(policy).transport(transport).index(PackageId.PYPI, index).build()) {
      List<PackageRequest> requests = new ArrayList<>();
      for (String name : names) {
        requests.add(PackageRequest.of(PackageId.pypi(name), "1.0.0"));
      }
      return guard.evaluateExactly(requests);
    }
  }

  /** Carries requests for the real hosts to the loopback server; answers as those hosts. */
  private static HttpTransport toLoopback(HttpTransport transport, String loopback) {
    return request -> {
      URI uri = request.uri();
      URI local = URI.create(loopback + uri.getRawPath());
      TransportResponse answer = transport.get(request.withUri(local));
      return new TransportResponse(answer.status(), answer.headers(), answer.body(), uri);
    };
  }

  /**
   * Fetches each package's {@code paths} (formats of the name; a wheel's path of its file name)
   * in turn, at most {@code perHost} requests at once per kind of path (as per host).
   */
  private static void bareFetch(
      ExecutorService pool,
      HttpClient client,
      String base,
      List<String> names,
      List<String> paths,
      int perHost)
      throws Exception {
    // The JSON and Simple APIs are one host (pypi.org); the files and the statistics two more.
    Semaphore index = new Semaphore(perHost);
    List<Semaphore> hosts = new ArrayList<>();
    paths.forEach(
        p ->
            hosts.add(
                p.startsWith("/pypi/") || p.startsWith("/simple/")
                    ? index
                    : new Semaphore(perHost)));
    List<Future<Integer>> results = new ArrayList<>();
    for (String name : names) {
      results.add(
          pool.submit(
              () -> {
                int bytes = 0;
                for (int i = 0; i < paths.size(); i++) {
                  String path = paths.get(i);
                  String url =
                      base
                          + String.format(
                              path, path.startsWith("/files/") ? wheelName(name) : name);
                  bytes += fetch(client, url, hosts.get(i)).length;
                }
                return bytes;
              }));
    }
    for (Future<Integer> r : results) {
      r.get();
    }
  }

  private static byte[] fetch(HttpClient client, String url, Semaphore host) throws Exception {
    host.acquire();
    try {
      return client
          .send(
              HttpRequest.newBuilder(URI.create(url)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray())
          .body();
    } finally {
      host.release();
    }
  }

  /** Answers one request from {@code bodies} after {@code latency} ms. */
  private static void answer(HttpExchange exchange, Map<String, byte[]> bodies, int latency)
      throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      if (latency > 0) {
        Thread.sleep(latency);
      }
      byte[] body = bodies.get(exchange.getRequestURI().getRawPath());
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String path = exchange.getRequestURI().getRawPath();
      exchange
          .getResponseHeaders()
          .add(
              "Content-Type",
              path.startsWith("/simple/")
                  ? "application/vnd.pypi.simple.v1+json"
                  : path.startsWith("/files/") ? "application/octet-stream" : "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  static String wheelName(String name) {
    return name.replace('-', '_') + "-1.0.0-py3-none-any.whl";
  }

  /** Puts every project's document and wheel into {@code bodies}; {@return the names} */
  private static List<String> serve(Map<String, byte[]> bodies, int packages, String files)
      throws Exception {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < packages; i++) {
      String name = "envlib-" + i;
      names.add(name);
      byte[] wheel = wheel(name);
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wheel));
      bodies.put(
          "/pypi/" + name + "/json", document(name, files + "/files/" + wheelName(name), wheel));
      bodies.put("/files/" + wheelName(name), wheel);
      // PEP 691's JSON form, as Warehouse serves it (https://peps.python.org/pep-0691/).
      ObjectNode simple = JSON.createObjectNode();
      simple.putObject("meta").put("api-version", "1.1");
      simple.put("name", name);
      ObjectNode simpleFile = simple.putArray("files").addObject();
      simpleFile.put("filename", wheelName(name));
      simpleFile.put("url", files + "/files/" + wheelName(name));
      simpleFile.putObject("hashes").put("sha256", sha);
      simpleFile.put("upload-time", "2024-01-15T10:00:00.000000Z");
      simple.putArray("versions").add("1.0.0");
      bodies.put("/simple/" + name + "/", JSON.writeValueAsBytes(simple));
      // pypistats.org's documented answer to /api/packages/{name}/recent.
      ObjectNode stats = JSON.createObjectNode();
      stats.putObject("data").put("last_day", 1200).put("last_week", 9000).put("last_month", 40000);
      stats.put("package", name);
      stats.put("type", "recent_downloads");
      bodies.put("/api/packages/" + name + "/recent", JSON.writeValueAsBytes(stats));
    }
    return names;
  }

  /**
   * A project's JSON API document (the fields PyPI's JSON API serves that the rules read): one
   * release, 1.0.0, with one wheel at {@code fileUrl}; {@return its bytes}
   */
  static byte[] document(String name, String fileUrl, byte[] wheel) throws Exception {
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
    file.put("url", fileUrl);
    file.putObject("digests").put("sha256", sha);
    file.put("size", wheel.length);
    file.put("upload_time_iso_8601", "2024-01-15T10:00:00Z");
    file.put("yanked", false);
    doc.putObject("releases").set("1.0.0", urls);
    doc.putArray("vulnerabilities");
    return JSON.writeValueAsBytes(doc);
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
