package io.pkgguard.core.evaluation;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Dependency;
import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import io.pkgguard.api.VersionScheme;
import io.pkgguard.core.policy.DependencyLimits;
import io.pkgguard.core.policy.Policy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Evaluates packages together with everything they pull in. Level by level: the packages of a
 * level are fetched concurrently, then every advisory database is asked once for the whole level,
 * then their dependencies (for each package's target environment and extras) make the next level.
 *
 * <p>Each name is evaluated once. The first level that asks for a name decides its version: all of
 * that level's requirements on it are combined, and the source picks the newest release that
 * satisfies them all, as an installer would. A later requirement the chosen version does not
 * satisfy is a conflict, reported rather than guessed at (an installer would backtrack to versions
 * that were never evaluated). Cycles are followed once. A tree deeper or larger than the policy's
 * limits is not fully checked, so whatever pulls in the rest is incomplete and rejected.
 *
 * <p>When every package has been through its rules, each package's verdict gets a finding per
 * package in its tree that is not allowed, naming the path ({@code app → lib → evil}); its
 * decision is never better than any of them. The verdicts' dependency lists form a tree in which
 * each package's own dependencies appear once, under the package that first pulled it in;
 * elsewhere it appears without them.
 */
public final class DependencyWalk {

  /** How many worse dependencies a verdict names one by one before summing up the rest. */
  private static final int NAMED_WORSE_DEPENDENCIES = 10;

  /** Runs {@code work} over {@code inputs} concurrently; the results are in input order. */
  public interface Parallel {
    <T, R> List<R> map(List<T> inputs, Function<T, R> work);
  }

  private final PackageEvaluator evaluator;
  private final Map<String, Ecosystem> ecosystems;
  private final Policy policy;
  private final Parallel parallel;

  /**
   * @param evaluator evaluates each package
   * @param ecosystems ecosystems by id, which read dependencies and compare versions
   * @param policy the policy in force; its {@code [dependencies]} limits apply
   * @param parallel where fetching and rules run concurrently
   */
  public DependencyWalk(
      PackageEvaluator evaluator,
      Map<String, Ecosystem> ecosystems,
      Policy policy,
      Parallel parallel) {
    this.evaluator = evaluator;
    this.ecosystems = Map.copyOf(ecosystems);
    this.policy = policy;
    this.parallel = parallel;
  }

  /**
   * Evaluates the requests and their dependencies.
   *
   * @return one verdict per request, in order, each with its tree of dependency verdicts
   */
  public List<Verdict> walkFrom(List<PackageRequest> requests) {
    return new Run().walk(requests);
  }

  /** One dependency of a package, and the package evaluated for it. */
  private record Edge(Node target, Dependency dependency) {}

  /** A requirement waiting for the package that will be evaluated for it. */
  private record Ask(Node from, Dependency dependency) {}

  /** One package of the tree. */
  private static final class Node {
    final PackageEvaluator.Evaluation evaluation;
    final Node parent;
    final int depth;
    final Set<String> extras = new LinkedHashSet<>();
    final Set<String> followed = new LinkedHashSet<>();
    final List<Edge> edges = new ArrayList<>();
    boolean expanded;
    Verdict own;

    Node(PackageEvaluator.Evaluation evaluation, Node parent, int depth) {
      this.evaluation = evaluation;
      this.parent = parent;
      this.depth = depth;
      this.extras.addAll(evaluation.request().extras());
    }

    String name() {
      return evaluation.request().id().name();
    }

    String requirement() {
      return evaluation.request().requirement().orElse(name());
    }

    /** The names from a requested package down to this one. */
    List<String> path() {
      List<String> names = new ArrayList<>();
      for (Node n = this; n != null; n = n.parent) {
        names.add(0, n.name());
      }
      return names;
    }
  }

  /** The state of one call; not shared between threads except through {@link Parallel}. */
  private final class Run {
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Node> byName = new HashMap<>();
    private final List<Node> reexpand = new ArrayList<>();
    private final DependencyLimits limits = policy.dependencies();

    List<Verdict> walk(List<PackageRequest> requests) {
      List<PackageEvaluator.Evaluation> prepared = parallel.map(requests, evaluator::prepare);
      evaluator.consultAdvisories(prepared);
      List<Node> roots = new ArrayList<>();
      for (PackageEvaluator.Evaluation evaluation : prepared) {
        Node root = new Node(evaluation, null, 0);
        nodes.add(root);
        roots.add(root);
        byName.putIfAbsent(key(evaluation.request()), root);
      }
      List<Node> frontier = roots;
      while (!frontier.isEmpty()) {
        Map<String, List<Ask>> wanted = new LinkedHashMap<>();
        for (Node node : frontier) {
          expand(node, wanted);
        }
        List<Node> next = new ArrayList<>(create(wanted));
        next.addAll(reexpand);
        reexpand.clear();
        frontier = next;
      }
      reportConflicts();
      List<Verdict> own = parallel.map(nodes, n -> evaluator.complete(n.evaluation));
      for (int i = 0; i < nodes.size(); i++) {
        nodes.get(i).own = own.get(i);
      }
      return new Trees(nodes).verdicts(roots);
    }

    private void expand(Node node, Map<String, List<Ask>> wanted) {
      node.expanded = true;
      Optional<PackageMetadata> metadata = node.evaluation.metadata();
      if (metadata.isEmpty()) {
        return;
      }
      PackageRequest request = node.evaluation.request();
      List<Dependency> dependencies;
      try {
        dependencies =
            ecosystems
                .get(request.id().ecosystem())
                .dependencies(metadata.get(), node.extras, request.environment());
      } catch (RequestSyntaxException e) {
        node.evaluation.addUnchecked(DependencyFindings.unreadable(e.getMessage()));
        return;
      } catch (Throwable e) {
        FatalErrors.rethrowIfFatal(e);
        node.evaluation.addUnchecked(
            DependencyFindings.unreadable(
                "the "
                    + request.id().ecosystem()
                    + " ecosystem failed ("
                    + e.getClass().getSimpleName()
                    + ")"));
        return;
      }
      for (Dependency dependency : dependencies) {
        if (!node.followed.add(dependency.requirement())) {
          continue;
        }
        if (dependency.directUrl().isPresent()) {
          node.evaluation.add(
              DependencyFindings.directUrl(dependency.requirement(), dependency.directUrl().get()));
          continue;
        }
        PackageRequest asked =
            request.sourceId().map(dependency.request()::withSource).orElse(dependency.request());
        dependency = new Dependency(asked, dependency.requirement(), dependency.directUrl());
        Node existing = byName.get(key(asked));
        if (existing == null) {
          wanted.computeIfAbsent(key(asked), k -> new ArrayList<>()).add(new Ask(node, dependency));
          continue;
        }
        node.edges.add(new Edge(existing, dependency));
        if (existing.extras.addAll(asked.extras())
            && existing.expanded
            && !reexpand.contains(existing)) {
          reexpand.add(existing);
        }
      }
    }

    /** The next level: one package per wanted name, within the policy's limits. */
    private List<Node> create(Map<String, List<Ask>> wanted) {
      List<PackageRequest> requests = new ArrayList<>();
      List<List<Ask>> askers = new ArrayList<>();
      for (List<Ask> asks : wanted.values()) {
        Ask nearest = asks.stream().min(Comparator.comparingInt(a -> a.from().depth)).get();
        int depth = nearest.from().depth + 1;
        if (depth > limits.maxDepth()) {
          asks.forEach(
              a ->
                  a.from()
                      .evaluation
                      .addUnchecked(
                          DependencyFindings.tooDeep(
                              a.dependency().requirement(), childPath(a), limits)));
        } else if (nodes.size() + requests.size() >= limits.maxPackages()) {
          asks.forEach(
              a ->
                  a.from()
                      .evaluation
                      .addUnchecked(
                          DependencyFindings.tooMany(
                              a.dependency().requirement(), childPath(a), limits)));
        } else {
          requests.add(combined(asks, nearest));
          askers.add(asks);
        }
      }
      if (requests.isEmpty()) {
        return List.of();
      }
      List<PackageEvaluator.Evaluation> prepared = parallel.map(requests, evaluator::prepare);
      evaluator.consultAdvisories(prepared);
      List<Node> created = new ArrayList<>();
      for (int i = 0; i < prepared.size(); i++) {
        List<Ask> asks = askers.get(i);
        Node parent = asks.stream().min(Comparator.comparingInt(a -> a.from().depth)).get().from();
        Node node = new Node(prepared.get(i), parent, parent.depth + 1);
        nodes.add(node);
        created.add(node);
        byName.put(key(node.evaluation.request()), node);
        asks.forEach(a -> a.from().edges.add(new Edge(node, a.dependency())));
      }
      return created;
    }

    /** One request for all of a level's requirements on a name: pinned, or every clause. */
    private PackageRequest combined(List<Ask> asks, Ask nearest) {
      PackageRequest first = nearest.dependency().request();
      Set<String> extras = new LinkedHashSet<>();
      asks.forEach(a -> extras.addAll(a.dependency().request().extras()));
      PackageRequest request =
          PackageRequest.of(first.id())
              .withRequirement(nearest.dependency().requirement())
              .withExtras(extras)
              .withEnvironment(first.environment());
      if (first.sourceId().isPresent()) {
        request = request.withSource(first.sourceId().get());
      }
      Optional<String> pin =
          asks.stream()
              .map(a -> a.dependency().request().version())
              .flatMap(Optional::stream)
              .findFirst();
      if (pin.isPresent()) {
        return request.withVersion(pin.get());
      }
      Set<String> clauses = new LinkedHashSet<>();
      asks.forEach(a -> a.dependency().request().constraint().ifPresent(clauses::add));
      return clauses.isEmpty() ? request : request.withConstraint(String.join(",", clauses));
    }

    private List<String> childPath(Ask ask) {
      List<String> path = new ArrayList<>(ask.from().path());
      path.add(ask.dependency().request().id().name());
      return path;
    }

    /** Every requirement the version chosen for its name does not satisfy. */
    private void reportConflicts() {
      for (Node node : nodes) {
        for (Edge edge : node.edges) {
          Optional<PackageMetadata> chosen = edge.target().evaluation.metadata();
          if (chosen.isEmpty() || accepts(edge.dependency().request(), chosen.get())) {
            continue;
          }
          List<String> path = new ArrayList<>(node.path());
          path.add(edge.target().name());
          node.evaluation.addUnchecked(
              DependencyFindings.conflict(
                  edge.dependency().requirement(),
                  path,
                  edge.target().name() + " " + chosen.get().version(),
                  edge.target().requirement(),
                  edge.target().path()));
        }
      }
    }

    private boolean accepts(PackageRequest request, PackageMetadata chosen) {
      Optional<VersionScheme> versions = ecosystems.get(request.id().ecosystem()).versions();
      if (versions.isEmpty()) {
        return request.version().map(chosen.version()::equals).orElse(true);
      }
      try {
        if (request.version().isPresent()) {
          return versions.get().compare(request.version().get(), chosen.version()) == 0;
        }
        return request
            .constraint()
            .map(c -> versions.get().satisfies(chosen.version(), c))
            .orElse(true);
      } catch (Throwable e) {
        FatalErrors.rethrowIfFatal(e);
        return false;
      }
    }

    private String key(PackageRequest request) {
      PackageId id = request.id();
      Ecosystem ecosystem = ecosystems.get(id.ecosystem());
      return id.ecosystem()
          + ":"
          + request.sourceId().orElse("")
          + ":"
          + (ecosystem == null ? id.name() : ecosystem.names().normalize(id.name()));
    }
  }

  /** Turns the evaluated nodes into verdicts with their trees. */
  private final class Trees {
    private final IdentityHashMap<Node, Verdict> full = new IdentityHashMap<>();
    private final IdentityHashMap<Node, Verdict> leaf = new IdentityHashMap<>();
    private final IdentityHashMap<Node, Reach> reach = new IdentityHashMap<>();

    Trees(List<Node> nodes) {
      nodes.forEach(n -> reach.put(n, Reach.of(n)));
    }

    List<Verdict> verdicts(List<Node> roots) {
      return roots.stream().map(this::full).toList();
    }

    private Verdict full(Node node) {
      Verdict done = full.get(node);
      if (done != null) {
        return done;
      }
      Set<Node> targets = new LinkedHashSet<>();
      node.edges.forEach(e -> targets.add(e.target()));
      targets.remove(node);
      List<Verdict> children = new ArrayList<>();
      for (Node target : targets) {
        children.add(target.parent == node ? full(target) : leaf(target));
      }
      Verdict verdict = withTree(node, children);
      full.put(node, verdict);
      return verdict;
    }

    private Verdict leaf(Node node) {
      return leaf.computeIfAbsent(node, n -> withTree(n, List.of()));
    }

    private Verdict withTree(Node node, List<Verdict> children) {
      Reach r = reach.get(node);
      List<Finding> findings = new ArrayList<>();
      List<Node> worse =
          r.reached().stream()
              .filter(n -> n.own.decision() != Decision.ALLOW || !n.own.complete())
              .sorted(
                  Comparator.comparing(
                          (Node n) -> n.own.complete() ? n.own.risk() : RiskLevel.CRITICAL)
                      .reversed())
              .toList();
      for (Node bad : worse.subList(0, Math.min(worse.size(), NAMED_WORSE_DEPENDENCIES))) {
        findings.add(DependencyFindings.worseDependency(bad.own, r.path(bad)));
      }
      if (worse.size() > NAMED_WORSE_DEPENDENCIES) {
        List<Node> rest = worse.subList(NAMED_WORSE_DEPENDENCIES, worse.size());
        findings.add(
            DependencyFindings.moreWorseDependencies(
                rest.size(),
                rest.stream().map(n -> n.own.risk()).reduce(RiskLevel.NONE, RiskLevel::max)));
      }
      DependencyLimits limits = policy.dependencies();
      if (r.reached().size() > limits.complexPackages() || r.depth() > limits.complexDepth()) {
        findings.add(DependencyFindings.complexTree(r.reached().size(), r.depth(), limits));
      }
      Decision floor =
          r.reached().stream()
              .map(n -> n.own.decision())
              .reduce(Decision.ALLOW, Decision::strictest);
      boolean complete = r.reached().stream().allMatch(n -> n.own.complete());
      return VerdictAssembler.extend(node.own, findings, children, floor, complete, policy);
    }
  }

  /** What a package pulls in: every package reachable from it, each with its shortest path. */
  private record Reach(Node from, List<Node> reached, Map<Node, Node> previous, int depth) {

    static Reach of(Node from) {
      IdentityHashMap<Node, Node> previous = new IdentityHashMap<>();
      IdentityHashMap<Node, Integer> distance = new IdentityHashMap<>();
      List<Node> reached = new ArrayList<>();
      ArrayDeque<Node> queue = new ArrayDeque<>();
      distance.put(from, 0);
      queue.add(from);
      int depth = 0;
      while (!queue.isEmpty()) {
        Node n = queue.poll();
        for (Edge e : n.edges) {
          if (!distance.containsKey(e.target())) {
            int d = distance.get(n) + 1;
            distance.put(e.target(), d);
            previous.put(e.target(), n);
            reached.add(e.target());
            depth = Math.max(depth, d);
            queue.add(e.target());
          }
        }
      }
      return new Reach(from, reached, previous, depth);
    }

    List<String> path(Node to) {
      List<String> names = new ArrayList<>();
      for (Node n = to; n != null; n = previous.get(n)) {
        names.add(0, n.name());
      }
      return names;
    }
  }
}
