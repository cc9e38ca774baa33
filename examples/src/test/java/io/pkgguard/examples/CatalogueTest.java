package io.pkgguard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.RuleSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in rules and the default policy on real, well-known PyPI projects: their recorded
 * index documents (src/test/resources/catalogue, sources in its sources.tsv and README.md), each
 * evaluated offline as of a date shortly after its newest upload. None may be rejected, and the
 * capability rule marks exactly the network, cryptography and system-level projects.
 *
 * <p>docs/rules/catalogue.md is the table this test produces; regenerate it with {@code mvn -B
 * verify -pl examples -am -Dpkgguard.writeDocs=true}.
 */
class CatalogueTest {

  private static final Path CATALOGUE = Path.of("src", "test", "resources", "catalogue");
  private static final Path TABLE = Path.of("..", "docs", "rules", "catalogue.md");

  /** The PyPA advisory database (2024-10-10), the offline advisory database of the catalogue. */
  private static final Path ADVISORIES =
      Path.of(
          "..",
          "advisories-osv",
          "src",
          "test",
          "resources",
          "osv",
          "pypa",
          "pypa-advisory-database-3ccb612.zip");

  /** What each project is, judged by what it does (not by what the rule says). */
  private static final Map<String, Set<String>> CAPABILITIES =
      Map.of(
          "aiohttp", Set.of("network"),
          "requests", Set.of("network"),
          "twisted", Set.of("network"),
          "hbmqtt", Set.of("network"),
          "discord-py", Set.of("network"),
          "bcrypt", Set.of("crypto"),
          "psutil", Set.of("system"));

  /**
   * How a document differs from what the index served (catalogue/README.md says why), and which
   * findings such a change alone causes, so that the table can tell them apart.
   */
  enum Edit {
    DESCRIPTION_BLANKED(
        "description-blanked", "metadata-quality", "the package has no long description"),
    FILES_FILTERED("files-filtered", "distribution-files", "only a source distribution"),
    SDIST_ONLY("sdist-only", "distribution-files", "only a source distribution"),
    RELEASES_SYNTHESIZED("releases-synthesized", "maintenance", "only pre-releases"),
    VULNERABILITIES_EMPTIED("vulnerabilities-emptied", "", ""),
    DIGESTS_REPLACED("digests-replaced", "", ""),
    FIELDS_TRIMMED("fields-trimmed", "", ""),
    HOSTS_REWRITTEN("hosts-rewritten", "", ""),
    ASSEMBLED("assembled", "", ""),
    UPLOAD_TIME_APPROXIMATE("upload-time-approximate", "", "");

    private final String tag;
    private final String rule;
    private final String messageStart;

    Edit(String tag, String rule, String messageStart) {
      this.tag = tag;
      this.rule = rule;
      this.messageStart = messageStart;
    }

    static Edit of(String tag) {
      for (Edit edit : values()) {
        if (edit.tag.equals(tag)) {
          return edit;
        }
      }
      throw new IllegalArgumentException("sources.tsv: unknown edit '" + tag + "'");
    }

    boolean causes(Finding finding) {
      return !rule.isEmpty()
          && finding.ruleId().equals(rule)
          && finding.message().startsWith(messageStart);
    }
  }

  @TempDir static Path mirror;

  private static List<Evaluated> catalogue;

