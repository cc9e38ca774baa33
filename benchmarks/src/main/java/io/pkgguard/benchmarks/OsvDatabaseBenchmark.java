package io.pkgguard.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.advisories.osv.matching.OsvMatcher;
import io.pkgguard.advisories.osv.model.OsvFormatException;
import io.pkgguard.advisories.osv.model.OsvRecordReader;
import io.pkgguard.advisories.osv.offline.OsvDatabase;
import io.pkgguard.advisories.osv.offline.ZipLimits;
import io.pkgguard.api.Advisory;
import io.pkgguard.api.PackageId;
import io.pkgguard.source.pypi.PypiEcosystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The offline advisory database (issue 6): loading and indexing an archive of 20,000 OSV records
 * (target under 2 s), and one lookup — every record of a package matched against a version
 * (target median under 50 µs). The archive is built from the real PyPA advisory database (see
 * {@link SyntheticAdvisoryDatabase}); lookups take its packages uniformly at random, each with
 * one of its listed versions. {@link #lookupHeaviest} asks for the package with the most records,
 * the worst case.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar OsvDatabaseBenchmark
 * </pre>
 */
public class OsvDatabaseBenchmark {

  static final OsvMatcher MATCHER =
      new OsvMatcher(Map.of(PackageId.PYPI, new PypiEcosystem()), "offline");

  /** The archive, built once. */
  @State(Scope.Benchmark)
  public static class Archive {
    @Param("20000")
    public int records;

    byte[] zip;

    @Setup(Level.Trial)
    public void build() {
      zip = SyntheticAdvisoryDatabase.zip(records);
    }
  }

  /** A loaded database and the package versions to look up. */
  @State(Scope.Benchmark)
  public static class Loaded {
    OsvDatabase database;
    List<String[]> queries = new ArrayList<>();
    int next;

    @Setup(Level.Trial)
    public void load(Archive archive) throws OsvFormatException {
      database =
          OsvDatabase.load(
              archive.zip, "bench.zip", MATCHER, new OsvRecordReader(), ZipLimits.defaults());
      // Packages uniformly (as an environment's packages are), each with one of its listed
      // versions: a package with many records is as likely as one with a single record.
      java.util.Random random = new java.util.Random(42);
      Map<String, List<String>> versionsByPackage = new java.util.TreeMap<>();
      for (ObjectNode record : SyntheticAdvisoryDatabase.pypaRecords()) {
        JsonNode affected = record.path("affected").path(0);
        List<String> versions =
            versionsByPackage.computeIfAbsent(
                affected.path("package").path("name").asText(), k -> new ArrayList<>());
        affected.path("versions").forEach(v -> versions.add(v.asText()));
      }
      List<String> packages = new ArrayList<>(versionsByPackage.keySet());
      while (queries.size() < 4096) {
        String name = packages.get(random.nextInt(packages.size()));
        List<String> versions = versionsByPackage.get(name);
        queries.add(
            new String[] {
              name, versions.isEmpty() ? "1.0" : versions.get(random.nextInt(versions.size()))
            });
      }
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 10)
  @Fork(1)
  public OsvDatabase loadAndIndex(Archive archive) throws OsvFormatException {
    return OsvDatabase.load(
        archive.zip, "bench.zip", MATCHER, new OsvRecordReader(), ZipLimits.defaults());
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 3)
  @Fork(1)
  public List<Advisory> lookupHeaviest(Loaded loaded) {
    return loaded.database.advisories(PackageId.pypi("tensorflow"), "2.4.0");
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 3)
  @Fork(1)
  public List<Advisory> lookup(Loaded loaded) {
    String[] q = loaded.queries.get(loaded.next++ & 4095);
    return loaded.database.advisories(PackageId.pypi(q[0]), q[1]);
  }
}
