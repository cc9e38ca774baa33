package io.pkgguard.core.evaluation;

import io.pkgguard.api.Advisory;
import io.pkgguard.api.AdvisoryQuery;
import io.pkgguard.api.Artifact;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.Finding;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.NameScheme;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.inspection.ArtifactInspector;
import io.pkgguard.core.inspection.InspectionException;
import io.pkgguard.core.policy.Pause;
import io.pkgguard.core.policy.Policy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates packages, failing closed at every step: pause → ecosystem and source → deny list →
 * request-stage rules → metadata from the source → advisory databases → metadata-stage rules →
 * the files an installer would take, downloaded, verified and read → content-stage rules →
 * decision. Anything that cannot be checked ends the evaluation with a rejecting finding that
 * names the cause. The advisory step is separate ({@link #prepare}, {@link #consultAdvisories},
 * {@link #complete}) so that many packages cost one batch question per database. Thread-safe:
 * evaluations share nothing mutable.
 */
public final class PackageEvaluator {

  private static final Logger LOG = LoggerFactory.getLogger(PackageEvaluator.class);

  private final Policy policy;
  private final EvaluationTerms terms;
  private final Map<String, Ecosystem> ecosystems;
  private final Map<String, ConfiguredSource> sources;
  private final List<ConfiguredAdvisorySource> advisories;
  private final List<RegisteredRule> rules;
  private final GuardedRuleRunner runner;
  private final ArtifactInspector inspector;
  private final Clock clock;
  private final Supplier<Pause> pause;
  private final ProgressReport progress;

  /**
   * @param terms the policy in force and what the guard relaxes
   * @param ecosystems ecosystems by id
   * @param sources configured sources by id, in policy order
   * @param advisories the advisory databases consulted for every package, in policy order
   * @param rules the rules, ordered by id
   * @param ruleThreads the most threads rule calls may use at once
   * @param inspector downloads and reads distribution files for the content-stage rules
   * @param clock the clock
   * @param pause the current emergency pause (policy or runtime switch)
   * @param progress told what is being done, for a host's progress display
   */
  public PackageEvaluator(
      EvaluationTerms terms,
      Map<String, Ecosystem> ecosystems,
      Map<String, ConfiguredSource> sources,
      List<ConfiguredAdvisorySource> advisories,
      List<RegisteredRule> rules,
      int ruleThreads,
      ArtifactInspector inspector,
      Clock clock,
      Supplier<Pause> pause,
      io.pkgguard.api.EvaluationProgress progress) {
    this.terms = terms;
    this.policy = terms.policy();
    this.ecosystems = Map.copyOf(ecosystems);
    this.sources = sources;
    this.advisories = List.copyOf(advisories);
    this.rules = List.copyOf(rules);
    this.runner =
        new GuardedRuleRunner(
            new RuleBudget(policy.limits().ruleTimeout(), policy.limits().ruleTimeoutPerTextMib()),
            ruleThreads,
            clock);
    this.inspector = inspector;
    this.clock = clock;
    this.pause = pause;
    this.progress = new ProgressReport(progress);
  }

  /**
   * Evaluates one request on its own, its dependencies not walked; never throws for anything a
   * package, source or rule does.
   */
  public Verdict evaluateAlone(PackageRequest request) {
    Evaluation evaluation = prepare(request);
    consultAdvisories(List.of(evaluation));
    return complete(evaluation);
  }

  /**
   * The first part of an evaluation: pause, ecosystem, source, deny list, request-stage rules and
   * the index's metadata. Then {@link #consultAdvisories} for many at once, then {@link
   * #complete}. Never throws for anything a package or source does.
   */
  public Evaluation prepare(PackageRequest request) {
    progress.started(request);
    VerdictAssembler verdict = new VerdictAssembler(request.id(), terms, clock.instant());
    request.version().ifPresent(verdict::version);
    Evaluation evaluation = new Evaluation(request, verdict);
    try {
      run(evaluation, Optional.empty());
    } catch (Throwable e) {
      FatalErrors.rethrowIfFatal(e);
      LOG.error("internal error evaluating {}", request, e);
      evaluation.stop(CoreFindings.internalError(e));
    }
    return evaluation;
  }

  /**
   * Evaluates a local distribution file (a wheel, an sdist): what it says about itself stands in
   * for the index's metadata, every stage runs on it (a triage wants every finding), and rules
   * that need an index report what they cannot know. Never throws for anything the file holds.
   *
   * @param path the file
   */
  public Verdict evaluateFile(java.nio.file.Path path) {
    String filename = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    // Until the file says what it is, the verdict is about the file itself.
    VerdictAssembler verdict =
        new VerdictAssembler(
            new io.pkgguard.api.PackageId("local", filename.isBlank() ? "file" : filename),
            terms,
            clock.instant());
    try {
      Pause current = pause.get();
      if (current.active()) {
        verdict.stop(CoreFindings.paused(current));
        return verdict.finish(clock.instant());
      }
      DistributionFile described =
          DistributionFile.of(
              filename, path.toAbsolutePath().toUri(), DistributionFile.Kind.ofFileName(filename));
      io.pkgguard.api.InspectedDistribution inspected;
      try {
        inspected = inspector.inspectLocal(path, described);
      } catch (InspectionException e) {
        verdict.stop(InspectionFindings.failed(e));
        return verdict.finish(clock.instant());
      }
      Optional<Described> found = describe(inspected, verdict);
      if (found.isEmpty()) {
        return verdict.finish(clock.instant());
      }
      PackageMetadata metadata = found.get().metadata();
      PackageRequest request = PackageRequest.of(metadata.id()).withVersion(metadata.version());
      Evaluation evaluation =
          new Evaluation(request, new VerdictAssembler(metadata.id(), terms, clock.instant()));
      evaluation.local = List.of(inspected);
      Artifact artifact = new Artifact(filename, described.url(), Optional.of(inspected.sha256()));
      SourceDescriptor local =
          new SourceDescriptor(
              "local",
              metadata.id().ecosystem(),
              path.toAbsolutePath().getParent() == null
                  ? described.url()
                  : path.toAbsolutePath().getParent().toUri(),
              java.util.Set.of());
      // The same steps as for an index (pause, deny list, request stage), the file as the source.
      run(evaluation, Optional.of(Origin.local(local, metadata, artifact)));
      consultAdvisories(List.of(evaluation));
      return complete(evaluation);
    } catch (Throwable e) {
      FatalErrors.rethrowIfFatal(e);
      LOG.error("internal error evaluating {}", path, e);
      verdict.stop(CoreFindings.internalError(e));
      return verdict.finish(clock.instant());
    }
  }

  /** The metadata the first ecosystem that recognises the file reads from it. */
  private Optional<Described> describe(
      io.pkgguard.api.InspectedDistribution inspected, VerdictAssembler verdict) {
    if (inspected.format() == io.pkgguard.api.InspectedDistribution.Format.UNREADABLE) {
      verdict.stop(
          CoreFindings.unreadableFile(
              inspected.file().filename(),
              inspected.problems().stream()
                  .map(io.pkgguard.api.ArchiveProblem::detail)
                  .findFirst()
                  .orElse("it is no archive pkgguard reads")));
      return Optional.empty();
    }
    for (String id : new java.util.TreeSet<>(ecosystems.keySet())) {
      Ecosystem ecosystem = ecosystems.get(id);
      try {
        Optional<PackageMetadata> metadata = ecosystem.describe(inspected);
        if (metadata.isPresent()) {
          return Optional.of(new Described(ecosystem, metadata.get()));
        }
      } catch (SourceException e) {
        verdict.stop(CoreFindings.unreadableFile(inspected.file().filename(), e.getMessage()));
        return Optional.empty();
      } catch (Throwable e) {
        FatalErrors.rethrowIfFatal(e);
        LOG.debug("ecosystem {} failed on {}", id, inspected.file().filename(), e);
        verdict.stop(
            CoreFindings.unreadableFile(
                inspected.file().filename(),
                "the " + id + " plugin failed on it (" + e.getClass().getSimpleName() + ")"));
        return Optional.empty();
      }
    }
    verdict.stop(
        CoreFindings.unreadableFile(
            inspected.file().filename(),
            "no installed"
                + " ecosystem recognises it (installed: "
                + String.join(", ", new java.util.TreeSet<>(ecosystems.keySet()))
                + "); pkgguard reads wheels and sdists"));
    return Optional.empty();
  }

  private record Described(Ecosystem ecosystem, PackageMetadata metadata) {}

  /**
   * Asks every advisory database once for all the given evaluations that reached metadata (one
   * batch request per database, which the OSV API splits per 1,000), and merges each answer into
   * its evaluation. A database that cannot answer stops every evaluation that needed it.
   */
  public void consultAdvisories(List<Evaluation> evaluations) {
    List<Evaluation> waiting = evaluations.stream().filter(Evaluation::awaitsRules).toList();
    if (waiting.isEmpty()) {
      return;
    }
    for (ConfiguredAdvisorySource database : advisories) {
      // A database that has nothing for an ecosystem is not asked: its silence would read as
      // "no known advisory", and the package is reported as not checked instead.
      List<Evaluation> asked =
          waiting.stream()
              .filter(Evaluation::awaitsRules)
              .filter(e -> database.source().covers(e.metadata.id().ecosystem()))
              .toList();
      List<AdvisoryQuery> queries =
          asked.stream()
              .map(e -> new AdvisoryQuery(e.metadata.id(), e.metadata.version()))
              .toList();
      if (queries.isEmpty()) {
        continue; // the next database may cover them
      }
      Map<AdvisoryQuery, List<Advisory>> answers;
      try {
        answers = database.source().advisories(queries);
      } catch (SourceException e) {
        stopAll(asked, CoreFindings.advisoriesFailed(database.id(), e));
        continue;
      } catch (Throwable e) {
        FatalErrors.rethrowIfFatal(e);
        LOG.debug("advisory database {} threw", database.id(), e);
        stopAll(
            asked,
            CoreFindings.advisoriesFailed(
                database.id(),
                new SourceException(
                    SourceException.Reason.MALFORMED,
                    "it failed unexpectedly (" + e.getClass().getSimpleName() + ")")));
        continue;
      }
      for (Evaluation e : asked) {
        if (!e.awaitsRules()) {
          continue;
        }
        List<Advisory> found =
            answers == null
                ? null
                : answers.get(new AdvisoryQuery(e.metadata.id(), e.metadata.version()));
        if (found == null) {
          e.stop(
              CoreFindings.advisoriesFailed(
                  database.id(),
                  new SourceException(
                      SourceException.Reason.MALFORMED,
                      "it gave no answer for "
                          + e.metadata.id().name()
                          + " "
                          + e.metadata.version())));
          continue;
        }
        e.advisories = AdvisoryMerger.merge(e.advisories, found);
        e.consulted.add(database.id());
      }
    }
  }

  /**
   * Asks the advisory databases about the packages of other ecosystems the files certainly install
   * ({@link Ecosystem#containedPackages}), and merges what they know into the evaluation; a
   * database that answers counts as consulted for it. Returns false if one could not answer: the
   * evaluation is then stopped, as when the package's own query fails.
   */
  private boolean consultContained(Evaluation evaluation, List<InspectedDistribution> files) {
    Ecosystem ecosystem = ecosystems.get(evaluation.request.id().ecosystem());
    List<AdvisoryQuery> contained =
        files.stream().flatMap(f -> ecosystem.containedPackages(f).stream()).distinct().toList();
    for (ConfiguredAdvisorySource database : advisories) {
      List<AdvisoryQuery> queries =
          contained.stream().filter(q -> database.source().covers(q.id().ecosystem())).toList();
      if (queries.isEmpty()) {
        continue;
      }
      Map<AdvisoryQuery, List<Advisory>> answers;
      try {
        answers = database.source().advisories(queries);
      } catch (SourceException e) {
        evaluation.verdict.stop(CoreFindings.advisoriesFailed(database.id(), e));
        return false;
      } catch (Throwable e) {
        FatalErrors.rethrowIfFatal(e);
        LOG.debug("advisory database {} threw", database.id(), e);
        evaluation.verdict.stop(
            CoreFindings.advisoriesFailed(
                database.id(),
                new SourceException(
                    SourceException.Reason.MALFORMED,
                    "it failed unexpectedly (" + e.getClass().getSimpleName() + ")")));
        return false;
      }
      for (AdvisoryQuery query : queries) {
        List<Advisory> found = answers == null ? null : answers.get(query);
        if (found == null) {
          evaluation.verdict.stop(
              CoreFindings.advisoriesFailed(
                  database.id(),
                  new SourceException(
                      SourceException.Reason.MALFORMED,
                      "it gave no answer for " + query.id() + " " + query.version())));
          return false;
        }
        evaluation.advisories = AdvisoryMerger.merge(evaluation.advisories, found);
      }
      if (!evaluation.consulted.contains(database.id())) {
        evaluation.consulted.add(database.id());
      }
    }
    return true;
  }

  private static void stopAll(List<Evaluation> evaluations, Finding finding) {
    evaluations.stream().filter(Evaluation::awaitsRules).forEach(e -> e.stop(finding));
  }

  /** The last part: the metadata-stage rules and the decision. */
  public Verdict complete(Evaluation evaluation) {
    Verdict verdict = completed(evaluation);
    progress.finished(verdict);
    return verdict;
  }

  private Verdict completed(Evaluation evaluation) {
    VerdictAssembler verdict = evaluation.verdict;
    try {
      if (evaluation.awaitsRules()) {
        progress.resolved(evaluation.metadata.id(), evaluation.metadata.version());
        PackageMetadata metadata =
            evaluation.metadata.toBuilder().advisories(evaluation.advisories).build();
        boolean content = enabledRules(RuleStage.CONTENT).findAny().isPresent();
        Optional<List<InspectedDistribution>> early = Optional.empty();
        if (content
            && evaluation.local == null
            && ecosystems.get(evaluation.request.id().ecosystem()).indexOmitsDescriptions()) {
          // conda's repodata says nothing of summary, description or URLs; the package does.
          early = download(evaluation, metadata);
          if (early.isEmpty()) {
            return verdict.finish(clock.instant());
          }
          metadata =
              SelfDescription.fill(
                  metadata, early.get(), ecosystems.get(evaluation.request.id().ecosystem()));
          if (!consultContained(evaluation, early.get())) {
            return verdict.finish(clock.instant());
          }
          metadata = metadata.toBuilder().advisories(evaluation.advisories).build();
        }
        RuleContext.Builder context =
            evaluation.context.metadata(metadata).advisoryDatabases(evaluation.consulted);
        runStage(RuleStage.METADATA, context, verdict);
        if (content) {
          inspect(evaluation, metadata, context, early);
        }
      }
    } catch (Throwable e) {
      FatalErrors.rethrowIfFatal(e);
      LOG.error("internal error evaluating {}", evaluation.request, e);
      verdict.stop(CoreFindings.internalError(e));
    }
    return verdict.finish(clock.instant());
  }

  /**
   * Runs the content-stage rules on the files an installer would take, downloading and reading
   * them unless that was done already. A package already rejected is not downloaded: its verdict
   * is incomplete instead.
   */
  private void inspect(
      Evaluation evaluation,
      PackageMetadata metadata,
      RuleContext.Builder context,
      Optional<List<InspectedDistribution>> early) {
    VerdictAssembler verdict = evaluation.verdict;
    if (evaluation.local != null) {
      runStage(RuleStage.CONTENT, context.distributions(evaluation.local), verdict);
      return;
    }
    if (early.isEmpty() && verdict.hasFindingAtLeast(RiskLevel.CRITICAL)) {
      verdict.incomplete();
      return;
    }
    Optional<List<InspectedDistribution>> inspected =
        early.isPresent() ? early : download(evaluation, metadata);
    if (inspected.isPresent()) {
      runStage(RuleStage.CONTENT, context.distributions(inspected.get()), verdict);
    }
  }

  /**
   * Downloads and reads the files an installer would take, and records them as the verdict's
   * artifacts. A file that cannot be fetched or does not match its digest stops the evaluation,
   * and nothing is returned.
   */
  private Optional<List<InspectedDistribution>> download(
      Evaluation evaluation, PackageMetadata metadata) {
    VerdictAssembler verdict = evaluation.verdict;
    List<DistributionFile> files =
        policy.inspection().allFiles()
            ? metadata.files()
            : ecosystems
                .get(evaluation.request.id().ecosystem())
                .installableFiles(metadata, evaluation.request.environment());
    if (files.isEmpty()) {
      verdict.stop(
          InspectionFindings.nothingToInstall(
              metadata.id().name() + " " + metadata.version(), evaluation.request.environment()));
      return Optional.empty();
    }
    ArtifactInspector.Result result;
    try {
      result =
          inspector.inspect(
              files, evaluation.source.descriptor().indexUrl(), evaluation.source.downloads());
    } catch (InspectionException e) {
      verdict.stop(InspectionFindings.failed(e));
      return Optional.empty();
    }
    result.distributions().forEach(d -> progress.downloaded(d.file().filename(), d.bytes()));
    result
        .undeclaredDigests()
        .forEach(name -> verdict.add(InspectionFindings.undeclaredDigest(name)));
    verdict.artifacts(
        result.distributions().stream()
            .map(d -> new Artifact(d.file().filename(), d.file().url(), Optional.of(d.sha256())))
            .toList());
    return Optional.of(result.distributions());
  }

  /** One evaluation between its phases; not thread-safe, used by one thread at a time. */
  /**
   * Where an evaluation's metadata comes from: a source of the policy (its index), or a file the
   * host handed over, already read.
   */
  private interface Origin {
    SourceDescriptor descriptor();

    PackageMetadata fetch(PackageRequest request) throws SourceException;

    /** The files the verdict is about. */
    List<Artifact> artifacts(PackageMetadata metadata);

    /** The configured source, for downloads; empty for a local file. */
    Optional<ConfiguredSource> index();

    static Origin of(ConfiguredSource source) {
      return new Origin() {
        @Override
        public SourceDescriptor descriptor() {
          return source.descriptor();
        }

        @Override
        public PackageMetadata fetch(PackageRequest request) throws SourceException {
          return source.source().fetch(request);
        }

        @Override
        public List<Artifact> artifacts(PackageMetadata metadata) {
          return metadata.files().stream().map(Artifact::of).toList();
        }

        @Override
        public Optional<ConfiguredSource> index() {
          return Optional.of(source);
        }
      };
    }

    static Origin local(SourceDescriptor descriptor, PackageMetadata metadata, Artifact file) {
      return new Origin() {
        @Override
        public SourceDescriptor descriptor() {
          return descriptor;
        }

        @Override
        public PackageMetadata fetch(PackageRequest request) {
          return metadata;
        }

        @Override
        public List<Artifact> artifacts(PackageMetadata described) {
          return List.of(file);
        }

        @Override
        public Optional<ConfiguredSource> index() {
          return Optional.empty();
        }
      };
    }
  }

  public static final class Evaluation {

    /** Where an evaluation is. */
    private enum State {
      /** The request stage and the source: nothing for the rules yet. */
      PREPARING,
      /** The index's metadata is in hand; the metadata and content stages are next. */
      AWAITING_RULES,
      /** A finding ended it; no further stage runs. */
      STOPPED
    }

    private final PackageRequest request;
    private final VerdictAssembler verdict;
    private State state = State.PREPARING;
    private RuleContext.Builder context;
    private ConfiguredSource source;
    private List<io.pkgguard.api.InspectedDistribution> local;
    private PackageMetadata metadata;
    private List<Advisory> advisories = List.of();
    private final List<String> consulted = new ArrayList<>();

    private Evaluation(PackageRequest request, VerdictAssembler verdict) {
      this.request = request;
      this.verdict = verdict;
    }

    private void metadataReady(PackageMetadata value) {
      metadata = value;
      state = State.AWAITING_RULES;
    }

    private void stop(Finding finding) {
      verdict.stop(finding);
      state = State.STOPPED;
    }

    /** {@return whether its metadata is in hand and its rules are still to run} */
    private boolean awaitsRules() {
      return state == State.AWAITING_RULES;
    }

    PackageRequest request() {
      return request;
    }

    /** The index's metadata; empty if the evaluation stopped before or while fetching it. */
    Optional<PackageMetadata> metadata() {
      return awaitsRules() ? Optional.of(metadata) : Optional.empty();
    }

    /** A finding that does not stop the evaluation: its rules still run. */
    void add(Finding finding) {
      verdict.add(finding);
    }

    /**
     * A finding about something that could not be checked (a dependency not followed): the rules
     * still run, but the verdict is incomplete.
     */
    void addUnchecked(Finding finding) {
      verdict.add(finding);
      verdict.incomplete();
    }

    /** Stops the evaluation: the rules do not run, the verdict is incomplete. */
    void stopWith(Finding finding) {
      stop(finding);
    }
  }

  /** Runs up to the metadata; leaves the evaluation awaiting its rules, or stopped. */
  private void run(Evaluation evaluation, Optional<Origin> given) {
    PackageRequest request = evaluation.request;
    VerdictAssembler verdict = evaluation.verdict;
    Pause current = pause.get();
    if (current.active()) {
      verdict.stop(CoreFindings.paused(current));
      return;
    }
    Ecosystem ecosystem = ecosystems.get(request.id().ecosystem());
    if (ecosystem == null) {
      verdict.stop(
          CoreFindings.invalidRequest(
              PluginArtifacts.unknownEcosystem(request.id().ecosystem(), ecosystems.keySet())));
      return;
    }
    Optional<Origin> source = given.or(() -> sourceFor(request).map(Origin::of));
    if (source.isEmpty()) {
      verdict.stop(
          CoreFindings.noSource(
              request
                  .sourceId()
                  .map(
                      id ->
                          "the policy has no enabled source '"
                              + id
                              + "' for "
                              + request.id().ecosystem())
                  .orElse(
                      "no "
                          + request.id().ecosystem()
                          + " source is installed and enabled: "
                          + PluginArtifacts.advice(
                              PluginArtifacts.ofEcosystem(request.id().ecosystem()),
                              "a " + request.id().ecosystem() + " source")
                          + ", or enable one in the policy [sources]")));
      return;
    }
    NameScheme names = ecosystem.names();
    Optional<String> denied = denyEntry(request, names);
    if (denied.isPresent()) {
      verdict.stop(CoreFindings.denied(denied.get()));
      return;
    }
    RuleContext.Builder context =
        RuleContext.builder(request).clock(clock).names(names).source(source.get().descriptor());
    ecosystem.versions().ifPresent(context::versions);

    runStage(RuleStage.REQUEST, context, verdict);
    if (verdict.hasFindingAtLeast(RiskLevel.CRITICAL) && source.get().index().isPresent()) {
      // A request already rejected goes no further: a hostile name never reaches an index. (A
      // local file is here already: every stage still reads it.)
      if (enabledRules(RuleStage.METADATA).findAny().isPresent()) {
        verdict.incomplete();
      }
      return;
    }
    PackageMetadata metadata;
    try {
      metadata = source.get().fetch(request);
    } catch (SourceException e) {
      verdict.stop(CoreFindings.sourceFailed(source.get().descriptor().id(), e));
      return;
    } catch (Throwable e) {
      FatalErrors.rethrowIfFatal(e);
      LOG.debug("source {} threw", source.get().descriptor().id(), e);
      verdict.stop(
          CoreFindings.sourceFailed(
              source.get().descriptor().id(),
              new SourceException(
                  SourceException.Reason.MALFORMED,
                  "the source failed unexpectedly (" + e.getClass().getSimpleName() + ")")));
      return;
    }
    if (metadata == null
        || !names.normalize(metadata.id().name()).equals(names.normalize(request.id().name()))) {
      verdict.stop(
          CoreFindings.sourceFailed(
              source.get().descriptor().id(),
              new SourceException(
                  SourceException.Reason.MISMATCH,
                  "asked for "
                      + request.id().name()
                      + ", the source answered about "
                      + (metadata == null ? "nothing" : metadata.id().name()))));
      return;
    }
    verdict.version(metadata.version());
    verdict.artifacts(source.get().artifacts(metadata));
    evaluation.context = context;
    evaluation.source = source.get().index().orElse(null);
    evaluation.metadataReady(metadata);
    evaluation.advisories = metadata.advisories();
  }

  /**
   * Runs the enabled rules of category {@link RiskCategory#NAME} on names alone: no source, no
   * metadata. Each rule runs over all the names as one batch, every call with the rule budget.
   * Rules that need metadata say so in a failure finding.
   *
   * @return each name's findings, in the order of the requests
   * @throws IllegalArgumentException if an ecosystem is not installed
   */
  public List<List<Finding>> screenNames(List<PackageRequest> requests) {
    List<RuleContext.Builder> contexts = new ArrayList<>(requests.size());
    for (PackageRequest request : requests) {
      Ecosystem ecosystem = ecosystems.get(request.id().ecosystem());
      if (ecosystem == null) {
        throw new IllegalArgumentException(
            PluginArtifacts.unknownEcosystem(request.id().ecosystem(), ecosystems.keySet()));
      }
      RuleContext.Builder context =
          RuleContext.builder(request).clock(clock).names(ecosystem.names());
      ecosystem.versions().ifPresent(context::versions);
      contexts.add(context);
    }
    List<List<Finding>> findings = new ArrayList<>(requests.size());
    requests.forEach(r -> findings.add(new ArrayList<>()));
    rules.stream()
        .filter(r -> r.descriptor().category() == RiskCategory.NAME)
        .filter(r -> policy.rule(r.id()).enabled())
        .forEach(
            rule -> {
              var parameters = policy.rule(rule.id()).parameters(rule.id());
              List<RuleContext> built =
                  contexts.stream().map(c -> c.parameters(parameters).build()).toList();
              List<RuleOutcome> outcomes = runner.runEach(rule, built);
              for (int i = 0; i < outcomes.size(); i++) {
                findings.get(i).addAll(outcomes.get(i).findings());
              }
            });
    return findings.stream().map(List::copyOf).toList();
  }

  /** The rules that are stuck: they ignored interruption after their budget. */
  public List<RuleThreads> stuckRules() {
    return runner.stuckRules();
  }

  /**
   * Stops running rules: interrupts running calls and waits up to {@code wait} for them.
   *
   * @return the rules whose calls were still running then
   */
  public List<RuleThreads> shutdown(java.time.Duration wait) {
    return runner.shutdown(wait);
  }

  /**
   * Runs a stage's rules: each on its own thread while threads are free (a package judged alone
   * gets its answer sooner), as one batch on one thread when as many calls run as there are cores
   * (many packages at once: more threads cannot finish sooner, and each hand-off costs).
   */
  private void runStage(RuleStage stage, RuleContext.Builder context, VerdictAssembler verdict) {
    List<GuardedRuleRunner.Item> items = new ArrayList<>();
    for (RegisteredRule rule : enabledRules(stage).toList()) {
      items.add(
          new GuardedRuleRunner.Item(
              rule, context.parameters(policy.rule(rule.id()).parameters(rule.id())).build()));
    }
    if (items.size() > 1 && runner.busy()) {
      runner.runAll(items).forEach(verdict::add);
      return;
    }
    List<GuardedRuleRunner.Call> calls = new ArrayList<>(items.size());
    for (GuardedRuleRunner.Item item : items) {
      calls.add(runner.start(item.rule(), item.context()));
    }
    for (GuardedRuleRunner.Call call : calls) {
      verdict.add(runner.await(call));
    }
  }

  /**
   * Runs the environment-stage rules on an environment, each under the guarded runner (its
   * budget; a failure becomes a finding naming the rule).
   *
   * @param context the context, with {@link RuleContext#environment()} set
   * @return their findings
   */
  public List<io.pkgguard.api.Finding> checkEnvironment(RuleContext.Builder context) {
    List<GuardedRuleRunner.Call> calls = new ArrayList<>();
    for (RegisteredRule rule : enabledRules(RuleStage.ENVIRONMENT).toList()) {
      calls.add(
          runner.start(
              rule, context.parameters(policy.rule(rule.id()).parameters(rule.id())).build()));
    }
    List<io.pkgguard.api.Finding> findings = new ArrayList<>();
    for (GuardedRuleRunner.Call call : calls) {
      findings.addAll(runner.await(call).findings());
    }
    return findings;
  }

  private java.util.stream.Stream<RegisteredRule> enabledRules(RuleStage stage) {
    return rules.stream()
        .filter(r -> r.descriptor().stage() == stage)
        .filter(r -> policy.rule(r.id()).enabled());
  }

  private Optional<ConfiguredSource> sourceFor(PackageRequest request) {
    String ecosystem = request.id().ecosystem();
    if (request.sourceId().isPresent()) {
      return Optional.ofNullable(sources.get(request.sourceId().get()))
          .filter(s -> s.descriptor().ecosystem().equals(ecosystem));
    }
    return sources.values().stream()
        .filter(s -> s.descriptor().ecosystem().equals(ecosystem))
        .findFirst();
  }

  private Optional<String> denyEntry(PackageRequest request, NameScheme names) {
    String wanted = names.normalize(request.id().name());
    return policy.deny().stream()
        .filter(
            entry -> {
              int colon = entry.indexOf(':');
              return entry.substring(0, colon).equals(request.id().ecosystem())
                  && names.normalize(entry.substring(colon + 1)).equals(wanted);
            })
        .findFirst();
  }
}