  record Entry(
      String file,
      String project,
      String version,
      LocalDate asOf,
      String shape,
      String repository,
      String path,
      String commit,
      Set<Edit> edits) {

    static Entry parse(String line) {
      String[] f = line.split("\t", -1);
      if (f.length != 9) {
        throw new IllegalArgumentException("sources.tsv: 9 columns expected in: " + line);
      }
      Set<Edit> edits =
          java.util.Arrays.stream(f[8].split(","))
              .map(Edit::of)
              .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Edit.class)));
      return new Entry(f[0], f[1], f[2], LocalDate.parse(f[3]), f[4], f[5], f[6], f[7], edits);
    }
  }

  record Evaluated(Entry entry, Verdict verdict, Decision withoutArtefacts) {

    boolean isArtefact(Finding finding) {
      return entry.edits().stream().anyMatch(edit -> edit.causes(finding));
    }

    Set<String> capabilities() {
      return verdict.findingsOf("capability").stream()
          .map(f -> f.evidence().values().getOrDefault("kind", "?"))
          .collect(Collectors.toCollection(TreeSet::new));
    }

    Decision decision() {
      return verdict.decision();
    }

    /** The findings a user sees: everything above the NONE-level evidence. */
    List<Finding> concerns() {
      return verdict.findings().stream().filter(f -> f.level() != RiskLevel.NONE).toList();
    }
  }

  @BeforeAll
  static void evaluateEveryProject() throws IOException {
    List<Entry> entries =
        Files.readAllLines(CATALOGUE.resolve("sources.tsv")).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .map(Entry::parse)
            .toList();
    for (Entry entry : entries) {
      Path dir = Files.createDirectories(mirror.resolve(entry.project()));
      Files.copy(CATALOGUE.resolve(entry.file()), dir.resolve("json"));
    }
    catalogue = new ArrayList<>();
    // The projects' files are not at hand (only their index documents are), so the rules that
    // read files are off: this catalogue is what the metadata says.
    Policy policy =
        Policy.defaults()
            .withAdvisoryDatabase("pypa", ADVISORIES.toAbsolutePath().normalize().toUri())
            .withRule("content", new RuleSettings(false, Map.of()))
            .withRule("distribution-files", new RuleSettings(false, Map.of()));
    // One guard (the advisory database is loaded once); its clock is set to each project's date.
    SettableClock clock = new SettableClock();
    try (Guard guard =
        Guard.builder()
            .policy(policy)
            .index(PackageId.PYPI, mirror.toUri())
            .offline(true)
            .clock(clock)
            .build()) {
      for (Entry entry : entries) {
        clock.now = entry.asOf().atStartOfDay(ZoneOffset.UTC).toInstant();
        // Each project by itself: the mirror holds these projects, not their dependencies.
        Verdict verdict =
            guard
                .evaluateExactly(List.of(PackageRequest.of(PackageId.pypi(entry.project()))))
                .get(0);
        RiskLevel genuine =
            verdict.findings().stream()
                .filter(f -> entry.edits().stream().noneMatch(edit -> edit.causes(f)))
                .map(Finding::level)
                .max(Comparator.naturalOrder())
                .orElse(RiskLevel.NONE);
        catalogue.add(new Evaluated(entry, verdict, guard.policy().decisions().decide(genuine)));
      }
    }
  }

  /** A clock the test moves; the guard reads it once per evaluation. */
  private static final class SettableClock extends Clock {
    volatile java.time.Instant now = java.time.Instant.EPOCH;

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }

  @Test
  void holdsAtLeastFortyProjectsEachWithItsSource() throws IOException {
    assertThat(catalogue).hasSizeGreaterThanOrEqualTo(40);
    try (var files = Files.list(CATALOGUE)) {
      Set<String> documents =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .collect(Collectors.toSet());
      assertThat(catalogue)
          .extracting(e -> e.entry().file())
          .containsExactlyInAnyOrderElementsOf(documents);
    }
  }

  @Test
  void evaluatesEveryProjectCompletelyAtTheRecordedVersion() {
    assertThat(catalogue)
        .allSatisfy(
            e -> {
              assertThat(e.verdict().complete()).as(e.entry().project()).isTrue();
              assertThat(e.verdict().version())
                  .as(e.entry().project())
                  .contains(e.entry().version());
            });
  }

  @Test
  void rejectsNone() {
    assertThat(catalogue)
        .filteredOn(e -> e.verdict().decision() == Decision.REJECT)
        .extracting(
            e ->
                e.entry().project()
                    + ": "
                    + e.concerns().stream().map(f -> f.ruleId() + " " + f.message()).toList())
        .isEmpty();
  }

  @Test
  void marksExactlyTheNetworkCryptographyAndSystemProjects() {
    Map<String, Set<String>> marked =
        catalogue.stream()
            .filter(e -> !e.capabilities().isEmpty())
            .collect(Collectors.toMap(e -> e.entry().project(), Evaluated::capabilities));
    assertThat(marked).isEqualTo(CAPABILITIES);
  }

  @Test
  void docsShowTheResultingTable() throws IOException {
    String expected = table();
    if (Boolean.getBoolean("pkgguard.writeDocs")) {
      Files.writeString(TABLE, expected);
    }
    assertThat(Files.readString(TABLE))
        .as("%s is out of date; regenerate with -Dpkgguard.writeDocs=true", TABLE)
        .isEqualTo(expected);
  }

  private static String table() {
    StringBuilder out = new StringBuilder();
    out.append("# The built-in rules on real projects\n\n")
        .append(
            "Generated by `examples/src/test/java/io/pkgguard/examples/CatalogueTest.java`;"
                + " do not edit by hand.\n\n")
        .append(
            "Each project's index document (recorded, or assembled from the project's own"
                + " record; see [the catalogue's sources and edits]"
                + "(../../examples/src/test/resources/catalogue/README.md)) is served from a local"
                + " mirror and evaluated offline under the built-in policy, as of the date shown: 60"
                + " days after the newest upload in the document, which carries no recording date."
                + " Known vulnerabilities come from the PyPA advisory database of 2024-10-10 as the"
                + " offline advisory database, so old releases show advisories published after"
                + " the date shown: that is what installing them today would meet."
                + " Offline, download counts, the Simple API, provenance and account pages are"
                + " unknown, so every project has the `popularity` rule's unknown-downloads finding"
                + " (LOW), left out of the *findings* column. Findings marked † follow from how the"
                + " document was edited before it reached us (a blanked description, files left"
                + " out, no release history), not necessarily from the project. The projects'"
                + " files are not at hand, so the rules that read them (`content`,"
                + " `distribution-files`) are off here: see docs/content-rules.md for what they"
                + " make of real distributions.\n\n");
    out.append(catalogue.size())
        .append(" projects. As evaluated: ")
        .append(counts(Evaluated::decision))
        .append(". Not counting † findings: ")
        .append(counts(Evaluated::withoutArtefacts))
        .append(".\n\n");
    out.append("| project | version | as of | decision | capability | findings |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Evaluated e : catalogue) {
      String findings =
          e.concerns().stream()
              .filter(f -> !"capability".equals(f.ruleId()))
              .filter(f -> !("popularity".equals(f.ruleId()) && f.level() == RiskLevel.LOW))
              .map(
                  f ->
                      f.level()
                          + " "
                          + f.ruleId()
                          + ": "
                          + f.message().replace("|", "\\|")
                          + (e.isArtefact(f) ? " †" : ""))
              .collect(Collectors.joining("<br>"));
      out.append("| ")
          .append(e.entry().project())
          .append(" | ")
          .append(e.entry().version())
          .append(" | ")
          .append(e.entry().asOf())
          .append(" | ")
          .append(e.decision())
          .append(" | ")
          .append(String.join(", ", e.capabilities()))
          .append(" | ")
          .append(findings)
          .append(" |\n");
    }
    return out.toString();
  }

  private static String counts(java.util.function.Function<Evaluated, Decision> decision) {
    Map<Decision, Long> counts =
        catalogue.stream().collect(Collectors.groupingBy(decision, Collectors.counting()));
    List<String> parts = new ArrayList<>();
    for (Decision d : Decision.values()) {
      parts.add(counts.getOrDefault(d, 0L) + " " + d);
    }
    return String.join(", ", parts);
  }
}
