package io.pkgguard.rules.names;

import io.pkgguard.api.DownloadCounts;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.TextFile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Names that imitate popular projects ({@code reqeusts}, {@code colourama}, {@code py-torch},
 * {@code requests2}, {@code numpy-utils}), found by {@link LookAlikeFinder} against the shipped
 * list of the most downloaded projects plus the policy's own corpus files.
 *
 * <p>The level weighs the name evidence against the candidate's own standing. Name evidence: a
 * close look-alike (separators, homoglyphs, Unicode, a version suffix, an added or exchanged
 * Python affix, one edit of a long name, a typing slip in a short one) of a name within {@code
 * critical-rank} is CRITICAL; a close look-alike of a less prominent name, a weak one (two
 * edits, an arbitrary letter in a short name, a dropped affix) of a prominent name, and a
 * combination with a generic word or another popular name are MEDIUM. Standing:
 * a candidate with at least {@code established-downloads} downloads last month is LOW (it is
 * well established in its own right, and the finding only notes the resemblance); one whose
 * first release is older than {@code established-days} drops to at most MEDIUM. Without
 * metadata (as in {@code pkgguard scan-names}) the candidate counts as new and unpopular. Names
 * that are themselves in the corpus, or in {@code allow}, are never flagged.
 */
@RuleDefinition(
    id = "typosquat",
    summary = "The name does not imitate a popular project (typos, homoglyphs, affixes, combos)",
    level = RiskLevel.CRITICAL,
    category = RiskCategory.NAME,
    explanation =
        "Typosquatting publishes malware under names one slip away from popular"
            + " projects: swapped or doubled letters, look-alike characters, an added py- prefix, a"
            + " version number, or the popular name glued to a generic word. A close look-alike of a"
            + " top project that is itself new or unknown is rejected; weaker resemblances are"
            + " reviewed, and established projects only get a note.",
    parameters = {
      @ParameterDefinition(
          name = "corpus-files",
          type = ParameterDefinition.Type.FILES,
          summary =
              "more names to protect, one per line with an optional rank and TAB (your"
                  + " internal packages); relative to the policy file"),
      @ParameterDefinition(
          name = "allow",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.EXEMPTS,
          summary = "project names never reported as look-alikes",
          defaultValue = "[]"),
      @ParameterDefinition(
          name = "critical-rank",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.LOWER_WEAKENS,
          summary =
              "names ranked this high or higher are prominent: close look-alikes of them"
                  + " are CRITICAL, weak ones and combinations MEDIUM",
          defaultValue = "1000"),
      @ParameterDefinition(
          name = "established-downloads",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.LOWER_WEAKENS,
          summary = "candidates with this many downloads last month are LOW",
          defaultValue = "50000"),
      @ParameterDefinition(
          name = "established-days",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.LOWER_WEAKENS,
          summary = "candidates first released longer ago are at most MEDIUM",
          defaultValue = "1095")
    })
public final class TyposquatRule implements SecurityRule {

  static final long DEFAULT_CRITICAL_RANK = 1000;
  static final long DEFAULT_ESTABLISHED_DOWNLOADS = 50_000;
  static final long DEFAULT_ESTABLISHED_DAYS = 1095;

  private static final Map<String, PopularNameCorpus> BUILTIN = new ConcurrentHashMap<>();

