package io.pkgguard.core;

import static io.pkgguard.core.TestPlugins.ECOSYSTEM;
import static io.pkgguard.core.TestPlugins.metadata;
import static io.pkgguard.core.TestPlugins.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Dependency;
import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentDescription.Location;
import io.pkgguard.api.EnvironmentDescription.Requirement;
import io.pkgguard.api.EnvironmentFileException;
import io.pkgguard.api.EnvironmentFiles;
import io.pkgguard.api.Finding;
import io.pkgguard.api.NameScheme;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.api.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guard.evaluateEnvironment(ecosystem, file, target): the ecosystem reads the file (and only
 * files beside it), every package is judged, and the environment-stage rules report on the
 * whole, with the packages' verdicts in hand.
 */
class GuardEnvironmentFileTest {

  @TempDir Path dir;
  private Guard guard;

  /** Reads one name per line; "include X" reads X too; "boom" is a reader bug. */
  static final class LineEcosystem implements Ecosystem {
    private final Ecosystem names = new TestPlugins.TestEcosystem();

    @Override
    public String id() {
      return ECOSYSTEM;
    }

    @Override
    public NameScheme names() {
      return names.names();
    }

    @Override
    public PackageRequest parseRequest(String spec) throws RequestSyntaxException {
      return names.parseRequest(spec);
    }

    @Override
    public List<Dependency> dependencies(
        PackageMetadata metadata, Set<String> extras, TargetEnvironment target) {
      return List.of();
    }

    @Override
    public EnvironmentDescription readEnvironment(
        String fileName,
        EnvironmentFiles files,
        TargetEnvironment target,
        Map<String, String> variables)
        throws EnvironmentFileException {
      List<Requirement> requirements = new ArrayList<>();
      read(fileName, files, target, requirements);
      return new EnvironmentDescription(fileName, false, requirements, List.of(), List.of());
    }

    private void read(
        String fileName, EnvironmentFiles files, TargetEnvironment target, List<Requirement> into)
        throws EnvironmentFileException {
      String text;
      try {
        text =
            new String(
                files
                    .read(fileName)
                    .orElseThrow(() -> new EnvironmentFileException(fileName + ": no such file")),
                StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new EnvironmentFileException(fileName + ": " + e.getMessage(), e);
      }
      int line = 0;
      for (String name : text.strip().split("\n")) {
        line++;
        if (name.equals("boom")) {
          throw new IllegalStateException("reader bug");
        }
        if (name.startsWith("include ")) {
          read(name.substring(8), files, target, into);
        } else {
          into.add(
              new Requirement(
                  PackageRequest.of(new PackageId(ECOSYSTEM, name), "1.0").withEnvironment(target),
                  List.of(),
                  new Location(fileName, line, 0)));
        }
      }
    }
  }

  /** Reports how many packages the environment judged and how many were allowed. */
  @RuleDefinition(
      id = "counting",
      summary = "Counts",
      level = RiskLevel.LOW,
      category = RiskCategory.DEPENDENCY,
      stage = RuleStage.ENVIRONMENT)
  static final class CountingRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      var environment = context.environment().orElseThrow();
      long allowed =
          environment.packages().stream().filter(v -> v.decision() == Decision.ALLOW).count();
      return List.of(
          finding(
              RiskLevel.LOW,
              environment.description().file()
                  + ": "
                  + environment.packages().size()
                  + " packages, "
                  + allowed
                  + " allowed"));
    }
  }

  @AfterEach
  void close() {
    if (guard != null) {
      guard.close();
    }
  }

  private Verdict evaluate(Path file) throws EnvironmentFileException {
    guard =
        Guard.builder()
            .discover(false)
            .policy(policy(""))
            .addEcosystem(new LineEcosystem())
            .addSourceProvider(
                new TestPlugins.FakeSourceProvider(r -> metadata(r.id().name(), "1.0")))
            .addRule(new TestPlugins.QuietRule())
            .addRule(new CountingRule())
            .build();
    return guard.evaluateEnvironment(ECOSYSTEM, file, TargetEnvironment.of(Map.of()));
  }

  @Test
  void theFileIsReadItsPackagesJudgedAndTheEnvironmentRulesRun() throws Exception {
    Files.writeString(dir.resolve("more.txt"), "gamma\n");
    Path file = Files.writeString(dir.resolve("env.txt"), "alpha\nbeta\ninclude more.txt\n");

    Verdict verdict = evaluate(file);

    assertThat(verdict.id().name()).isEqualTo("env.txt");
    assertThat(verdict.dependencies())
        .extracting(v -> v.id().name())
        .containsExactly("alpha", "beta", "gamma");
    assertThat(verdict.findings())
        .extracting(Finding::ruleId, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("counting", "env.txt: 3 packages, 3 allowed"));
  }

  @Test
  void nothingOutsideTheFilesDirectoryIsRead() throws Exception {
    Files.writeString(dir.resolve("secret.txt"), "stolen\n");
    Path project = Files.createDirectories(dir.resolve("project"));
    Path file = Files.writeString(project.resolve("env.txt"), "alpha\ninclude ../secret.txt\n");

    assertThatThrownBy(() -> evaluate(file))
        .isInstanceOf(EnvironmentFileException.class)
        .hasMessage("../secret.txt: no such file");
  }

  @Test
  void aLinkInsideTheDirectoryDoesNotLeadOutOfIt() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "stolen\n");
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.createSymbolicLink(project.resolve("more.txt"), secret);
    Path file = Files.writeString(project.resolve("env.txt"), "alpha\ninclude more.txt\n");

    assertThatThrownBy(() -> evaluate(file))
        .isInstanceOf(EnvironmentFileException.class)
        .hasMessage("more.txt: no such file");
  }

  @Test
  void aReaderThatFailsRejectsTheEnvironmentAndJudgesNothing() throws Exception {
    Path file = Files.writeString(dir.resolve("env.txt"), "alpha\nboom\n");

    Verdict verdict = evaluate(file);

    assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
    assertThat(verdict.dependencies()).isEmpty();
    assertThat(verdict.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "the test reader failed on env.txt (IllegalStateException); nothing in it"
                            + " was judged"));
  }

  @Test
  void anEnvironmentRuleThatFailsRejectsTheEnvironment() throws Exception {
    Path file = Files.writeString(dir.resolve("env.txt"), "alpha\n");
    guard =
        Guard.builder()
            .discover(false)
            .policy(policy(""))
            .addEcosystem(new LineEcosystem())
            .addSourceProvider(
                new TestPlugins.FakeSourceProvider(r -> metadata(r.id().name(), "1.0")))
            .addRule(new TestPlugins.QuietRule())
            .addRule(new FailingEnvironmentRule())
            .build();

    Verdict verdict = guard.evaluateEnvironment(ECOSYSTEM, file, TargetEnvironment.of(Map.of()));

    assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
    assertThat(verdict.findings())
        .anySatisfy(f -> assertThat(f.message()).contains("failing-environment"));
  }

  /** An environment-stage rule with a bug. */
  @RuleDefinition(
      id = "failing-environment",
      summary = "Fails",
      level = RiskLevel.LOW,
      category = RiskCategory.DEPENDENCY,
      stage = RuleStage.ENVIRONMENT)
  static final class FailingEnvironmentRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      throw new IllegalStateException("environment rule bug");
    }
  }

  @Test
  void aMissingFileIsAnErrorNamingIt() {
    assertThatThrownBy(() -> evaluate(dir.resolve("nothing.txt")))
        .isInstanceOf(EnvironmentFileException.class)
        .hasMessage("nothing.txt: no such file");
  }
}
