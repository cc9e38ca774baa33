package io.pkgguard.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.core.transport.HostTrust;
import io.pkgguard.core.transport.JdkHttpTransport;
import io.pkgguard.core.transport.TrustedTransport;
import io.pkgguard.source.conda.channel.CondaChannelSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A conda-forge-sized channel from a {@code file:} directory: a synthetic {@code linux-64}
 * repodata.json of RECORDS records over NAMES package names, each record shaped like
 * conda-forge's (name, version, build, build number, three depends, licence, md5, sha256, size,
 * subdir, timestamp). Measures, in one process: a bare streaming pass over the file with
 * Jackson (the baseline: reading it at all), the first evaluation's fetch (copying the file into
 * the source's cache and indexing it), the cached fetches after it (median and p90 of 500 names),
 * and the heap the index keeps.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.pkgguard.benchmarks.RepodataHarness [RECORDS] [NAMES]
 * </pre>
 * Defaults: 1,000,000 records over 30,000 names (conda-forge's linux-64 order of magnitude).
 */
public final class RepodataHarness {

  private RepodataHarness() {}

  /**
   * Runs it.
   *
   * @param args records, names
   * @throws Exception if the channel cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int names = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
    Path channel = Files.createTempDirectory("pkgguard-channel-");
    Path repodata = write(channel, records, names);
    System.out.printf(
        "repodata.json: %,d records, %,d names, %,d bytes%n", records, names, Files.size(repodata));
    long[] bare = new long[3];
    for (int i = 0; i < bare.length; i++) {
      long start = System.nanoTime();
      long tokens = bareRead(repodata);
      bare[i] = System.nanoTime() - start;
      if (tokens == 0) {
        throw new IllegalStateException("nothing read");
      }
    }
    Arrays.sort(bare);
    System.out.printf("bare streaming read (median of 3): %,d ms%n", bare[1] / 1_000_000);

    long heapBefore = usedHeap();
    try (JdkHttpTransport http = JdkHttpTransport.create(Duration.ofSeconds(5), 4L << 30)) {
      SourceDescriptor descriptor =
          new SourceDescriptor("channel", "conda", channel.toUri(), Set.of());
      TrustedTransport transport =
          new TrustedTransport(
              http,
              HostTrust.forIndex(channel.toUri(), Set.of()),
              4L << 30,
              Duration.ofMinutes(10));
      CondaChannelSource source =
          CondaChannelSource.create(
              new SourceSettings(
                  descriptor,
                  transport,
                  Clock.systemUTC(),
                  Map.of("cache-dir", Files.createTempDirectory("pkgguard-cache-").toString())));
      TargetEnvironment linux = TargetEnvironment.of(Map.of("subdir", "linux-64"));
      long start = System.nanoTime();
      source.fetch(request("p1", linux));
      long first = System.nanoTime() - start;
      System.out.printf(
          "first fetch (copy + index + one name): %,d ms (%.2fx the bare read)%n",
          first / 1_000_000, (double) first / bare[1]);
      Random random = new Random(7);
      long[] cached = new long[500];
      for (int i = 0; i < cached.length; i++) {
        String name = "p" + random.nextInt(names);
        long t = System.nanoTime();
        source.fetch(request(name, linux));
        cached[i] = System.nanoTime() - t;
      }
      Arrays.sort(cached);
      System.out.printf(
          "cached fetch of one name: median %.2f ms, p90 %.2f ms (%d records a name)%n",
          cached[250] / 1e6, cached[450] / 1e6, records / names);
      long heapAfter = usedHeap();
      System.out.printf(
          "heap kept by the index: %,d MB (max heap %,d MB)%n",
          (heapAfter - heapBefore) >> 20, Runtime.getRuntime().maxMemory() >> 20);
      if (source.channel() == null) {
        throw new IllegalStateException();
      }
    }
  }

  private static PackageRequest request(String name, TargetEnvironment target) {
    return PackageRequest.of(new PackageId("conda", name)).withEnvironment(target);
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long bareRead(Path file) throws IOException {
    long tokens = 0;
    try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  private static Path write(Path channel, int records, int names) throws IOException {
    Files.createDirectories(channel.resolve("noarch"));
    Files.writeString(
        channel.resolve("noarch/repodata.json"),
        "{\"info\": {\"subdir\": \"noarch\"}, \"packages\": {}, \"packages.conda\": {}}");
    Path file = channel.resolve("linux-64/repodata.json");
    Files.createDirectories(file.getParent());
    Random random = new Random(42);
    HexFormat hex = HexFormat.of();
    byte[] digest = new byte[32];
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"info\": {\"subdir\": \"linux-64\"}, \"packages\": {}, \"packages.conda\": {");
      for (int i = 0; i < records; i++) {
        String name = "p" + (i % names);
        int build = i / names;
        String version = (1 + build / 10) + "." + (build % 10) + ".0";
        String buildString = "py312h" + Integer.toHexString(0x1000000 + i) + "_" + (build % 3);
        random.nextBytes(digest);
        String sha = hex.formatHex(digest);
        out.write(i == 0 ? "\n" : ",\n");
        out.write(
            "\""
                + name
                + "-"
                + version
                + "-"
                + buildString
                + ".conda\": {\"build\": \""
                + buildString
                + "\", \"build_number\": "
                + (build % 3)
                + ", \"depends\": [\"libgcc >=13\", \"python >=3.12,<3.13.0a0\", \"python_abi"
                + " 3.12.* *_cp312\"], \"license\": \"BSD-3-Clause\", \"license_family\":"
                + " \"BSD\", \"md5\": \""
                + sha.substring(0, 32)
                + "\", \"name\": \""
                + name
                + "\", \"sha256\": \""
                + sha
                + "\", \"size\": "
                + (10_000 + random.nextInt(1_000_000))
                + ", \"subdir\": \"linux-64\", \"timestamp\": "
                + (1_700_000_000_000L + i)
                + ", \"version\": \""
                + version
                + "\"}");
      }
      out.write("\n}, \"removed\": [], \"repodata_version\": 1}\n");
    }
    return file;
  }
}