  /**
   * Finders are immutable and their keys compare corpus files by content, so every guard of the
   * process shares them: building one takes about 15 ms and 20 MB, which a host that builds a guard
   * per project or request would otherwise pay each time. The few most recently used are kept.
   */
  private static final Map<FinderKey, LookAlikeFinder> FINDERS =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<FinderKey, LookAlikeFinder> eldest) {
              return size() > MAX_FINDERS;
            }
          });

  private static final int MAX_FINDERS = 8;

  @Override
  public List<Finding> evaluate(RuleContext context) {
    RuleParameters parameters = context.parameters();
    String name = context.request().id().name();
    String normalized = NameForms.normalize(name);
    Set<String> allowed =
        parameters.texts("allow", List.of()).stream()
            .map(NameForms::normalize)
            .collect(Collectors.toSet());
    if (allowed.contains(normalized)) {
      return List.of();
    }
    long criticalRank = parameters.number("critical-rank", DEFAULT_CRITICAL_RANK);
    LookAlikeFinder finder =
        finder(context.request().id().ecosystem(), parameters.files("corpus-files"), criticalRank);
    Optional<LookAlike> found = finder.find(name);
    if (found.isEmpty()) {
      return List.of();
    }
    LookAlike lookAlike = found.get();
    Optional<RiskLevel> evidence = nameEvidence(lookAlike, criticalRank);
    if (evidence.isEmpty()) {
      return List.of();
    }
    Standing standing = standing(context, parameters);
    RiskLevel level = standing.adjust(evidence.get());
    PopularName target = lookAlike.target();
    String shown = NameFormatRule.shown(name);
    return List.of(
        finding(
                level,
                "'"
                    + shown
                    + "' looks like '"
                    + target.name()
                    + "' ("
                    + (target.unranked()
                        ? "listed in " + target.listedIn()
                        : "rank " + target.rank())
                    + "): "
                    + lookAlike.detail()
                    + standing.note())
            .withEvidence(
                io.pkgguard.api.Evidence.of(
                        "name",
                        shown,
                        "target",
                        target.name(),
                        "rank",
                        target.unranked() ? "unranked" : Integer.toString(target.rank()),
                        "listed-in",
                        target.listedIn(),
                        "transformation",
                        lookAlike.transformation().label())
                    .with("detail", lookAlike.detail())
                    .with("standing", standing.label()))
            .withRemediation(
                "if you meant '"
                    + target.name()
                    + "', request that name instead; if '"
                    + shown
                    + "' is really the project you want, ask an administrator to add it to"
                    + " [rules.typosquat] allow"));
  }

  /**
   * The level the name alone earns, for a new and unknown candidate: a close look-alike of a
   * prominent name is CRITICAL; a close look-alike of a less prominent one, a weak look-alike of
   * a prominent one, and a combination are MEDIUM; a weak look-alike of a less prominent name is
   * not reported (too many unrelated projects are two letters from one of 15,000 names).
   */
  static Optional<RiskLevel> nameEvidence(LookAlike lookAlike, long criticalRank) {
    boolean prominent = lookAlike.target().within(criticalRank);
    if (lookAlike.close()) {
      return Optional.of(prominent ? RiskLevel.CRITICAL : RiskLevel.MEDIUM);
    }
    if (prominent || lookAlike.transformation() == Transformation.COMBINATION) {
      return Optional.of(RiskLevel.MEDIUM);
    }
    return Optional.empty();
  }

  private static Standing standing(RuleContext context, RuleParameters parameters) {
    if (!context.hasMetadata()) {
      return Standing.UNKNOWN;
    }
    PackageMetadata metadata = context.metadata();
    long establishedDownloads =
        parameters.number("established-downloads", DEFAULT_ESTABLISHED_DOWNLOADS);
    if (metadata.downloads().map(DownloadCounts::lastMonth).orElse(0L) >= establishedDownloads) {
      return Standing.POPULAR;
    }
    Optional<Instant> first = metadata.firstUpload();
    long days = parameters.number("established-days", DEFAULT_ESTABLISHED_DAYS);
    if (first.isPresent()
        && Duration.between(first.get(), context.clock().instant()).compareTo(Duration.ofDays(days))
            > 0) {
      return Standing.OLD;
    }
    return Standing.NEW;
  }

  private LookAlikeFinder finder(String ecosystem, List<TextFile> corpusFiles, long prominentRank) {
    return FINDERS.computeIfAbsent(
        new FinderKey(ecosystem.toLowerCase(Locale.ROOT), List.copyOf(corpusFiles), prominentRank),
        key -> {
          PopularNameCorpus corpus = builtinCorpus(key.ecosystem());
          for (TextFile file : key.corpusFiles()) {
            corpus = corpus.with(PopularNameCorpus.parse(file));
          }
          return new LookAlikeFinder(corpus, key.prominentRank());
        });
  }

  /** The shipped list for an ecosystem, read once per process. */
  static PopularNameCorpus builtinCorpus(String ecosystem) {
    return BUILTIN.computeIfAbsent(ecosystem.toLowerCase(Locale.ROOT), PopularNameCorpus::builtin);
  }

  /** Files compare by content, so an edited file gives a new finder; the same one is reused. */
  private record FinderKey(String ecosystem, List<TextFile> corpusFiles, long prominentRank) {}

  /** What the candidate's own metadata says about it. */
  private enum Standing {
    UNKNOWN("unknown (no metadata): treated as new", ""),
    NEW("new or little used", ""),
    OLD("released for years", "; the project is old, so this is reviewed, not rejected"),
    POPULAR(
        "well established",
        "; the project is well established itself, so this is only a" + " note");

    private final String label;
    private final String note;

    Standing(String label, String note) {
      this.label = label;
      this.note = note;
    }

    String label() {
      return label;
    }

    String note() {
      return note;
    }

    RiskLevel adjust(RiskLevel evidence) {
      return switch (this) {
        case UNKNOWN, NEW -> evidence;
        case OLD -> evidence.compareTo(RiskLevel.MEDIUM) > 0 ? RiskLevel.MEDIUM : evidence;
        case POPULAR -> RiskLevel.LOW;
      };
    }
  }
}
