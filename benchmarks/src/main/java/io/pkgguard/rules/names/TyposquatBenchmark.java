package io.pkgguard.rules.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * One name checked against the 15,000 shipped popular names (target: median under 20 µs). In the
 * rule's package, because the matcher is not public API; {@link CorpusLoadBenchmark} measures the
 * start-up.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar TyposquatBenchmark
 * </pre>
 *
 * <p>Queries: {@code lookalike} are popular names with one random edit (most return a match
 * early); {@code unrelated} are two popular names' first halves joined with random letters
 * (most match nothing, so every check runs: the common case of a sweep).
 */
@State(Scope.Benchmark)
public class TyposquatBenchmark {

  @Param({"lookalike", "unrelated"})
  public String kind;

  private LookAlikeFinder finder;
  private String[] queries;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    PopularNameCorpus corpus = PopularNameCorpus.builtin("pypi");
    finder = new LookAlikeFinder(corpus, 1000);
    queries = queries(corpus, kind, 4096);
  }

  /** Deterministic query names of a kind. */
  static String[] queries(PopularNameCorpus corpus, String kind, int count) {
    Random random = new Random(20261127);
    List<PopularName> names = corpus.names();
    List<String> out = new ArrayList<>(count);
    while (out.size() < count) {
      String a = names.get(random.nextInt(names.size())).name();
      if (kind.equals("lookalike")) {
        StringBuilder b = new StringBuilder(a);
        int at = random.nextInt(b.length());
        switch (random.nextInt(3)) {
          case 0 -> b.deleteCharAt(at);
          case 1 -> b.insert(at, (char) ('a' + random.nextInt(26)));
          default -> b.setCharAt(at, (char) ('a' + random.nextInt(26)));
        }
        out.add(b.toString());
      } else {
        String c = names.get(random.nextInt(names.size())).name();
        out.add(
            a.substring(0, (a.length() + 1) / 2)
                + "-"
                + c.substring(c.length() / 2)
                + (char) ('a' + random.nextInt(26))
                + (char) ('a' + random.nextInt(26)));
      }
    }
    return out.toArray(String[]::new);
  }

  /** One check; SampleTime reports its distribution, the median is the figure. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public Object oneName() {
    String query = queries[next];
    next = (next + 1) & (queries.length - 1);
    return finder.find(query);
  }
}
