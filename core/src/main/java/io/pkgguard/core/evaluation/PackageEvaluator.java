package io.pkgguard.core.evaluation;

import io.pkgguard.api.Advisory;
import io.pkgguard.api.Artifact;
import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.Finding;
import io.pkgguard.api.NameScheme;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.policy.Pause;
import io.pkgguard.core.policy.Policy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates one package, failing closed at every step: pause → ecosystem and source → deny list →
 * request-stage rules → metadata from the source → metadata-stage rules → decision. Anything that
 * cannot be checked ends the evaluation with a rejecting finding that names the cause.
 * Thread-safe: evaluations share nothing mutable.
 */
public final class PackageEvaluator {

  private static final Logger LOG = LoggerFactory.getLogger(PackageEvaluator.class);

  private final Policy policy;
  private final Map<String, Ecosystem> ecosystems;
  private final Map<String, ConfiguredSource> sources;
  private final List<ConfiguredAdvisorySource> advisories;
  private final List<RegisteredRule> rules;
  private final GuardedRuleRunner runner;
  private final Clock clock;
  private final Supplier<Pause> pause;

  /**
   * @param policy the policy in force
   * @param ecosystems ecosystems by id
   * @param sources configured sources by id, in policy order
   * @param advisories the advisory databases consulted for every package, in policy order
   * @param rules the rules, ordered by id
   * @param ruleExecutor where rule calls run
   * @param clock the clock
   * @param pause the current emergency pause (policy or runtime switch)
   */
  public PackageEvaluator(
      Policy policy,
      Map<String, Ecosystem> ecosystems,
      Map<String, ConfiguredSource> sources,
      List<ConfiguredAdvisorySource> advisories,
      List<RegisteredRule> rules,
      ExecutorService ruleExecutor,
      Clock clock,
      Supplier<Pause> pause) {
    this.policy = policy;
    this.ecosystems = Map.copyOf(ecosystems);
    this.sources = sources;
    this.advisories = List.copyOf(advisories);
    this.rules = List.copyOf(rules);
    this.runner = new GuardedRuleRunner(ruleExecutor, policy.limits().ruleTimeout());
    this.clock = clock;
    this.pause = pause;
  }

  /** Evaluates one request; never throws for anything a package, source or rule does. */
  public Verdict evaluate(PackageRequest request) {
    VerdictAssembler verdict = new VerdictAssembler(request.id(), policy, clock.instant());
    request.version().ifPresent(verdict::version);
    try {
      run(request, verdict);
    } catch (RuntimeException e) {
      LOG.error("internal error evaluating {}", request, e);
      verdict.stop(CoreFindings.internalError(e));
    }
    return verdict.finish(clock.instant());
  }

