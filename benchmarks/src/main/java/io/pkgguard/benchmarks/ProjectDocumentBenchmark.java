package io.pkgguard.benchmarks;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.source.pypi.json.PypiJsonSource;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a 5 MB project document (boto3's size) into {@link PackageMetadata}: JSON parsing with
 * the hostile-input limits on, and the mapping of every release and file. The body is served from
 * memory, so only parsing and mapping are measured. Target: median under 50 ms, under 50 MB
 * allocated per document.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ProjectDocumentBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ProjectDocumentBenchmark {

  static final int FIVE_MEGABYTES = 5 * 1024 * 1024;

  private PypiJsonSource source;
  private PackageRequest request;
  private int documentBytes;

  @Setup
  public void setUp() {
    byte[] document = SyntheticProject.document("boto3", FIVE_MEGABYTES);
    documentBytes = document.length;
    HttpTransport inMemory =
        r ->
            new TransportResponse(
                200, Map.of("Content-Type", List.of("application/json")), document, r.uri());
    URI base = URI.create("https://pypi.org/pypi");
    source =
        PypiJsonSource.create(
            new SourceSettings(
                new SourceDescriptor("pypi", "pypi", base, Set.of("files.pythonhosted.org")),
                inMemory,
                Clock.systemUTC(),
                Map.of()));
    request = PackageRequest.of(PackageId.pypi("boto3"));
  }

  /** The size of the document parsed, for the report. */
  public int documentBytes() {
    return documentBytes;
  }

  @Benchmark
  public PackageMetadata readProjectDocument() throws SourceException {
    return source.fetch(request);
  }
}
