package io.pkgguard.rules.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Runs the typosquat benchmark bodies once, outside JMH, so they keep working. No timing. */
class TyposquatBenchmarkSmokeTest {

  @Test
  void lookAlikeQueriesMostlyMatchAndUnrelatedOnesMostlyDoNot() {
    PopularNameCorpus corpus =
        new CorpusLoadBenchmark().corpusLoad() instanceof PopularNameCorpus c ? c : null;
    assertThat(corpus).isNotNull();
    LookAlikeFinder finder = new LookAlikeFinder(corpus, 1000);
    long lookAlikes =
        Arrays.stream(TyposquatBenchmark.queries(corpus, "lookalike", 1000))
            .filter(q -> finder.find(q).isPresent())
            .count();
    long unrelated =
        Arrays.stream(TyposquatBenchmark.queries(corpus, "unrelated", 1000))
            .filter(q -> finder.find(q).isPresent())
            .count();
    assertThat(lookAlikes).isGreaterThan(500);
    assertThat(unrelated).isLessThan(300);

    TyposquatBenchmark benchmark = new TyposquatBenchmark();
    benchmark.kind = "unrelated";
    benchmark.setUp();
    assertThat(benchmark.oneName()).isNotNull();
  }

  @Test
  void theStartUpBodiesRun() {
    CorpusLoadBenchmark startUp = new CorpusLoadBenchmark();
    assertThat(startUp.corpusLoadAndOneName())
        .isEqualTo(
            java.util.Optional.of(
                new LookAlikeFinder(TyposquatRule.builtinCorpus("pypi"), 1000)
                    .find("reqeusts")
                    .get()));
    assertThat(startUp.corpusLoadAndIndex()).isInstanceOf(LookAlikeFinder.class);
  }
}
