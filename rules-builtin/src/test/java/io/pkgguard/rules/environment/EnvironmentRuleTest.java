package io.pkgguard.rules.environment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Artifact;
import io.pkgguard.api.Decision;
import io.pkgguard.api.EnvironmentContext;
import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentDescription.IndexChoice;
import io.pkgguard.api.EnvironmentDescription.Location;
import io.pkgguard.api.EnvironmentDescription.Observation;
import io.pkgguard.api.EnvironmentDescription.Requirement;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.api.Verdict;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The environment rule weighs what an environment's description says, at policy levels. */
class EnvironmentRuleTest {

  static final SourceDescriptor PYPI =
      new SourceDescriptor(
          "pypi",
          "pypi",
          URI.create("https://pypi.org/pypi"),
          Set.of("files.pythonhosted.org", "pypi.org"));
  static final Location LINE_1 = new Location("requirements.txt", 1, 0);
  static final Location LINE_2 = new Location("requirements.txt", 2, 0);

  private List<Finding> check(
      EnvironmentDescription description, List<Verdict> packages, Map<String, ?> parameters) {
    RuleContext context =
        RuleContext.builder(PackageRequest.of(new PackageId("pypi", description.file())))
            .parameters(RuleParameters.of("environment", parameters))
            .environment(
                new EnvironmentContext(
                    description, packages, List.of(PYPI), TargetEnvironment.of(Map.of())))
            .build();
    return new EnvironmentRule().evaluate(context);
  }

  private static EnvironmentDescription described(
      boolean locked, List<IndexChoice> indexes, List<Observation> observations) {
    return new EnvironmentDescription("requirements.txt", locked, List.of(), indexes, observations);
  }

  @Test
  void anExtraIndexIsTheDependencyConfusionPathAndShowsNoSecret() {
    List<Finding> findings =
        check(
            described(
                false,
                List.of(
                    new IndexChoice(
                        IndexChoice.Kind.EXTRA_INDEX_URL,
                        "https://u:s3@cret@corp.example/simple",
                        "https://u:s3@${PASSWORD}@corp.example/simple",
                        LINE_1)),
                List.of()),
            List.of(),
            Map.of());

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
              assertThat(f.message())
                  .isEqualTo(
                      "requirements.txt:1: --extra-index-url"
                          + " https://***@corp.example/simple: pip takes each package from whichever index"
                          + " offers the highest version, which is how dependency confusion works; pkgguard"
                          + " checked https://pypi.org/pypi");
              assertThat(f.evidence().values())
                  .containsEntry("file", "requirements.txt")
                  .containsEntry("line", "1");
            });
  }

  @Test
  void anIndexTheSourcesTrustIsFineAnotherIsNot() {
    assertThat(
            check(
                described(
                    false,
                    List.of(
                        new IndexChoice(
                            IndexChoice.Kind.INDEX_URL,
                            "https://pypi.org/simple",
                            "https://pypi.org/simple",
                            LINE_1)),
                    List.of()),
                List.of(),
                Map.of()))
        .isEmpty();
    assertThat(
            check(
                described(
                    true,
                    List.of(
                        new IndexChoice(
                            IndexChoice.Kind.INDEX_URL,
                            "https://mirror.example/simple",
                            "https://mirror.example/simple",
                            LINE_1)),
                    List.of()),
                List.of(),
                Map.of()))
        .extracting(Finding::message)
        .containsExactly(
            "requirements.txt:1: the locked index https://mirror.example/simple is not an index"
                + " of the policy: pip would install from there, pkgguard checked"
                + " https://pypi.org/pypi");
  }

  @Test
  void eachObservationHasItsLevelAndTheLevelsComeFromThePolicy() {
    EnvironmentDescription d =
        described(
            false,
            List.of(),
            List.of(
                new Observation(
                    Observation.Kind.UNVETTED,
                    "direct URL requirement 'x @ https://a@b/c'",
                    "",
                    LINE_1),
                new Observation(Observation.Kind.UNPINNED, "flask", "", LINE_2),
                new Observation(
                    Observation.Kind.NOT_FOR_TARGET, "pywin32", "linux, Python 3.12", LINE_2)));

    assertThat(check(d, List.of(), Map.of()))
        .extracting(f -> f.level() + " " + f.message())
        .containsExactly(
            "HIGH requirements.txt:1: direct URL requirement 'x @ https://***@b/c' is not vetted:"
                + " pkgguard checks packages from trusted indexes and does not fetch it",
            "MEDIUM requirements.txt:2: flask is not pinned to one version (==): what gets"
                + " installed changes with the index",
            "NONE requirements.txt:2: pywin32 is not for this environment (linux, Python 3.12):"
                + " its marker is false");
    assertThat(check(d, List.of(), Map.of("unpinned-level", "high", "unvetted-level", "none")))
        .extracting(Finding::level)
        .containsExactly(RiskLevel.HIGH, RiskLevel.NONE);
  }

  @Test
  void pinnedHashesThatMatchNoJudgedFileAreReported() {
    Requirement pinned =
        new Requirement(
            PackageRequest.of(PackageId.pypi("demo"), "1.0"),
            List.of("sha256:" + "aa".repeat(32)),
            LINE_1);
    EnvironmentDescription d =
        new EnvironmentDescription(
            "requirements.txt", false, List.of(pinned), List.of(), List.of());
    Verdict judged =
        Verdict.builder(PackageId.pypi("demo"), Decision.ALLOW)
            .version("1.0")
            .artifacts(
                List.of(
                    new Artifact(
                        "demo-1.0-py3-none-any.whl",
                        URI.create("https://files.pythonhosted.org/demo.whl"),
                        Optional.of("bb".repeat(32)))))
            .build();

    assertThat(check(d, List.of(judged), Map.of()))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith(
                        "requirements.txt:1: the hashes pinned for demo 1.0"
                            + " match none of the files judged (demo-1.0-py3-none-any.whl)"));
    Verdict matching =
        Verdict.builder(PackageId.pypi("demo"), Decision.ALLOW)
            .version("1.0")
            .artifacts(
                List.of(
                    new Artifact(
                        "demo-1.0-py3-none-any.whl",
                        URI.create("https://files.pythonhosted.org/demo.whl"),
                        Optional.of("aa".repeat(32)))))
            .build();
    assertThat(check(d, List.of(matching), Map.of())).isEmpty();
  }

  @Test
  void outsideAnEnvironmentItHasNothingToSay() {
    assertThat(
            new EnvironmentRule()
                .evaluate(RuleContext.builder(PackageRequest.of(PackageId.pypi("demo"))).build()))
        .isEmpty();
  }
}
