package io.pkgguard.core;

import io.pkgguard.api.AdvisorySourceProvider;
import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.Finding;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.PackageSourceProvider;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.administration.Approvals;
import io.pkgguard.core.administration.AuditLog;
import io.pkgguard.core.administration.EmergencyPause;
import io.pkgguard.core.administration.Settlement;
import io.pkgguard.core.administration.SharedState;
import io.pkgguard.core.connection.Credentials;
import io.pkgguard.core.evaluation.ConfiguredAdvisorySource;
import io.pkgguard.core.evaluation.ConfiguredSource;
import io.pkgguard.core.evaluation.DependencyWalk;
import io.pkgguard.core.evaluation.EvaluationTerms;
import io.pkgguard.core.evaluation.PackageEvaluator;
import io.pkgguard.core.evaluation.PluginArtifacts;
import io.pkgguard.core.evaluation.RegisteredRule;
import io.pkgguard.core.inspection.ArtifactInspector;
import io.pkgguard.core.policy.ParameterDefaults;
import io.pkgguard.core.policy.Pause;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.PolicyLoader;
import io.pkgguard.core.policy.RuleParameterCheck;
import io.pkgguard.core.transport.JdkHttpTransport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;

/**
 * Vets packages before they are installed. Build one with {@link #builder()}, keep it, and call
 * {@link #evaluate} or {@link #evaluateAll} from any thread: a guard is immutable apart from the
 * emergency pause switch, and thread-safe. Close it when done to release its threads.
 *
 * <p>Deny by default: a verdict is {@link io.pkgguard.api.Decision#ALLOW} only if every step and
 * every enabled rule ran and found nothing above the policy's allow levels.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Guard implements AutoCloseable {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Guard.class);

  /** The most threads rule calls of one guard may use. */
  private static final int MAX_RULE_THREADS = 256;

  /** How long {@link #close()} waits for running rule calls to stop. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(1);

  private volatile boolean closed;
  private final SharedState state;
  private final Settlement settlement;
  private final Approvals approvals;
  private final EmergencyPause emergencyPause;
  private final AuditLog auditLog;
  private final String identity;

  private final Policy policy;
  private final EvaluationTerms terms;
  private final List<RegisteredRule> rules;
  private final Map<String, Ecosystem> ecosystems;
  private final Map<String, ConfiguredSource> sources;
  private final ExecutorService evaluationExecutor;
  private final AutoCloseable ownedTransport;
  private final AtomicReference<Pause> runtimePause = new AtomicReference<>(Pause.off());
  private final PackageEvaluator evaluator;
  private final ArtifactInspector inspector;
  private final DependencyWalk walk;
  private final java.time.Clock clock;

  /** The variables an environment file's {@code ${VAR}} may name. */
  private final Map<String, String> environmentVariables;

  private final List<io.pkgguard.api.EnvironmentDescription.IndexChoice> installerIndexes;

  private Guard(
      Builder builder,
      EvaluationTerms terms,
      List<RegisteredRule> rules,
      Map<String, Ecosystem> ecosystems,
      Map<String, ConfiguredSource> sources,
      List<ConfiguredAdvisorySource> advisories,
      AutoCloseable ownedTransport,
      SharedState state) {
    this.terms = terms;
    this.policy = terms.policy();
    this.rules = List.copyOf(rules);
    this.ecosystems = Map.copyOf(ecosystems);
    this.sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    this.ownedTransport = ownedTransport;
    this.evaluationExecutor =
        Executors.newFixedThreadPool(
            policy.limits().concurrency(), daemonThreads("pkgguard-evaluation-"));
    this.clock = builder.clock;
    this.environmentVariables = builder.environment;
    this.installerIndexes = builder.installerIndexes;
    this.inspector = inspector(policy, builder);
    this.evaluator =
        new PackageEvaluator(
            terms,
            this.ecosystems,
            this.sources,
            advisories,
            this.rules,
            ruleThreads(policy, this.rules),
            inspector,
            builder.clock,
            this::currentPause,
            builder.progress);
    this.walk = new DependencyWalk(evaluator, this.ecosystems, policy, this::inParallel);
    this.state = state;
    this.identity = builder.identity;
    String host = HostName.local();
    this.settlement = new Settlement(state, policy, identity, host, clock, this::normalized);
    this.approvals = new Approvals(state, policy, clock, host, this::normalized);
    this.emergencyPause = new EmergencyPause(state, policy, clock, host);
    this.auditLog = new AuditLog(state, identity, host, clock, policy.fingerprint());
  }

  private static ArtifactInspector inspector(Policy policy, Builder builder) {
    return new ArtifactInspector(
        policy.inspection(),
        builder.temporaryDirectory.or(() -> builder.retainDownloads),
        builder.retainDownloads);
  }

  /** A package id with its name in its ecosystem's normal form (as approvals are kept). */
  private PackageId normalized(PackageId id) {
    Ecosystem ecosystem = ecosystems.get(id.ecosystem());
    return ecosystem == null
        ? id
        : new PackageId(id.ecosystem(), ecosystem.names().normalize(id.name()));
  }

  /**
   * Threads for rule calls: enough that every evaluation running at once can run a whole stage
   * without queueing, and no more, so that stuck rules cannot take the host's threads without end.
   */
  private static int ruleThreads(Policy policy, List<RegisteredRule> rules) {
    return Math.min(
        MAX_RULE_THREADS, Math.max(4, policy.limits().concurrency() * Math.max(1, rules.size())));
  }

  /** A builder that discovers plugins and uses the built-in policy unless told otherwise. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Evaluates a local distribution file — a wheel or an sdist a host built or was handed — with
   * every rule: the name, file and content rules on what the file says about itself and holds,
   * the advisory databases on its name and version, and the rules that need an index (age,
   * downloads, maintainers) reporting what they cannot know. Its dependencies are not walked.
   * Never throws for anything the file holds.
   *
   * @param file the file; its kind comes from its name and must agree with its content
   * @throws GuardClosedException if the guard is closed
   * @throws EvaluationInterruptedException if the calling thread is interrupted
   */
  public Verdict evaluateFile(java.nio.file.Path file) {
    Objects.requireNonNull(file, "file");
    return whileOpen(() -> settlement.settle(List.of(evaluator.evaluateFile(file))).get(0));
  }

  /**
   * Evaluates one package and, unless the policy's {@code [dependencies] walk} is off, everything
   * it depends on for the request's target environment and extras (see {@link #evaluateAll}).
   * Never throws for anything the package, a source or a rule does: every failure is a rejecting
   * finding in the verdict.
   *
   * @throws GuardClosedException if the guard is closed
   * @throws EvaluationInterruptedException if the calling thread is interrupted
   */
  public Verdict evaluate(PackageRequest request) {
    Objects.requireNonNull(request, "request");
    return whileOpen(
        () ->
            settlement
                .settle(
                    List.of(
                        policy.dependencies().walk()
                            ? walk.walkFrom(List.of(request)).get(0)
                            : evaluator.evaluateAlone(request)))
                .get(0));
  }

  /**
   * Evaluates many packages concurrently, at most the policy's {@code limits.concurrency} at once,
   * and, unless the policy's {@code [dependencies] walk} is off, everything they depend on,
   * transitively: each verdict carries its tree of dependency verdicts, and is never better than
   * any package in it. Requests that name the same package share one evaluation of it, so a
   * requirements file that pins a package decides the version its dependents get.
   *
   * @return one verdict per request, in the order of the requests
   * @throws GuardClosedException if the guard is closed
   * @throws EvaluationInterruptedException if the calling thread is interrupted
   */
  public List<Verdict> evaluateAll(Collection<PackageRequest> requests) {
    List<PackageRequest> all = new ArrayList<>(requests);
    all.forEach(r -> Objects.requireNonNull(r, "request"));
    return whileOpen(
        () -> settlement.settle(policy.dependencies().walk() ? walk.walkFrom(all) : exactly(all)));
  }

  /**
   * Evaluates exactly the requested packages, not their dependencies, whatever the policy says:
   * for a complete environment such as a lock file, where every package is already listed with
   * its version.
   *
   * @return one verdict per request, in the order of the requests
   * @throws GuardClosedException if the guard is closed
   * @throws EvaluationInterruptedException if the calling thread is interrupted
   */
  public List<Verdict> evaluateExactly(Collection<PackageRequest> requests) {
    List<PackageRequest> all = new ArrayList<>(requests);
    all.forEach(r -> Objects.requireNonNull(r, "request"));
    return whileOpen(() -> settlement.settle(exactly(all)));
  }

  private List<Verdict> exactly(List<PackageRequest> all) {
    // Metadata, advisory questions in batches (not one per package), then each batch's rules and
    // downloads while later packages' metadata is still being fetched.
    return awaited(
        () ->
            new ExactPipeline(evaluationExecutor, evaluator, policy.limits().concurrency())
                .run(all));
  }

  /**
   * Runs an evaluation unless the guard is closed; turns the executors' refusal after {@link
   * #close()} and the caller's interruption into this class's documented exceptions.
   */
  private <T> T whileOpen(java.util.function.Supplier<T> evaluation) {
    if (closed) {
      throw new GuardClosedException();
    }
    T result;
    try {
      result = evaluation.get();
    } catch (java.util.concurrent.RejectedExecutionException e) {
      throw new GuardClosedException();
    }
    if (Thread.currentThread().isInterrupted()) {
      // Rule calls cut short by the interrupt rejected; the host asked to stop, so it gets no
      // verdict at all rather than one it might take for the real answer.
      throw new EvaluationInterruptedException();
    }
    if (closed) {
      throw new GuardClosedException();
    }
    return result;
  }

  private <T, R> List<R> inParallel(List<T> inputs, java.util.function.Function<T, R> work) {
    List<Future<R>> futures = new ArrayList<>(inputs.size());
    for (T input : inputs) {
      futures.add(evaluationExecutor.submit(() -> work.apply(input)));
    }
    List<R> results = new ArrayList<>(futures.size());
    try {
      for (Future<R> future : futures) {
        results.add(awaited(() -> awaitWhileOpen(future)));
      }
    } catch (EvaluationInterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      throw e;
    }
    return results;
  }

  /** Waiting that the evaluation threads end. */
  @FunctionalInterface
  private interface Waiting<R> {
    R get() throws InterruptedException, ExecutionException;
  }

  /**
   * What {@code waiting} gives, with its failures as this class documents them: the caller's
   * interruption (its status set again), the guard closed meanwhile, an evaluation thread's
   * failure ({@link #failure}).
   */
  private static <R> R awaited(Waiting<R> waiting) {
    try {
      return waiting.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EvaluationInterruptedException();
    } catch (java.util.concurrent.CancellationException e) {
      // Only close() cancels the evaluation threads' work.
      throw new GuardClosedException();
    } catch (ExecutionException e) {
      throw failure(e);
    }
  }

  /**
   * The result of {@code future}; a {@link java.util.concurrent.CancellationException} once the
   * evaluation threads are shut down (work still queued then never runs, and waiting for it would
   * never end).
   */
  private <R> R awaitWhileOpen(Future<R> future) throws InterruptedException, ExecutionException {
    while (true) {
      try {
        return future.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        if (evaluationExecutor.isShutdown() && !future.isDone()) {
          throw new java.util.concurrent.CancellationException("the guard was closed");
        }
      }
    }
  }

  /**
   * What an evaluation thread's failure becomes for the caller: the evaluator contains every
   * failure but the JVM's own (FatalErrors), which is rethrown; a refusal of the closed guard's
   * executor is {@link GuardClosedException}.
   */
  private static RuntimeException failure(ExecutionException e) {
    if (e.getCause() instanceof Error error) {
      throw error;
    }
    if (e.getCause() instanceof java.util.concurrent.RejectedExecutionException) {
      return new GuardClosedException();
    }
    return new IllegalStateException("evaluation failed", e.getCause());
  }

  /**
   * Evaluates a whole environment: every request (as {@link #evaluateAll}) and one verdict for
   * the environment, whose dependencies are the packages' verdicts, whose findings are {@code
   * findings} (what the caller found in the environment's description: an extra index, a line
   * that names a URL) plus one per package that is not allowed, and whose decision is the
   * strictest of all.
   *
   * @param name what the environment is called in reports (a file name)
   * @param ecosystem the packages' ecosystem
   * @param requests the packages
   * @param findings findings about the environment itself; their rule ids must not be the
   *     core's reserved ones except {@code environment}
   */
  public Verdict evaluateEnvironment(
      String name,
      String ecosystem,
      List<PackageRequest> requests,
      List<io.pkgguard.api.Finding> findings) {
    java.time.Instant start = clock.instant();
    List<Verdict> packages = evaluateAll(requests);
    return io.pkgguard.core.evaluation.EnvironmentVerdicts.combine(
        new io.pkgguard.api.PackageId(ecosystem, name),
        packages,
        findings,
        terms,
        start,
        clock.instant());
  }

  /**
   * Judges a requirements or lock file as pip (or the ecosystem's installer) would use it: the
   * ecosystem reads it (includes from its directory only, {@code ${VAR}}s from the builder's
   * environment), its packages are judged for the target — a lock file's exactly as locked, a
   * requirements file's with everything they pull in — and the environment-stage rules (the
   * built-in {@code environment} rule) report what the file asks for beyond them: another index,
   * unvetted lines, open versions, pinned hashes that match nothing judged. One verdict for the
   * environment, its packages as dependencies, never better than any of them.
   *
   * @param ecosystem the file's ecosystem, such as {@code pypi}
   * @param file the requirements or lock file
   * @param target the environment the packages are for
   * @return the environment's verdict; REJECT with nothing judged if the ecosystem's reader
   *     itself fails (its fault, not the file's)
   * @throws io.pkgguard.api.EnvironmentFileException if the file cannot be read (nothing is judged)
   * @throws IllegalArgumentException if the ecosystem is not installed
   * @throws GuardClosedException if the guard is closed
   * @throws EvaluationInterruptedException if the calling thread is interrupted
   */
  public Verdict evaluateEnvironment(
      String ecosystem, java.nio.file.Path file, io.pkgguard.api.TargetEnvironment target)
      throws io.pkgguard.api.EnvironmentFileException {
    return judgeEnvironment(ecosystem, file, target, io.pkgguard.api.EnvironmentSelection.none())
        .verdict();
  }

  /**
   * {@link #evaluateEnvironment(String, java.nio.file.Path, io.pkgguard.api.TargetEnvironment)}
   * with the extras and dependency groups a user selected, answering the file's description with
   * the verdict: reports that point at the line that asked for each package (SARIF) read it.
   *
   * @param ecosystem the file's ecosystem, such as {@code pypi}
   * @param file the requirements, lock or project file
   * @param target the environment the packages are for
   * @param selection extras and dependency groups to judge besides the required dependencies
   * @return the verdict, and the description it judged (empty if the reader itself failed)
   * @throws io.pkgguard.api.EnvironmentFileException if the file cannot be read, or has no such
   *     extra or group
   * @throws IllegalArgumentException if the ecosystem is not installed
   * @throws GuardClosedException if the guard is closed
   * @throws EvaluationInterruptedException if the calling thread is interrupted
   */
  public JudgedEnvironment judgeEnvironment(
      String ecosystem,
      java.nio.file.Path file,
      io.pkgguard.api.TargetEnvironment target,
      io.pkgguard.api.EnvironmentSelection selection)
      throws io.pkgguard.api.EnvironmentFileException {
    Ecosystem installed = ecosystems.get(Objects.requireNonNull(ecosystem, "ecosystem"));
    if (installed == null) {
      throw new IllegalArgumentException("no " + ecosystem + " ecosystem is installed");
    }
    java.time.Instant start = clock.instant();
    io.pkgguard.api.EnvironmentDescription description;
    try {
      description =
          EnvironmentEvaluation.withInstallerIndexes(
              EnvironmentEvaluation.read(
                  installed, ecosystems, file, target, environmentVariables, selection),
              installerIndexes);
    } catch (io.pkgguard.api.EnvironmentFileException e) {
      throw e;
    } catch (Throwable e) {
      // The reader's own fault, not the file's: nothing was judged, so nothing is allowed.
      io.pkgguard.core.evaluation.FatalErrors.rethrowIfFatal(e);
      LOG.error("the {} reader failed on {}", ecosystem, file, e);
      String name = EnvironmentEvaluation.name(file);
      return new JudgedEnvironment(
          environmentVerdict(
              name,
              ecosystem,
              List.of(),
              List.of(io.pkgguard.core.evaluation.CoreFindings.readerFailed(name, ecosystem, e)),
              start),
          Optional.empty());
    }
    return judge(installed, description, target, start);
  }

  /**
   * Judges packages a user named (on a command line, in a dialog) as one environment, for a
   * guard whose installer configuration has index options ({@link Builder#installerIndexes}): a
   * package a user names is installed through that configuration, so its extra indexes and
   * unverified hosts are weighed with the packages, each package's verdict a dependency of the
   * environment's. With no installer index options this is {@link #evaluateAll} with an
   * environment verdict around it.
   *
   * @param name what the environment is called in reports (such as "command line")
   * @param ecosystem the packages' ecosystem
   * @param requests the packages, each for its target
   * @return the verdict, and the description judged (each request on "line" i of {@code name})
   * @throws IllegalArgumentException if the ecosystem is not installed
   * @throws GuardClosedException if the guard is closed
   * @throws EvaluationInterruptedException if the calling thread is interrupted
   */
  public JudgedEnvironment judgeRequests(
      String name, String ecosystem, List<PackageRequest> requests) {
    Ecosystem installed = ecosystems.get(Objects.requireNonNull(ecosystem, "ecosystem"));
    if (installed == null) {
      throw new IllegalArgumentException("no " + ecosystem + " ecosystem is installed");
    }
    java.time.Instant start = clock.instant();
    List<io.pkgguard.api.EnvironmentDescription.Requirement> requirements = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      requirements.add(
          new io.pkgguard.api.EnvironmentDescription.Requirement(
              requests.get(i),
              List.of(),
              new io.pkgguard.api.EnvironmentDescription.Location(name, i + 1, 0)));
    }
    io.pkgguard.api.EnvironmentDescription description =
        new io.pkgguard.api.EnvironmentDescription(
            name, false, requirements, installerIndexes, List.of());
    io.pkgguard.api.TargetEnvironment target =
        requests.isEmpty()
            ? io.pkgguard.api.TargetEnvironment.unknown()
            : requests.get(0).environment();
    return judge(installed, description, target, start);
  }

  private JudgedEnvironment judge(
      Ecosystem installed,
      io.pkgguard.api.EnvironmentDescription description,
      io.pkgguard.api.TargetEnvironment target,
      java.time.Instant start) {
    EnvironmentEvaluation.Result result =
        EnvironmentEvaluation.judge(
            description,
            installed,
            environmentSources(installed.id(), description),
            target,
            clock,
            new EnvironmentEvaluation.Judge() {
              @Override
              public List<Verdict> evaluateAll(List<PackageRequest> requests) {
                return Guard.this.evaluateAll(requests);
              }

              @Override
              public List<Verdict> evaluateExactly(List<PackageRequest> requests) {
                return Guard.this.evaluateExactly(requests);
              }

              @Override
              public List<Finding> checkEnvironment(io.pkgguard.api.RuleContext.Builder context) {
                return whileOpen(() -> evaluator.checkEnvironment(context));
              }
            });
    return new JudgedEnvironment(
        environmentVerdict(
            description.file(), installed.id(), result.packages(), result.findings(), start),
        Optional.of(description));
  }

  /** {@return whether the installer's configuration sets index options} */
  public boolean hasInstallerIndexes() {
    return !installerIndexes.isEmpty();
  }

  /**
   * The sources an environment's index choices are weighed against: those of the file's ecosystem
   * and of every other ecosystem its packages come from (environment.yml's pip: block).
   */
  private List<io.pkgguard.api.SourceDescriptor> environmentSources(
      String ecosystem, io.pkgguard.api.EnvironmentDescription description) {
    java.util.Set<String> ecosystems = new java.util.HashSet<>();
    ecosystems.add(ecosystem);
    description.requirements().forEach(r -> ecosystems.add(r.request().id().ecosystem()));
    return sources().stream().filter(s -> ecosystems.contains(s.ecosystem())).toList();
  }

  /**
   * The environment verdict for packages already evaluated (for callers that compare them with
   * their environment's description first, such as pinned hashes).
   */
  public Verdict environmentVerdict(
      String name,
      String ecosystem,
      List<Verdict> packages,
      List<io.pkgguard.api.Finding> findings,
      java.time.Instant startedAt) {
    return io.pkgguard.core.evaluation.EnvironmentVerdicts.combine(
        new io.pkgguard.api.PackageId(ecosystem, name),
        packages,
        findings,
        terms,
        startedAt,
        clock.instant());
  }

  /**
   * Runs only the name rules (category {@code NAME}: name-format, name-keywords, typosquat and any
   * a plugin adds) on a bare name, offline: no source is asked and no metadata exists, so rules
   * that weigh a project's standing treat it as new and unknown. Every rule call has the policy's
   * rule budget and is contained as in {@link #evaluate}. Thread-safe.
   *
   * @return the findings, possibly empty; never throws for anything the name or a rule does
   * @throws IllegalArgumentException if the ecosystem is not installed
   * @throws GuardClosedException if the guard is closed
   * @throws EvaluationInterruptedException if the calling thread is interrupted
   */
  public List<Finding> screenName(String ecosystem, String name) {
    return screenNames(ecosystem, List.of(Objects.requireNonNull(name, "name"))).get(0);
  }

  /**
   * {@link #screenName} for many names at once, as registry operators and {@code pkgguard
   * scan-names} sweep them: each rule runs over the whole list on one thread (a call per name
   * would cost more than the rules), every call still with its own budget.
   *
   * @return each name's findings, in the order of the names
   * @throws IllegalArgumentException if the ecosystem is not installed
   * @throws GuardClosedException if the guard is closed
   * @throws EvaluationInterruptedException if the calling thread is interrupted
   */
  public List<List<Finding>> screenNames(String ecosystem, List<String> names) {
    Objects.requireNonNull(ecosystem, "ecosystem");
    List<PackageRequest> requests =
        names.stream()
            .map(
                n -> PackageRequest.of(new PackageId(ecosystem, Objects.requireNonNull(n, "name"))))
            .toList();
    return whileOpen(() -> evaluator.screenNames(requests));
  }

  /**
   * Parses a package specification in an ecosystem's syntax (for PyPI: {@code name}, {@code
   * name==1.0} or a PEP 508 requirement).
   *
   * @throws RequestSyntaxException if it cannot be parsed, or the ecosystem is unknown
   */
  public PackageRequest parse(String ecosystem, String spec) throws RequestSyntaxException {
    Ecosystem support = ecosystems.get(ecosystem);
    if (support == null) {
      throw new RequestSyntaxException(
          PluginArtifacts.unknownEcosystem(ecosystem, ecosystems.keySet()));
    }
    return support.parseRequest(spec);
  }

  /** The rules this guard runs (those the policy disables included), ordered by id. */
  public List<RuleDescriptor> rules() {
    return rules.stream().map(RegisteredRule::descriptor).toList();
  }

  /**
   * Where a rule's class was loaded from: the jar file (or class directory) of the plugin that
   * provides it, for telling users which jar a rule came from.
   *
   * @param ruleId the rule's id
   * @return the location; empty if the guard has no such rule or its class has none
   */
  public Optional<java.nio.file.Path> ruleLocation(String ruleId) {
    return rules.stream()
        .filter(r -> r.id().equals(ruleId))
        .findFirst()
        .map(r -> r.rule().getClass().getProtectionDomain().getCodeSource())
        .filter(Objects::nonNull)
        .flatMap(
            source -> {
              try {
                return Optional.of(java.nio.file.Path.of(source.getLocation().toURI()));
              } catch (java.net.URISyntaxException | RuntimeException e) {
                return Optional.empty();
              }
            });
  }

  /** The configured sources, in policy order. */
  public List<SourceDescriptor> sources() {
    return sources.values().stream().map(ConfiguredSource::descriptor).toList();
  }

  /**
   * The policy in force (without the runtime pause switch): the configured one with the host's
   * changes (an index, rules removed), whose fingerprint every verdict records.
   */
  public Policy policy() {
    return policy;
  }

  /**
   * What this guard checks less than its policy's rules would: rules the policy disables or the
   * host removed, ordered by rule id. Every verdict carries the same list.
   */
  public List<io.pkgguard.api.Relaxation> relaxations() {
    return terms.relaxations();
  }

  /** Pauses all installations: from now on every evaluation is REJECT until {@link #resume()}. */
  public void pause(String reason) {
    runtimePause.set(Pause.because(Objects.requireNonNull(reason, "reason")));
  }

  /** Lifts a pause set with {@link #pause(String)}; a pause set in the policy stays. */
  public void resume() {
    runtimePause.set(Pause.off());
  }

  /**
   * The pause in force: the policy's, this guard's runtime switch, or the shared store's (read
   * again every {@code [store] pause-check-ms}). If the store cannot be read, a pause of unknown
   * state: nothing is allowed while it is unknown.
   */
  public Pause currentPause() {
    if (policy.pause().active()) {
      return policy.pause();
    }
    Pause runtime = runtimePause.get();
    if (runtime.active()) {
      return runtime;
    }
    try {
      io.pkgguard.api.PauseState shared = state.pause();
      return shared.active()
          ? Pause.because(
              shared.reason() + " (paused by " + shared.by() + " at " + shared.since() + ")")
          : Pause.off();
    } catch (io.pkgguard.api.StoreException e) {
      return Pause.unreadable(e.getMessage());
    }
  }

  /**
   * Approvals of this guard's verdicts, kept in its store (see {@link Approvals}).
   *
   * @return the approvals
   */
  public Approvals approvals() {
    return approvals;
  }

  /** {@return the emergency pause every host using this guard's store obeys} */
  public EmergencyPause emergencyPause() {
    return emergencyPause;
  }

  /** {@return the audit log of this guard's store} */
  public AuditLog auditLog() {
    return auditLog;
  }

  /**
   * The file a verdict judged, as this guard kept it when it was downloaded ({@link
   * Builder#retainDownloads}). The host installs it after checking its SHA-256 once more: between
   * judging and installing, the file is the host's to guard.
   *
   * @param artifact one of a verdict's artifacts
   * @return the file; empty if downloads are not retained, the artifact has no digest, or the
   *     file is not there (it was judged before the guard kept downloads, or was removed)
   */
  public Optional<java.nio.file.Path> retainedFile(io.pkgguard.api.Artifact artifact) {
    return artifact
        .sha256()
        .flatMap(digest -> inspector.retained(artifact.filename(), digest))
        .filter(java.nio.file.Files::isRegularFile);
  }

  /** {@return who this guard evaluates for, as the audit log names them} */
  public String identity() {
    return identity;
  }

  /**
   * The rules this guard found stuck: calls that ran past their budget and did not stop when
   * interrupted. Such a rule is no longer called; every evaluation that needs it is rejected
   * until the host builds a new guard. Empty when all is well.
   */
  public List<StuckRule> stuckRules() {
    return stuck(evaluator.stuckRules());
  }

  private static List<StuckRule> stuck(List<io.pkgguard.core.evaluation.RuleThreads> threads) {
    return threads.stream().map(t -> new StuckRule(t.ruleId(), t.threads(), t.since())).toList();
  }

  /**
   * Closes the guard: evaluations that follow, and those still running, throw {@link
   * GuardClosedException}; running rule calls are interrupted and given up to {@code wait} to
   * stop; the guard's own threads and connections are released.
   *
   * @return the rules whose calls were still running after {@code wait} (their threads are
   *     daemons: they cannot keep the JVM alive); empty when everything stopped
   */
  public List<StuckRule> shutdown(Duration wait) {
    Objects.requireNonNull(wait, "wait");
    closed = true;
    evaluationExecutor.shutdownNow();
    List<StuckRule> notStopped = stuck(evaluator.shutdown(wait));
    state.close();
    if (ownedTransport != null) {
      try {
        ownedTransport.close();
      } catch (Exception e) {
        LOG.debug("closing the transport failed", e);
      }
    }
    return notStopped;
  }

  /**
   * {@link #shutdown} with a one-second wait; rule calls that did not stop by then are logged as a
   * warning (a host that wants them as data calls {@link #shutdown} instead). Idempotent.
   */
  @Override
  public void close() {
    List<StuckRule> notStopped = shutdown(CLOSE_WAIT);
    for (StuckRule rule : notStopped) {
      LOG.warn(
          "rule {}: {} call(s) still running after close; they were interrupted and are"
              + " left to end on their own",
          rule.ruleId(),
          rule.threads());
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread thread = new Thread(r, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Configures and builds a {@link Guard}. Not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private Policy policy = Policy.defaults();
    private Optional<Path> policyFile = Optional.empty();
    private Optional<java.net.URI> advisoryDatabase = Optional.empty();
    private boolean discover = true;
    private ClassLoader classLoader = Guard.class.getClassLoader();
    private final List<SecurityRule> addedRules = new ArrayList<>();
    private final Set<String> removedRules = new LinkedHashSet<>();
    private final List<PackageSourceProvider> addedProviders = new ArrayList<>();
    private final List<AdvisorySourceProvider> addedAdvisoryProviders = new ArrayList<>();
    private final List<Ecosystem> addedEcosystems = new ArrayList<>();
    private HttpTransport transport;
    private boolean offline;
    private Credentials credentials = Credentials.none();
    private Optional<java.net.ProxySelector> proxy = Optional.empty();
    private Optional<javax.net.ssl.SSLContext> tls = Optional.empty();
    private Optional<java.nio.file.Path> cacheDirectory = Optional.empty();
    private Optional<java.nio.file.Path> temporaryDirectory = Optional.empty();
    private Optional<java.nio.file.Path> retainDownloads = Optional.empty();
    private long cacheDirectoryBytes;
    private final Map<String, java.net.URI> indexOverrides = new LinkedHashMap<>();
    private io.pkgguard.api.EvaluationProgress progress = io.pkgguard.api.EvaluationProgress.NONE;
    private List<io.pkgguard.api.EnvironmentDescription.IndexChoice> installerIndexes = List.of();
    private Clock clock = Clock.systemUTC();
    private Optional<io.pkgguard.api.StateStore> store = Optional.empty();
    private String identity = System.getProperty("user.name", "unknown");
    private Map<String, String> environment = System.getenv();
    private Optional<Path> home = Optional.empty();

    private Builder() {}

    /** The policy to apply (default: {@link Policy#defaults()}). Replaces {@link #policy(Path)}. */
    public Builder policy(Policy value) {
      policy = Objects.requireNonNull(value, "policy");
      policyFile = Optional.empty();
      return this;
    }

    /**
     * The policy file to apply, read when the guard is built (a TOML policy, or a {@code
     * pyproject.toml} with {@code [tool.pkgguard]}), laid over the built-in policy. Replaces
     * {@link #policy(Policy)}.
     */
    public Builder policy(Path file) {
      policyFile = Optional.of(Objects.requireNonNull(file, "file"));
      return this;
    }

    /**
     * Also consults this offline OSV database (a {@code file:} URL of a zip of OSV records, as
     * {@code tools/refresh-osv-db} writes, or an {@code https:} URL of one) for every package, as
     * {@code --advisory-db} does; offline, it is the only one. Checked when the guard is built.
     */
    public Builder advisoryDatabase(java.net.URI url) {
      advisoryDatabase = Optional.of(Objects.requireNonNull(url, "url"));
      return this;
    }

    /** Whether to discover plugins through {@link java.util.ServiceLoader} (default: yes). */
    public Builder discover(boolean value) {
      discover = value;
      return this;
    }

    /** The class loader discovery searches (default: the core's). */
    public Builder classLoader(ClassLoader value) {
      classLoader = Objects.requireNonNull(value, "classLoader");
      return this;
    }

    /** Adds a rule; its id must not collide with a discovered one unless that one is removed. */
    public Builder addRule(SecurityRule rule) {
      addedRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Removes the discovered rule and any rule added so far with this id; rules added afterwards
     * stay. Remove, then add, to replace a rule.
     */
    public Builder removeRule(String ruleId) {
      removedRules.add(Objects.requireNonNull(ruleId, "ruleId"));
      addedRules.removeIf(rule -> PluginRegistry.describe(rule).id().equals(ruleId));
      return this;
    }

    /**
     * Removes every built-in rule (those the built-in policy names), for a host that runs only
     * rules of its own. The guard still needs at least one rule, and every verdict lists the
     * removed rules under {@link Verdict#relaxations()}. Rules added afterwards stay.
     */
    public Builder withoutBuiltInRules() {
      Policy.defaults().rules().keySet().forEach(this::removeRule);
      return this;
    }

    /** Adds a source type; it replaces a discovered provider of the same type. */
    public Builder addSourceProvider(PackageSourceProvider provider) {
      addedProviders.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /** Adds an advisory database type; it replaces a discovered provider of the same type. */
    public Builder addAdvisorySourceProvider(AdvisorySourceProvider provider) {
      addedAdvisoryProviders.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /** Adds an ecosystem's syntax support; it replaces a discovered one with the same id. */
    public Builder addEcosystem(Ecosystem ecosystem) {
      addedEcosystems.add(Objects.requireNonNull(ecosystem, "ecosystem"));
      return this;
    }

    /**
     * The transport for single exchanges (default: a {@link JdkHttpTransport}). It must not follow
     * redirects itself; the guard wraps it so that trust and redirects are checked for every source.
     */
    public Builder transport(HttpTransport value) {
      transport = Objects.requireNonNull(value, "transport");
      return this;
    }

    /**
     * Where credentials for index hosts come from (default: none). Each request gets the
     * credentials of its own host only, over https or loopback; they are never logged or
     * recorded. {@link io.pkgguard.core.connection.NetrcCredentials#standard()} reads
     * {@code ~/.netrc}.
     */
    public Builder credentials(Credentials value) {
      credentials = Objects.requireNonNull(value, "credentials");
      return this;
    }

    /**
     * Connect through a proxy (default: directly). {@link
     * io.pkgguard.core.connection.EnvironmentProxySelector#from} reads HTTPS_PROXY and NO_PROXY.
     * Applies to the built-in transport only.
     */
    public Builder proxy(java.net.ProxySelector value) {
      proxy = Optional.of(Objects.requireNonNull(value, "proxy"));
      return this;
    }

    /**
     * The TLS context of the built-in transport (default: the JDK's trust). {@link
     * io.pkgguard.core.connection.TrustedCertificates#withBundle} adds a private CA.
     */
    public Builder tls(javax.net.ssl.SSLContext value) {
      tls = Optional.of(Objects.requireNonNull(value, "tls"));
      return this;
    }

    /**
     * Keep every distribution file this guard downloads and verifies, after it was judged, in
     * {@code directory} as {@code <sha256>/<filename>}: an installer then installs exactly the
     * bytes the verdict is about ({@link Guard#retainedFile}). The host owns the directory and
     * deletes it when done. Downloads are also written there while they are read, unless {@link
     * #temporaryDirectory} says otherwise.
     */
    public Builder retainDownloads(java.nio.file.Path directory) {
      retainDownloads = Optional.of(Objects.requireNonNull(directory, "directory"));
      return this;
    }

    /**
     * Where downloaded distribution files are kept while they are read (each is deleted as soon as
     * it has been); by default the system's temporary directory.
     */
    public Builder temporaryDirectory(java.nio.file.Path directory) {
      temporaryDirectory = Optional.of(Objects.requireNonNull(directory, "directory"));
      return this;
    }

    /**
     * Keep index responses in a directory instead of memory, so that later runs and other
     * processes sharing it reuse them (revalidated when stale). Opt-in; the directory should
     * belong to the user running pkgguard.
     *
     * @param directory created if missing
     * @param maxBytes the most body bytes kept there; the oldest entries go first
     */
    public Builder diskCache(java.nio.file.Path directory, long maxBytes) {
      cacheDirectory = Optional.of(Objects.requireNonNull(directory, "directory"));
      cacheDirectoryBytes = maxBytes;
      return this;
    }

    /** Whether to refuse all network access and read only {@code file:} mirrors. */
    public Builder offline(boolean value) {
      offline = value;
      return this;
    }

    /**
     * Replaces the index of an ecosystem's default source (its first enabled source in the
     * policy) for this guard, as {@code --index} does. The index's host, or its directory for a
     * {@code file:} mirror, is trusted; the source's trusted download hosts stay.
     */
    public Builder index(String ecosystem, java.net.URI url) {
      indexOverrides.put(
          Objects.requireNonNull(ecosystem, "ecosystem"), Objects.requireNonNull(url, "url"));
      return this;
    }

    /**
     * Told what the guard is doing while it evaluates (packages started, resolved, downloaded,
     * finished), for a progress display; called from the evaluating threads (default: nobody).
     */
    public Builder progress(io.pkgguard.api.EvaluationProgress value) {
      progress = Objects.requireNonNull(value, "progress");
      return this;
    }

    /**
     * The index options the installer on this machine is configured with (pip.conf, uv.toml,
     * PIP_* variables), each at the file and line that sets it: every environment is judged as if
     * its file named them too, so that an extra index or an unverified host in the installer's
     * configuration is weighed like one in a requirements file. An index option of the file itself
     * replaces the configured {@code INDEX_URL}, as pip's command line does (default: none).
     */
    public Builder installerIndexes(
        List<io.pkgguard.api.EnvironmentDescription.IndexChoice> value) {
      installerIndexes = List.copyOf(Objects.requireNonNull(value, "installerIndexes"));
      return this;
    }

    /**
     * The store for approvals, the audit log and the shared pause, opened and closed by the host
     * (default: the one the policy's {@code [store]} names, opened by the guard).
     */
    public Builder store(io.pkgguard.api.StateStore value) {
      store = Optional.of(Objects.requireNonNull(value, "store"));
      return this;
    }

    /**
     * Who evaluates, as the audit log records them (default: the OS user name). A host with its
     * own notion of users (an IDE's account, a build's principal) says so here.
     */
    public Builder identity(String value) {
      identity = Objects.requireNonNull(value, "identity");
      return this;
    }

    /**
     * The environment store credentials are read from (default: the process environment); also
     * where {@code PKGGUARD_HOME} is looked up, and the variables a requirements file's {@code
     * ${VAR}} may name.
     */
    public Builder environment(Map<String, String> value) {
      environment = Map.copyOf(value);
      return this;
    }

    /**
     * The directory for local state such as the embedded store (default: the {@code
     * pkgguard.home} system property, else {@code $PKGGUARD_HOME}, else {@code ~/.pkgguard}).
     */
    public Builder home(Path value) {
      home = Optional.of(Objects.requireNonNull(value, "home"));
      return this;
    }

    /** The clock rules and timestamps use (default: the UTC system clock). */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the guard.
     *
     * @throws ConfigurationException if rule ids collide or are reserved, a rule's definition is
     *     invalid, the policy names unknown rules or parameters or gives a parameter a value of
     *     the wrong type, or a source cannot be created
     */
    public Guard build() {
      policyFile.ifPresent(file -> policy = PolicyLoader.load(file));
      advisoryDatabase.ifPresent(
          url ->
              policy =
                  policy.withAdvisoryDatabase("advisory-db", AdvisoryDatabaseLocation.check(url)));
      PluginDiscovery discovery = new PluginDiscovery(classLoader);
      List<RegisteredRule> rules =
          PluginRegistry.rules(discover ? discovery.rules() : List.of(), removedRules, addedRules);
      Map<String, Ecosystem> ecosystems =
          PluginRegistry.register(
              discover ? discovery.ecosystems() : List.of(),
              addedEcosystems,
              Ecosystem::id,
              "ecosystem");
      Map<String, PackageSourceProvider> providers =
          PluginRegistry.register(
              discover ? discovery.sourceProviders() : List.of(),
              addedProviders,
              PackageSourceProvider::type,
              "source type");
      Map<String, AdvisorySourceProvider> advisoryProviders =
          PluginRegistry.register(
              discover ? discovery.advisoryProviders() : List.of(),
              addedAdvisoryProviders,
              AdvisorySourceProvider::type,
              "advisory source type");

      // The policy the guard applies: the rules it expects, their parameters, the indexes.
      EvaluationTerms expected = RuleExpectations.check(policy, rules, removedRules);
      policy = expected.policy();
      List<io.pkgguard.api.Relaxation> relaxations = new ArrayList<>(expected.relaxations());
      relaxations.addAll(PolicyWeakenings.of(policy, rules));
      List<RuleDescriptor> descriptors = rules.stream().map(RegisteredRule::descriptor).toList();
      policy = RuleParameterCheck.check(ParameterDefaults.fillIn(policy, descriptors), descriptors);
      RuleParameterCheck.byRules(
          policy,
          rules.stream()
              .collect(
                  java.util.stream.Collectors.toMap(
                      RegisteredRule::id,
                      RegisteredRule::rule,
                      (a, b) -> a,
                      java.util.TreeMap::new)));
      policy = SourceAssembly.withIndexOverrides(policy, indexOverrides, providers, ecosystems);
      if (offline) {
        // Offline, only local advisory databases can be consulted; the vulnerabilities rule
        // says when none is left.
        policy = policy.withoutOnlineAdvisories();
      }

      TransportAssembly.Assembled transports =
          TransportAssembly.assemble(
              policy,
              new TransportAssembly.Settings(
                  Optional.ofNullable(transport),
                  offline,
                  proxy,
                  tls,
                  cacheDirectory,
                  cacheDirectoryBytes,
                  clock));
      Map<String, ConfiguredSource> sources =
          SourceAssembly.sources(
              policy, providers, ecosystems, transports.base(), credentials, clock);
      List<ConfiguredAdvisorySource> advisories =
          SourceAssembly.advisories(
              policy, advisoryProviders, ecosystems, transports.base(), credentials, clock);
      SharedState state =
          StoreAssembly.of(
              policy,
              store,
              discover ? discovery.storeProviders() : List.of(),
              home,
              environment,
              clock);
      return new Guard(
          this,
          new EvaluationTerms(policy, List.copyOf(relaxations)),
          rules,
          ecosystems,
          sources,
          advisories,
          transports.owned().orElse(null),
          state);
    }
  }
}
