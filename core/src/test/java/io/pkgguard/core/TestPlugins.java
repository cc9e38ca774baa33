package io.pkgguard.core;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.Finding;
import io.pkgguard.api.NameScheme;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.PackageSource;
import io.pkgguard.api.PackageSourceProvider;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.Release;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleParameterException;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.PolicyLoader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Small plugins for specifying the guard's behaviour without any real ecosystem. */
final class TestPlugins {

  static final String ECOSYSTEM = "test";
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private TestPlugins() {}

  /**
   * A policy with only the fake source, no advisory database and none of the built-in rules (these
   * tests install rules of their own), and a short rule budget unless the TOML sets one.
   */
  static Policy policy(String extraToml) {
    StringBuilder withoutBuiltIns = new StringBuilder();
    for (String id : new java.util.TreeSet<>(Policy.defaults().rules().keySet())) {
      if (!extraToml.contains("[rules." + id + "]")) {
        withoutBuiltIns.append("[rules.").append(id).append("]\nenabled = false\n");
      }
    }
    Policy policy =
        PolicyLoader.parse(
            extraToml
                + """

        [sources.pypi]
        enabled = false
        [sources.test]
        type = "fake"
        url = "https://index.test/api"
        trusted-hosts = ["files.index.test"]
        """
                + (extraToml.contains("[advisories.osv]")
                    ? ""
                    : "[advisories.osv]\nenabled = false\n")
                + (extraToml.contains("[store]") ? "" : "[store]\ntype = \"none\"\n")
                + withoutBuiltIns,
            "test-policy.toml");
    if (extraToml.contains("rule-timeout-ms")) {
      return policy;
    }
    return policy.withLimits(policy.limits().withRuleTimeout(java.time.Duration.ofMillis(300)));
  }

  static PackageMetadata metadata(String name, String version) {
    DistributionFile file =
        DistributionFile.of(
                name + "-" + version + ".tar.gz",
                URI.create("https://files.index.test/" + name),
                DistributionFile.Kind.SDIST)
            .withSha256("ab".repeat(32))
            .withUploadTime(T0);
    return PackageMetadata.builder(
            PackageId.pypi(name), version, URI.create("https://index.test/api/" + name))
        .releases(List.of(new Release(version, List.of(file))))
        .files(List.of(file))
        .build();
  }

  /** Names are lower-cased; a name with a space is invalid. */
  static final class TestEcosystem implements Ecosystem {
    @Override
    public String id() {
      return ECOSYSTEM;
    }

    @Override
    public NameScheme names() {
      return new NameScheme() {
        @Override
        public String normalize(String name) {
          return name.toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @Override
        public Optional<String> problem(String name) {
          return name.contains(" ") ? Optional.of("a space") : Optional.empty();
        }
      };
    }

    @Override
    public PackageRequest parseRequest(String spec) throws RequestSyntaxException {
      if (spec.isBlank()) {
        throw new RequestSyntaxException("empty");
      }
      String[] parts = spec.split("==", 2);
      PackageRequest request = PackageRequest.of(new PackageId(ECOSYSTEM, parts[0]));
      return parts.length == 2 ? request.withVersion(parts[1]) : request;
    }
  }

  /** What the fake index answers. */
  @FunctionalInterface
  interface Answer {
    PackageMetadata answer(PackageRequest request) throws SourceException;
  }

  /** A source type "fake" serving the "test" ecosystem from an {@link Answer}. */
  static final class FakeSourceProvider implements PackageSourceProvider {
    final AtomicInteger calls = new AtomicInteger();
    private final Answer answer;

    FakeSourceProvider(Answer answer) {
      this.answer = answer;
    }

    /** An index that knows every package, at version 1.0. */
    static FakeSourceProvider knowingEverything() {
      return new FakeSourceProvider(r -> metadata(r.id().name(), r.version().orElse("1.0")));
    }

    @Override
    public String type() {
      return "fake";
    }

    @Override
    public String ecosystem() {
      return ECOSYSTEM;
    }

    @Override
    public PackageSource create(SourceSettings settings) {
      return request -> {
        calls.incrementAndGet();
        return answer.answer(request);
      };
    }
  }