  private void run(PackageRequest request, VerdictAssembler verdict) {
    Pause current = pause.get();
    if (current.active()) {
      verdict.stop(CoreFindings.paused(current.reason()));
      return;
    }
    Ecosystem ecosystem = ecosystems.get(request.id().ecosystem());
    if (ecosystem == null) {
      verdict.stop(CoreFindings.invalidRequest("pkgguard has no support for the ecosystem '"
          + request.id().ecosystem() + "'; installed: " + String.join(", ", ecosystems.keySet())));
      return;
    }
    Optional<ConfiguredSource> source = sourceFor(request);
    if (source.isEmpty()) {
      verdict.stop(CoreFindings.noSource(request.sourceId()
          .map(id -> "the policy has no enabled source '" + id + "' for "
              + request.id().ecosystem())
          .orElse("the policy has no enabled source for " + request.id().ecosystem())));
      return;
    }
    NameScheme names = ecosystem.names();
    Optional<String> denied = denyEntry(request, names);
    if (denied.isPresent()) {
      verdict.stop(CoreFindings.denied(denied.get()));
      return;
    }
    RuleContext.Builder context = RuleContext.builder(request)
        .clock(clock)
        .names(names)
        .source(source.get().descriptor());
    ecosystem.versions().ifPresent(context::versions);

    runStage(RuleStage.REQUEST, context, verdict);
    if (verdict.hasFindingAtLeast(RiskLevel.CRITICAL)) {
      // A request already rejected goes no further: a hostile name never reaches an index.
      if (enabledRules(RuleStage.METADATA).findAny().isPresent()) {
        verdict.incomplete();
      }
      return;
    }
    PackageMetadata metadata;
    try {
      metadata = source.get().source().fetch(request);
    } catch (SourceException e) {
      verdict.stop(CoreFindings.sourceFailed(source.get().descriptor().id(), e));
      return;
    } catch (RuntimeException e) {
      LOG.debug("source {} threw", source.get().descriptor().id(), e);
      verdict.stop(CoreFindings.sourceFailed(source.get().descriptor().id(),
          new SourceException(SourceException.Reason.MALFORMED,
              "the source failed unexpectedly (" + e.getClass().getSimpleName() + ")")));
      return;
    }
    if (metadata == null || !names.normalize(metadata.id().name())
        .equals(names.normalize(request.id().name()))) {
      verdict.stop(CoreFindings.sourceFailed(source.get().descriptor().id(),
          new SourceException(SourceException.Reason.MISMATCH, "asked for "
              + request.id().name() + ", the source answered about "
              + (metadata == null ? "nothing" : metadata.id().name()))));
      return;
    }
    verdict.version(metadata.version());
    verdict.artifacts(metadata.files().stream().map(Artifact::of).toList());
    List<Advisory> known = metadata.advisories();
    List<String> consulted = new ArrayList<>();
    for (ConfiguredAdvisorySource database : advisories) {
      try {
        List<Advisory> found = database.source().advisories(metadata.id(), metadata.version());
        known = AdvisoryMerger.merge(known, found == null ? List.of() : found);
        consulted.add(database.id());
      } catch (SourceException e) {
        verdict.stop(CoreFindings.advisoriesFailed(database.id(), e));
        return;
      } catch (RuntimeException e) {
        LOG.debug("advisory database {} threw", database.id(), e);
        verdict.stop(CoreFindings.advisoriesFailed(database.id(), new SourceException(
            SourceException.Reason.MALFORMED, "it failed unexpectedly ("
                + e.getClass().getSimpleName() + ")")));
        return;
      }
    }
    metadata = metadata.toBuilder().advisories(known).build();
    runStage(RuleStage.METADATA, context.metadata(metadata).advisoryDatabases(consulted),
        verdict);
  }

  /**
   * Runs the enabled rules of category {@link RiskCategory#NAME} on a name alone: no source, no
   * metadata, in the calling thread. Rules that need metadata say so in a failure finding.
   *
   * @throws IllegalArgumentException if the ecosystem is not installed
   */
  public List<Finding> screenName(PackageRequest request) {
    Ecosystem ecosystem = ecosystems.get(request.id().ecosystem());
    if (ecosystem == null) {
      throw new IllegalArgumentException("pkgguard has no support for the ecosystem '"
          + request.id().ecosystem() + "'; installed: " + String.join(", ",
              new java.util.TreeSet<>(ecosystems.keySet())));
    }
    RuleContext.Builder context = RuleContext.builder(request).clock(clock)
        .names(ecosystem.names());
    ecosystem.versions().ifPresent(context::versions);
    List<Finding> findings = new ArrayList<>();
    rules.stream()
        .filter(r -> r.descriptor().category() == RiskCategory.NAME)
        .filter(r -> policy.rule(r.id()).enabled())
        .forEach(rule -> findings.addAll(runner.runInline(rule.descriptor(), rule.rule(),
            context.parameters(policy.rule(rule.id()).parameters(rule.id())).build())
            .findings()));
    return List.copyOf(findings);
  }

  private void runStage(RuleStage stage, RuleContext.Builder context, VerdictAssembler verdict) {
    List<RegisteredRule> stageRules = enabledRules(stage).toList();
    List<Future<List<Finding>>> calls = new ArrayList<>(stageRules.size());
    for (RegisteredRule rule : stageRules) {
      RuleContext ruleContext =
          context.parameters(policy.rule(rule.id()).parameters(rule.id())).build();
      calls.add(runner.start(rule.rule(), ruleContext));
    }
    long deadline = runner.deadlineForCallsStartedNow();
    for (int i = 0; i < stageRules.size(); i++) {
      verdict.add(runner.await(stageRules.get(i).descriptor(), calls.get(i), deadline));
    }
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
        .filter(entry -> {
          int colon = entry.indexOf(':');
          return entry.substring(0, colon).equals(request.id().ecosystem())
              && names.normalize(entry.substring(colon + 1)).equals(wanted);
        })
        .findFirst();
  }
}
