package io.pkgguard.rules.content;

import static io.pkgguard.rules.Packages.wellKept;
import static io.pkgguard.rules.content.Distributions.inspected;
import static io.pkgguard.rules.content.Distributions.sdistFile;
import static io.pkgguard.rules.content.Distributions.wheelFile;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.Finding;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.RiskLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Recall of the {@code content} rule on the malicious corpus ({@code corpus/}): samples written
 * for pkgguard, each modelled on a published analysis of a real campaign or technique
 * ({@code corpus/sources.tsv}), inert, read as text and never run. Every sample is judged alone,
 * in the distribution kind it would arrive in, under the summary its package would claim.
 *
 * <p>Targets (issue 20, docs/detection.md): at least 95% found at MEDIUM or above, at least 85%
 * at HIGH or above. The samples marked {@code tuning} were written first and used to write the
 * patterns; each {@code held-out-N} set was written after a version of the patterns was final and
 * judged once under it before it was used for the next version: those first measurements, in
 * the documentation, are the honest estimate for new malware. The test holds every set but the
 * newest held-out one to the targets — a guard against losing what the patterns cover — and
 * writes the figures of every set, the newest included, to
 * target/detection/content-corpus-summary.tsv.
 * The per-sample results are written to {@code target/detection/content-corpus.tsv}.
 */
class MaliciousCorpusTest {

  private static final String CORPUS = "corpus/";

  /** One sample: what it does, where it sits in its distribution, and where it comes from. */
  record Sample(
      String id,
      String technique,
      String kind,
      String entry,
      String file,
      String source,
      String summary,
      String set) {}

  /** What the content rule made of one sample. */
  record Result(Sample sample, RiskLevel worst, Set<String> patterns) {}

  private final ContentRule rule = new ContentRule();

  static List<Sample> corpus() {
    List<Sample> samples = new ArrayList<>();
    for (String line : read("corpus.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      samples.add(new Sample(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
    }
    return samples;
  }

  static Map<String, String> sources() {
    Map<String, String> sources = new LinkedHashMap<>();
    for (String line : read("sources.tsv").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t", -1);
        sources.put(f[0], f[2]);
      }
    }
    return sources;
  }

  static String read(String name) {
    try (InputStream in = MaliciousCorpusTest.class.getResourceAsStream(CORPUS + name)) {
      if (in == null) {
        throw new IllegalStateException("missing corpus file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Result judge(Sample sample) {
    List<ArchiveEntry> entries =
        List.of(ArchiveEntry.textFile(sample.entry(), read(sample.file())));
    InspectedDistribution distribution =
        sample.kind().equals("sdist")
            ? inspected(sdistFile("pkg-2.0.tar.gz"), entries)
            : inspected(wheelFile("pkg-2.0-py3-none-any.whl"), entries);
    List<Finding> findings =
        rule.evaluate(
            Distributions.context(
                wellKept("pkg").summary(sample.summary()).build(),
                Map.of(),
                "content",
                distribution));
    RiskLevel worst =
        findings.stream().map(Finding::level).max(Enum::compareTo).orElse(RiskLevel.NONE);
    Set<String> patterns =
        findings.stream()
            .map(f -> String.valueOf(f.evidence().values().get("pattern")))
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    return new Result(sample, worst, patterns);
  }

  @Test
  void everySampleIsListedOnceAndCitesAKnownSource() {
    List<Sample> samples = corpus();
    Map<String, String> sources = sources();
    assertThat(samples).hasSizeGreaterThanOrEqualTo(100);
    assertThat(samples).extracting(Sample::id).doesNotHaveDuplicates();
    assertThat(samples).extracting(Sample::file).doesNotHaveDuplicates();
    for (Sample sample : samples) {
      assertThat(sources).as(sample.id()).containsKey(sample.source());
      assertThat(read(sample.file())).as(sample.file()).contains("pkgguard corpus " + sample.id());
      assertThat(sample.kind()).isIn("wheel", "sdist");
      assertThat(sample.set()).matches("tuning|held-out-[1-9][0-9]*");
    }
    assertThat(sources.values()).allSatisfy(address -> assertThat(address).startsWith("https://"));
  }

  /**
   * The newest held-out set: written after the patterns in force and not tuned on. Its recall is
   * a measurement (written to target/detection, reported in docs/detection.md), not held to the
   * targets: holding it there would force tuning on it, and it would no longer measure anything.
   */
  static String newestHeldOut(List<Sample> samples) {
    return samples.stream()
        .map(Sample::set)
        .filter(set -> set.startsWith("held-out-"))
        .max(Comparator.comparingInt(set -> Integer.parseInt(set.substring("held-out-".length()))))
        .orElse("");
  }

  @Test
  void whatThePatternsWereTunedOnIsFoundAtLeast95PercentAtMediumAnd85AtHigh() throws IOException {
    List<Sample> samples = corpus();
    List<Result> all = samples.stream().map(this::judge).toList();
    write(all);
    String measured = newestHeldOut(samples);
    List<Result> results = all.stream().filter(r -> !r.sample().set().equals(measured)).toList();
    long medium = results.stream().filter(r -> r.worst().compareTo(RiskLevel.MEDIUM) >= 0).count();
    long high = results.stream().filter(r -> r.worst().compareTo(RiskLevel.HIGH) >= 0).count();

    double mediumShare = 100.0 * medium / results.size();
    double highShare = 100.0 * high / results.size();
    String missed =
        results.stream()
            .filter(r -> r.worst().compareTo(RiskLevel.MEDIUM) < 0)
            .map(r -> r.sample().file())
            .collect(Collectors.joining(", "));
    assertThat(mediumShare).as("MEDIUM or above; missed: " + missed).isGreaterThanOrEqualTo(95.0);
    assertThat(highShare).as("HIGH or above").isGreaterThanOrEqualTo(85.0);
  }

  /** The per-sample table and a summary by technique, for docs/detection.md. */
  private static void write(List<Result> results) throws IOException {
    Path dir = Path.of("target", "detection");
    Files.createDirectories(dir);
    StringBuilder table = new StringBuilder("id\ttechnique\tworst\tpatterns\tfile\tset\n");
    Map<String, int[]> byTechnique = new TreeMap<>();
    for (Result r : results) {
      table
          .append(r.sample().id())
          .append('\t')
          .append(r.sample().technique())
          .append('\t')
          .append(r.worst())
          .append('\t')
          .append(String.join(",", r.patterns()))
          .append('\t')
          .append(r.sample().file())
          .append('\t')
          .append(r.sample().set())
          .append('\n');
      for (String key : List.of(r.sample().technique(), "all", "set " + r.sample().set())) {
        int[] counts = byTechnique.computeIfAbsent(key, t -> new int[3]);
        counts[0]++;
        counts[1] += r.worst().compareTo(RiskLevel.MEDIUM) >= 0 ? 1 : 0;
        counts[2] += r.worst().compareTo(RiskLevel.HIGH) >= 0 ? 1 : 0;
      }
    }
    Files.writeString(dir.resolve("content-corpus.tsv"), table.toString());
    StringBuilder summary = new StringBuilder("technique or set\tsamples\tmedium+\thigh+\n");
    byTechnique.forEach(
        (t, c) -> summary.append(t + "\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\n"));
    Files.writeString(dir.resolve("content-corpus-summary.tsv"), summary.toString());
  }
}
