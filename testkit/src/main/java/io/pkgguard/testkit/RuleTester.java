package io.pkgguard.testkit;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.PolicyLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Runs one rule through a real {@link Guard} on a package written inline, and checks exactly what
 * it found — modelled on how JUnit's {@code EngineTestKit} and Error Prone's {@code
 * CompilationTestHelper} serve the authors of engines and checks.
 *
 * <p>The guard is the one a host would build, with this rule as its only rule: the rule's
 * descriptor is validated, the policy snippet's {@code [rules.<id>]} values are type-checked
 * against its declared parameters, the rule runs under the guarded runner (its time budget, its
 * exceptions turned into findings) and its findings go through the policy's decision mapping.
 * The package is a PyPI JSON document served from a mirror in a temporary directory, with the
 * files the test built ({@link Wheel}, {@link Sdist}); the clock is fixed; nothing leaves the
 * machine.
 *
 * <pre>{@code
 * RuleTester.forRule(NoShoutingRule.class)
 *     .project("""
 *         {"info": {"name": "LOUD", "version": "1.0", "summary": "LOUD NAMES"},
 *          "releases": {"1.0": []}, "urls": []}
 *         """)
 *     .evaluating("LOUD")
 *     .expect(RiskLevel.MEDIUM, "shouts")
 *     .run();
 * }</pre>
 *
 * <p>{@link #run()} fails (with an {@link AssertionError} listing what was found) when an
 * expected finding is missing, when the rule found something not expected, when anything other
 * than the rule reported a finding (the package did not reach the rule as the test meant), and
 * when the test expects nothing at all. A tester is not thread-safe; use one per test.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RuleTester {

  /** The fixed time a test runs at unless it says otherwise ({@link #at(Instant)}). */
  public static final Instant DEFAULT_NOW = Instant.parse("2026-01-01T12:00:00Z");

  private final SecurityRule rule;
  private final String ruleId;
  private final List<String> projects = new ArrayList<>();
  private final List<String> releases = new ArrayList<>();
  private final List<DistributionArchive> files = new ArrayList<>();
  private final List<String> advisories = new ArrayList<>();
  private final List<Expected> expected = new ArrayList<>();
  private String policy = "";
  private Instant now = DEFAULT_NOW;
  private Optional<String> spec = Optional.empty();
  private boolean expectNone;
  private Optional<Decision> decision = Optional.empty();

  private RuleTester(SecurityRule rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
    try {
      this.ruleId = rule.descriptor().id();
    } catch (RuntimeException e) {
      throw new AssertionError(
          "the rule "
              + rule.getClass().getName()
              + " has no valid"
              + " descriptor: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * A tester for a rule instance.
   *
   * @param rule the rule
   * @return the tester
   */
  public static RuleTester forRule(SecurityRule rule) {
    return new RuleTester(rule);
  }

  /**
   * A tester for a rule class, created as {@link java.util.ServiceLoader} would create it.
   *
   * @param type the rule's class; it needs a public no-argument constructor
   * @return the tester
   * @throws AssertionError if it cannot be created
   */
  public static RuleTester forRule(Class<? extends SecurityRule> type) {
    try {
      return new RuleTester(type.getConstructor().newInstance());
    } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
      throw new AssertionError(
          type.getName()
              + " cannot be created: a rule needs a public"
              + " no-argument constructor, as ServiceLoader creates it ("
              + e
              + ")",
          e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(
          type.getName() + "'s constructor threw " + e.getCause(), e.getCause());
    }
  }

  /**
   * Policy TOML laid over the built-in policy, such as the rule's own table.
   *
   * @param toml the snippet
   * @return this tester
   */
  public RuleTester policy(String toml) {
    policy = Objects.requireNonNull(toml, "toml");
    return this;
  }

  /**
   * The instant the guard's clock is fixed at (default {@link #DEFAULT_NOW}).
   *
   * @param value the instant
   * @return this tester
   */
  public RuleTester at(Instant value) {
    now = Objects.requireNonNull(value, "value");
    return this;
  }

  /**
   * A project as PyPI's JSON API describes it ({@code /pypi/<name>/json}): an object with
   * {@code info} (at least {@code name} and {@code version}), {@code releases} and {@code
   * urls}. Entries that name a file added with {@link #file} get its URL, digest and size.
   *
   * @param json the document
   * @return this tester
   */
  public RuleTester project(String json) {
    projects.add(Objects.requireNonNull(json, "json"));
    return this;
  }

  /**
   * A release of a project that is not its current one ({@code /pypi/<name>/<version>/json}),
   * for requests that pin it.
   *
   * @param json the document
   * @return this tester
   */
  public RuleTester release(String json) {
    releases.add(Objects.requireNonNull(json, "json"));
    return this;
  }

  /**
   * A distribution file the documents list by its file name; the guard downloads, verifies and
   * reads it as it would from an index.
   *
   * @param archive the file
   * @return this tester
   */
  public RuleTester file(DistributionArchive archive) {
    files.add(Objects.requireNonNull(archive, "archive"));
    return this;
  }

  /**
   * An OSV record (JSON) in the advisory database the guard consults.
   *
   * @param json the record
   * @return this tester
   */
  public RuleTester advisory(String json) {
    advisories.add(Objects.requireNonNull(json, "json"));
    return this;
  }

  /**
   * What is requested, as a user writes it ({@code demo}, {@code demo==1.0}); default: the only
   * project's name.
   *
   * @param value the request
   * @return this tester
   */
  public RuleTester evaluating(String value) {
    spec = Optional.of(Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Expects one finding of the rule at this level whose message contains the text.
   *
   * @param level the finding's level
   * @param messageFragment text its message contains
   * @return this tester
   */
  public RuleTester expect(RiskLevel level, String messageFragment) {
    expected.add(
        new Expected(
            Objects.requireNonNull(level, "level"),
            Objects.requireNonNull(messageFragment, "messageFragment")));
    return this;
  }

  /**
   * Expects the rule to find nothing.
   *
   * @return this tester
   */
  public RuleTester expectNoFindings() {
    expectNone = true;
    return this;
  }

  /**
   * Expects the verdict's decision (after the policy's mapping).
   *
   * @param value the decision
   * @return this tester
   */
  public RuleTester expectDecision(Decision value) {
    decision = Optional.of(Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Builds the guard, evaluates the package and checks the expectations.
   *
   * @return the verdict, for further assertions
   * @throws AssertionError if an expectation is not met, the guard refuses the rule or the
   *     policy, or nothing was expected
   */
  public Verdict run() {
    if (expected.isEmpty() && !expectNone) {
      throw new AssertionError(
          "say what the rule should find: expect(level, text) for each"
              + " finding, or expectNoFindings()");
    }
    if (expectNone && !expected.isEmpty()) {
      throw new AssertionError("expectNoFindings() and expect(...) contradict each other");
    }
    Path root;
    try {
      root = Files.createTempDirectory("pkgguard-testkit-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Verdict verdict = evaluate(root);
      check(verdict);
      return verdict;
    } finally {
      TempFiles.deleteQuietly(root);
    }
  }

  private Verdict evaluate(Path root) {
    URI index;
    Optional<URI> database;
    try {
      index = IndexMirror.write(root.resolve("mirror"), projects, releases, files);
      database =
          advisories.isEmpty()
              ? Optional.empty()
              : Optional.of(writeAdvisories(root.resolve("advisories.zip")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Guard.Builder builder =
        Guard.builder()
            .policy(policy())
            .withoutBuiltInRules()
            .removeRule(ruleId)
            .addRule(rule)
            .index("pypi", index)
            .offline(true)
            .clock(Clock.fixed(now, ZoneOffset.UTC))
            .home(root.resolve("home"))
            .temporaryDirectory(directory(root.resolve("tmp")))
            .environment(Map.of());
    database.ifPresent(builder::advisoryDatabase);
    try (Guard guard = builder.build()) {
      PackageRequest request = guard.parse("pypi", spec.orElseGet(this::onlyProject));
      return guard.evaluateExactly(List.of(request)).get(0);
    } catch (ConfigurationException e) {
      throw new AssertionError(
          "the guard would not run this rule with this policy: " + e.getMessage(), e);
    } catch (RequestSyntaxException e) {
      throw new AssertionError(
          "evaluating(\"" + spec.orElse("") + "\") is not a request: " + e.getMessage(), e);
    }
  }

  private Policy policy() {
    String text = policy;
    if (!text.contains("[store]")) {
      // Approvals and the audit log are the host's business, not a rule's.
      text = text + "\n[store]\ntype = \"none\"\n";
    }
    return PolicyLoader.parse(text, "the test's policy");
  }

  private String onlyProject() {
    if (projects.size() != 1) {
      throw new AssertionError(
          "say which package to evaluate: evaluating(\"name\") ("
              + projects.size()
              + " projects given)");
    }
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(projects.get(0))
          .path("info")
          .path("name")
          .asText();
    } catch (IOException e) {
      throw new AssertionError("the project document is not JSON: " + e.getMessage(), e);
    }
  }

  /** The records as an OSV export is laid out: a zip of one JSON file per record. */
  private URI writeAdvisories(Path zip) throws IOException {
    try (java.util.zip.ZipOutputStream out =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      for (int i = 0; i < advisories.size(); i++) {
        out.putNextEntry(new java.util.zip.ZipEntry("record-" + i + ".json"));
        out.write(advisories.get(i).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return zip.toUri();
  }

  private static Path directory(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void check(Verdict verdict) {
    if (!verdict.rulesRun().contains(ruleId)) {
      throw new AssertionError(
          "rule "
              + ruleId
              + " did not run to completion on "
              + verdict.id().name()
              + "; the guard reported:\n"
              + describe(verdict.findings()));
    }
    List<Finding> others =
        verdict.findings().stream().filter(f -> !f.ruleId().equals(ruleId)).toList();
    if (!others.isEmpty()) {
      throw new AssertionError(
          "the package did not reach rule "
              + ruleId
              + " as the test"
              + " meant; the guard itself reported:\n"
              + describe(others));
    }
    List<Finding> unmatched = new ArrayList<>(verdict.findings());
    List<String> problems = new ArrayList<>();
    for (Expected e : expected) {
      Optional<Finding> match = unmatched.stream().filter(e::matches).findFirst();
      if (match.isPresent()) {
        unmatched.remove(match.get());
      } else {
        problems.add("expected, not found: " + e);
      }
    }
    unmatched.forEach(f -> problems.add("found, not expected: " + line(f)));
    decision
        .filter(d -> d != verdict.decision())
        .ifPresent(
            d -> problems.add("expected the" + " decision " + d + ", got " + verdict.decision()));
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "rule "
              + ruleId
              + " on "
              + verdict.id().name()
              + verdict.version().map(v -> " " + v).orElse("")
              + ":\n  "
              + String.join("\n  ", problems)
              + "\nall findings:\n"
              + describe(verdict.findings()));
    }
  }

  private static String describe(List<Finding> findings) {
    return findings.isEmpty()
        ? "  (none)"
        : findings.stream().map(f -> "  " + line(f)).collect(Collectors.joining("\n"));
  }

  private static String line(Finding f) {
    return f.level() + " [" + f.ruleId() + "] " + f.message();
  }

  /** One expected finding: its level and text its message contains. */
  private record Expected(RiskLevel level, String fragment) {
    boolean matches(Finding finding) {
      return finding.level() == level && finding.message().contains(fragment);
    }

    @Override
    public String toString() {
      return level + " containing \"" + fragment + "\"";
    }
  }
}
