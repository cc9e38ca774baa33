package io.pkgguard.benchmarks;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Release;
import io.pkgguard.api.RuleContext;
import io.pkgguard.core.inspection.ArchiveReader;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.rules.content.ContentRule;
import io.pkgguard.rules.content.DistributionFilesRule;
import io.pkgguard.source.pypi.names.PythonNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
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
 * Reading a distribution file (issue 8). A synthetic wheel of {@code megabytes} MB (Python modules
 * and native libraries, as in a scientific package) is (1) merely decompressed with the same
 * library, every entry read to its end: the baseline; (2) inspected by the {@link ArchiveReader}
 * (structure checks, SHA-256 of every entry for RECORD, magic numbers, text kept for the rules),
 * on every core as the Guard does it and on the calling thread alone; (3) judged: inspected, then
 * the {@code distribution-files} and {@code content} rules run on it. Targets: inspecting within
 * 2 times the baseline; a 50 MB wheel judged in under a second. The forks run with {@code
 * -Xmx256m}: memory stays bounded whatever the archive's size.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ArchiveBenchmark -f 2 -i 15 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ArchiveBenchmark {

  @Param({"50"})
  public int megabytes;

  private Path directory;
  private Path wheel;
  private DistributionFile described;
  private ArchiveReader reader;
  private ArchiveReader oneThreadReader;
  private PackageMetadata metadata;

  @Setup
  public void setUp() {
    try {
      directory = Files.createTempDirectory("pkgguard-bench-archive");
      wheel =
          SyntheticWheel.write(
              directory.resolve("demo-1.0-cp312-cp312-manylinux_2_17_x86_64" + ".whl"),
              megabytes,
              0.2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    described =
        DistributionFile.of(
            wheel.getFileName().toString(), wheel.toUri(), DistributionFile.Kind.WHEEL);
    reader = new ArchiveReader(Policy.defaults().inspection().archive());
    oneThreadReader = new ArchiveReader(Policy.defaults().inspection().archive(), 1);
    metadata =
        PackageMetadata.builder(PackageId.pypi("demo"), "1.0", URI.create("file:///demo"))
            .releases(List.of(new Release("1.0", List.of(described))))
            .files(List.of(described))
            .build();
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(wheel);
    Files.deleteIfExists(directory);
  }

  /** The size of the file, for the report. */
  long fileBytes() throws IOException {
    return Files.size(wheel);
  }

  @Benchmark
  public long decompressOnly() throws Exception {
    return readEveryEntry(false);
  }

  /**
   * The baseline plus the SHA-256 of every entry, which inspecting a wheel cannot skip (its RECORD
   * lists one for each file): how much of inspecting is that hashing.
   */
  @Benchmark
  public long decompressAndHash() throws Exception {
    return readEveryEntry(true);
  }

  private long readEveryEntry(boolean hash) throws Exception {
    long total = 0;
    byte[] chunk = new byte[64 * 1024];
    try (SeekableByteChannel channel = Files.newByteChannel(wheel);
        // Opened as the inspector opens it (local headers read only with each entry's data).
        ZipFile zip =
            ZipFile.builder()
                .setSeekableByteChannel(channel)
                .setIgnoreLocalFileHeader(true)
                .get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
        java.security.MessageDigest digest =
            hash ? java.security.MessageDigest.getInstance("SHA-256") : null;
        try (InputStream in = zip.getInputStream(entry)) {
          int read;
          while ((read = in.read(chunk)) > 0) {
            if (digest != null) {
              digest.update(chunk, 0, read);
            }
            total += read;
          }
        }
        if (digest != null) {
          total += digest.digest()[0];
        }
      }
    }
    return total;
  }

  @Benchmark
  public InspectedDistribution inspect() {
    return reader.read(wheel, described, "00");
  }

  /** Inspecting with every entry read on the calling thread: the work, without the lanes. */
  @Benchmark
  public InspectedDistribution inspectOnOneThread() {
    return oneThreadReader.read(wheel, described, "00");
  }

  @Benchmark
  public List<Finding> judge() {
    InspectedDistribution inspected = reader.read(wheel, described, "00");
    RuleContext context =
        RuleContext.builder(PackageRequest.of(metadata.id()))
            .metadata(metadata)
            .names(PythonNames.scheme())
            .parameters(io.pkgguard.api.RuleParameters.empty())
            .distributions(List.of(inspected))
            .build();
    List<Finding> findings = new ArrayList<>(new DistributionFilesRule().evaluate(context));
    findings.addAll(new ContentRule().evaluate(context));
    return findings;
  }
}