  @RuleDefinition(
      id = "quiet",
      summary = "finds nothing",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA)
  static final class QuietRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  @RuleDefinition(
      id = "level",
      summary = "reports the level its parameter names",
      level = RiskLevel.CRITICAL,
      category = RiskCategory.METADATA,
      parameters =
          @ParameterDefinition(
              name = "report",
              type = ParameterDefinition.Type.LEVEL,
              summary = "the level to report (default none: no finding)"))
  static final class LevelRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      RiskLevel level = context.parameters().level("report", RiskLevel.NONE);
      return level == RiskLevel.NONE
          ? List.of()
          : List.of(finding(level, "reported " + level).withEvidence("level", level.name()));
    }
  }

  /** Takes a list of words, and refuses "bad" among them when the guard is built. */
  @RuleDefinition(
      id = "picky",
      summary = "finds nothing; refuses a word it cannot use",
      level = RiskLevel.HIGH,
      category = RiskCategory.METADATA,
      parameters = {
        @ParameterDefinition(
            name = "words",
            type = ParameterDefinition.Type.TEXTS,
            summary = "words",
            defaultValue = "[]")
      })
  static final class PickyRule implements SecurityRule {
    final AtomicInteger checked = new AtomicInteger();

    @Override
    public void checkParameters(RuleParameters parameters) {
      checked.incrementAndGet();
      if (parameters.texts("words", List.of()).contains("bad")) {
        throw new RuleParameterException("[rules.picky] words: 'bad' is no word I know");
      }
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  /** Fails while checking its parameters with an error, as a rule with a bug might. */
  @RuleDefinition(
      id = "broken-check",
      summary = "fails to check its parameters",
      level = RiskLevel.HIGH,
      category = RiskCategory.METADATA)
  static final class BrokenCheckRule implements SecurityRule {
    @Override
    public void checkParameters(RuleParameters parameters) {
      throw new AssertionError("no pattern file");
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  /** Never finishes checking its parameters (until interrupted). */
  @RuleDefinition(
      id = "endless-check",
      summary = "never finishes checking its parameters",
      level = RiskLevel.HIGH,
      category = RiskCategory.METADATA)
  static final class EndlessCheckRule implements SecurityRule {
    @Override
    public void checkParameters(RuleParameters parameters) {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.onSpinWait();
      }
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  @RuleDefinition(
      id = "lists",
      summary = "finds nothing; declares a list of each role",
      level = RiskLevel.HIGH,
      category = RiskCategory.METADATA,
      parameters = {
        @ParameterDefinition(
            name = "exempt",
            type = ParameterDefinition.Type.TEXTS,
            listRole = ParameterDefinition.ListRole.EXEMPTS,
            summary = "names never reported",
            defaultValue = "[\"known\"]"),
        @ParameterDefinition(
            name = "watched",
            type = ParameterDefinition.Type.TEXTS,
            listRole = ParameterDefinition.ListRole.CHECKS,
            summary = "words reported",
            defaultValue = "[\"evil\", \"bad\"]"),
        @ParameterDefinition(
            name = "more",
            type = ParameterDefinition.Type.TEXTS,
            summary = "further words reported",
            defaultValue = "[]")
      })
  static final class ListsRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  @RuleDefinition(
      id = "limits",
      summary = "finds nothing; declares a number of each role",
      level = RiskLevel.HIGH,
      category = RiskCategory.NAME,
      parameters = {
        @ParameterDefinition(
            name = "protected-rank",
            type = ParameterDefinition.Type.NUMBER,
            numberRole = ParameterDefinition.NumberRole.LOWER_WEAKENS,
            summary = "names ranked this high or higher are protected",
            defaultValue = "1000"),
        @ParameterDefinition(
            name = "max-length",
            type = ParameterDefinition.Type.NUMBER,
            numberRole = ParameterDefinition.NumberRole.HIGHER_WEAKENS,
            summary = "longer names are reported",
            defaultValue = "64"),
        @ParameterDefinition(
            name = "batch",
            type = ParameterDefinition.Type.NUMBER,
            summary = "how many names are looked up at once",
            defaultValue = "10")
      })
  static final class LimitsRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  @RuleDefinition(
      id = "evil-name",
      summary = "rejects names containing evil",
      level = RiskLevel.CRITICAL,
      category = RiskCategory.NAME,
      stage = RuleStage.REQUEST)
  static final class EvilNameRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return context.request().id().name().contains("evil")
          ? List.of(finding(RiskLevel.CRITICAL, "evil name"))
          : List.of();
    }
  }

  @RuleDefinition(
      id = "throwing",
      summary = "throws",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA)
  static final class ThrowingRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      throw new IllegalStateException("boom");
    }
  }

  @RuleDefinition(
      id = "null-result",
      summary = "returns null",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA)
  static final class NullRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return null;
    }
  }

  @RuleDefinition(
      id = "impostor",
      summary = "reports under another id",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA)
  static final class ImpostorRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of(Finding.of("quiet", RiskLevel.NONE, RiskCategory.METADATA, "all fine"));
    }
  }

  @RuleDefinition(
      id = "endless",
      summary = "never finishes until released",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA)
  static final class EndlessRule implements SecurityRule {
    private final java.util.concurrent.CountDownLatch release =
        new java.util.concurrent.CountDownLatch(1);

    @Override
    public List<Finding> evaluate(RuleContext context) {
      while (true) {
        try {
          if (release.await(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            return List.of();
          }
        } catch (InterruptedException e) {
          // Ignores interrupts on purpose: the guard must not wait for it anyway.
        }
      }
    }

    /** Lets blocked calls finish, so no thread outlives the test. */
    void release() {
      release.countDown();
    }
  }

  @RuleDefinition(
      id = "pause",
      summary = "claims a reserved id",
      level = RiskLevel.LOW,
      category = RiskCategory.POLICY)
  static final class ReservedIdRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  /** A second class with the id "quiet". */
  @RuleDefinition(
      id = "quiet",
      summary = "duplicate",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA)
  static final class DuplicateQuietRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of();
    }
  }

  @RuleDefinition(
      id = "name-needs-metadata",
      summary = "a name rule that reads metadata",
      level = RiskLevel.HIGH,
      category = RiskCategory.NAME)
  static final class MetadataNameRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return context.metadata().summary().isEmpty()
          ? List.of(finding(RiskLevel.HIGH, "x"))
          : List.of();
    }
  }

  @RuleDefinition(
      id = "listed-names",
      summary = "reports names listed in its files",
      level = RiskLevel.MEDIUM,
      category = RiskCategory.NAME,
      parameters =
          @ParameterDefinition(
              name = "files",
              type = ParameterDefinition.Type.FILES,
              summary = "files of names"))
  static final class ListedNamesRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      List<Finding> findings = new java.util.ArrayList<>();
      for (io.pkgguard.api.TextFile file : context.parameters().files("files")) {
        findings.add(
            finding(RiskLevel.MEDIUM, "file " + file)
                .withEvidence("file", file.path(), "content", file.content()));
      }
      return findings;
    }
  }

  /**
   * Spins without looking at interrupts until released, as a rule with a runaway loop would;
   * counts the calls spinning now.
   */
  @RuleDefinition(
      id = "spinning",
      summary = "loops ignoring interrupts until released",
      level = RiskLevel.LOW,
      category = RiskCategory.METADATA)
  static final class SpinningRule implements SecurityRule {
    final AtomicInteger spinning = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();
    private volatile boolean released;

    @Override
    public List<Finding> evaluate(RuleContext context) {
      calls.incrementAndGet();
      spinning.incrementAndGet();
      try {
        while (!released) {
          Thread.onSpinWait();
        }
        return List.of();
      } finally {
        spinning.decrementAndGet();
      }
    }

    void release() {
      released = true;
    }
  }

  /** Throws what it is given, at the metadata stage or (as a name rule) when screening. */
  @RuleDefinition(
      id = "erring",
      summary = "throws an Error",
      level = RiskLevel.LOW,
      category = RiskCategory.NAME)
  static final class ErringRule implements SecurityRule {
    private final java.util.function.Supplier<Error> error;

    ErringRule(java.util.function.Supplier<Error> error) {
      this.error = error;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
      throw error.get();
    }
  }

  /** Overflows the stack for real, as a recursive parser would on deeply nested input. */
  @RuleDefinition(
      id = "recursing",
      summary = "recurses without end",
      level = RiskLevel.LOW,
      category = RiskCategory.NAME)
  static final class RecursingRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      depth(0);
      return List.of();
    }

    @SuppressWarnings("InfiniteRecursion") // the point: a StackOverflowError for real
    private static int depth(int n) {
      return depth(n + 1) + 1;
    }
  }

  /** A name rule that loops, ignoring interrupts, on names containing "loop" until released. */
  @RuleDefinition(
      id = "looping-name",
      summary = "hangs on some names",
      level = RiskLevel.HIGH,
      category = RiskCategory.NAME)
  static final class LoopingNameRule implements SecurityRule {
    final AtomicInteger spinning = new AtomicInteger();
    private volatile boolean released;

    @Override
    public List<Finding> evaluate(RuleContext context) {
      String name = context.request().id().name();
      if (name.contains("loop")) {
        spinning.incrementAndGet();
        try {
          while (!released) {
            Thread.onSpinWait();
          }
        } finally {
          spinning.decrementAndGet();
        }
      }
      return name.contains("bad") ? List.of(finding(RiskLevel.HIGH, "bad name")) : List.of();
    }

    void release() {
      released = true;
    }
  }
}
