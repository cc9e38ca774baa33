package io.pkgguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Advisory;
import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.TextFile;
import io.pkgguard.core.policy.ParameterDefaults;
import io.pkgguard.source.pypi.names.PythonNames;
import io.pkgguard.source.pypi.versions.PypiVersionScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A rule's code reads each parameter with a fallback for a policy that leaves it out; the guard
 * fills in the declared default first, so the fallback only matters to a caller that builds
 * parameters by hand. This keeps the two equal: every built-in rule is run with parameters that
 * record the fallback of each read, and each must be the parameter's declared default.
 */
class DeclaredDefaultsTest {

  /** Parameters that are all absent, so each read returns its fallback, which is recorded. */
  static final class Recording implements RuleParameters {
    final Map<String, Object> fallbacks = new TreeMap<>();

    private <T> T record(String key, T fallback) {
      fallbacks.put(key, fallback);
      return fallback;
    }

    @Override
    public boolean flag(String key, boolean defaultValue) {
      return record(key, defaultValue);
    }

    @Override
    public long number(String key, long defaultValue) {
      return record(key, defaultValue);
    }

    @Override
    public String text(String key, String defaultValue) {
      return record(key, defaultValue);
    }

    @Override
    public List<String> texts(String key, List<String> defaultValue) {
      return record(key, defaultValue);
    }

    @Override
    public List<TextFile> files(String key) {
      return List.of();
    }

    @Override
    public RiskLevel level(String key, RiskLevel defaultValue) {
      return record(key, defaultValue);
    }

    @Override
    public Set<String> keys() {
      return Set.of();
    }
  }

  /** Contexts that take each rule down its paths: a plain package, a troubled one, files. */
  static List<RuleContext> contexts(RuleParameters parameters) {
    PackageMetadata plain = Packages.wellKept("demo").build();
    PackageMetadata troubled =
        Packages.wellKept("py-spy-grabber-x")
            .summary("")
            .description("")
            .licenseExpression(Optional.of("GPL-3.0-only"))
            .classifiers(List.of("Topic :: Internet :: WWW/HTTP"))
            .advisories(
                List.of(
                    new Advisory(
                        "MAL-1",
                        List.of(),
                        "malware",
                        "",
                        List.of(),
                        Optional.empty(),
                        "osv",
                        true,
                        List.of(),
                        Optional.empty(),
                        Optional.empty()),
                    new Advisory(
                        "GHSA-1",
                        List.of(),
                        "a bug",
                        "",
                        List.of("9.0"),
                        Optional.empty(),
                        "osv",
                        false,
                        List.of(),
                        Optional.of("CRITICAL"),
                        Optional.empty())))
            .build();
    DistributionFile wheel =
        Packages.file("demo-2.0-py3-none-any.whl", DistributionFile.Kind.WHEEL, Packages.NOW);
    InspectedDistribution files =
        new InspectedDistribution(
            wheel,
            "ab".repeat(32),
            100,
            InspectedDistribution.Format.ZIP,
            List.of(
                ArchiveEntry.textFile("demo/run.exe", "MZ"),
                ArchiveEntry.textFile("x.pth", "import os; os.system('id')\n")),
            List.of());
    List<RuleContext> contexts = new ArrayList<>();
    for (PackageMetadata metadata : List.of(plain, troubled)) {
      contexts.add(
          RuleContext.builder(PackageRequest.of(metadata.id()))
              .metadata(metadata)
              .names(PythonNames.scheme())
              .versions(PypiVersionScheme.scheme())
              .parameters(parameters)
              .clock(Packages.CLOCK)
              .source(Packages.PYPI)
              .advisoryDatabases(List.of())
              .distributions(List.of(files))
              .build());
    }
    // An environment with one of each thing the environment rule weighs.
    io.pkgguard.api.EnvironmentDescription.Location at =
        new io.pkgguard.api.EnvironmentDescription.Location("requirements.txt", 1, 0);
    List<io.pkgguard.api.EnvironmentDescription.IndexChoice> indexes = new ArrayList<>();
    for (var kind : io.pkgguard.api.EnvironmentDescription.IndexChoice.Kind.values()) {
      indexes.add(
          new io.pkgguard.api.EnvironmentDescription.IndexChoice(
              kind, "https://elsewhere.example/simple", "https://elsewhere.example/simple", at));
    }
    List<io.pkgguard.api.EnvironmentDescription.Observation> observations = new ArrayList<>();
    for (var kind : io.pkgguard.api.EnvironmentDescription.Observation.Kind.values()) {
      observations.add(
          new io.pkgguard.api.EnvironmentDescription.Observation(kind, "demo", "", at));
    }
    var pinned =
        new io.pkgguard.api.EnvironmentDescription.Requirement(
            PackageRequest.of(plain.id(), "2.0"), List.of("sha256:" + "aa".repeat(32)), at);
    var judged =
        io.pkgguard.api.Verdict.builder(plain.id(), io.pkgguard.api.Decision.ALLOW)
            .version("2.0")
            .artifacts(
                List.of(
                    new io.pkgguard.api.Artifact(
                        wheel.filename(), wheel.url(), Optional.of("bb".repeat(32)))))
            .build();
    contexts.add(
        RuleContext.builder(PackageRequest.of(plain.id()))
            .names(PythonNames.scheme())
            .parameters(parameters)
            .clock(Packages.CLOCK)
            .source(Packages.PYPI)
            .environment(
                new io.pkgguard.api.EnvironmentContext(
                    new io.pkgguard.api.EnvironmentDescription(
                        "requirements.txt", false, List.of(pinned), indexes, observations),
                    List.of(judged),
                    List.of(Packages.PYPI),
                    io.pkgguard.api.TargetEnvironment.of(Map.of())))
            .build());
    return contexts;
  }

  @Test
  void everyFallbackInTheCodeIsTheDeclaredDefault() {
    List<String> checked = new ArrayList<>();
    for (SecurityRule rule : BuiltinRules.all()) {
      RuleDescriptor descriptor = rule.descriptor();
      Recording parameters = new Recording();
      for (RuleContext context : contexts(parameters)) {
        boolean environmentRule = descriptor.stage() == io.pkgguard.api.RuleStage.ENVIRONMENT;
        if (environmentRule == context.environment().isPresent()) {
          rule.evaluate(context);
        }
      }
      parameters.fallbacks.forEach(
          (key, fallback) -> {
            RuleDescriptor.Parameter declared =
                descriptor
                    .parameter(key)
                    .orElseThrow(
                        () ->
                            new AssertionError(
                                descriptor.id()
                                    + " reads '"
                                    + key
                                    + "', which it does not"
                                    + " declare"));
            Object expected =
                ParameterDefaults.of(descriptor, declared)
                    .orElseThrow(
                        () ->
                            new AssertionError(
                                descriptor.id() + "." + key + " has no declared default"));
            Object actual =
                fallback instanceof RiskLevel level
                    ? level.name().toLowerCase(Locale.ROOT)
                    : fallback;
            assertThat(actual).as(descriptor.id() + "." + key).isEqualTo(expected);
            checked.add(descriptor.id() + "." + key);
          });
    }
    // Most declared parameters are read on these paths; a drop would mean the test went blind.
    assertThat(checked).hasSizeGreaterThanOrEqualTo(45);
  }

  @Test
  void theRecordingReturnsTheFallback() {
    Recording parameters = new Recording();
    assertThat(parameters.number("n", 7)).isEqualTo(7);
    assertThat(parameters.fallbacks).containsEntry("n", 7L);
  }
}
