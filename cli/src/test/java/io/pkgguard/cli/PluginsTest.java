package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin jars in the CLI: a rule jar compiled here against the api alone, dropped in a directory
 * named by --plugins, PKGGUARD_PLUGINS or the policy, is listed with its jar and judges; a jar
 * that cannot be loaded is an error naming it and why.
 */
class PluginsTest {

  static final String RULE =
      """
      package acme;

      import io.pkgguard.api.*;
      import java.util.List;

      @RuleDefinition(id = "acme-blocked", summary = "Acme's blocked projects",
          level = RiskLevel.CRITICAL, category = RiskCategory.POLICY, stage = RuleStage.REQUEST,
          parameters = @ParameterDefinition(name = "names", type = ParameterDefinition.Type.TEXTS,
              summary = "blocked names", defaultValue = "[\\"good\\"]"))
      public final class BlockedRule implements SecurityRule {
        %s
        @Override
        public List<Finding> evaluate(RuleContext context) {
          String name = context.names().normalize(context.request().id().name());
          return context.parameters().texts("names", List.of()).contains(name)
              ? List.of(finding(RiskLevel.CRITICAL, name + " is blocked by Acme"))
              : List.of();
        }
      }
      """;

  @TempDir Path dir;
  private DemoMirror mirror;

  @BeforeEach
  void setUp() {
    mirror =
        new DemoMirror(dir.resolve("index"))
            .wellKept("good", "1.0", Instant.parse("2015-01-01T00:00:00Z"));
  }

  /** Compiles sources against the test's class path (which has the api) into a plugin jar. */
  Path pluginJar(Path target, Map<String, String> sources, boolean withServices, String... leaveOut)
      throws IOException {
    Path src = Files.createDirectories(dir.resolve("src-" + target.getFileName()));
    Path classes = Files.createDirectories(dir.resolve("classes-" + target.getFileName()));
    List<String> args =
        new ArrayList<>(
            List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path")));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      args.add(file.toString());
    }
    // The JDK's own javac, in a process: the test runs inside the cli module, which does not
    // read java.compiler.
    args.add(0, Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    Process javac = new ProcessBuilder(args).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      assertThat(javac.waitFor()).as(output).isZero();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    Files.createDirectories(target.getParent());
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(target));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
        if (List.of(leaveOut).contains(name)) {
          continue;
        }
        jar.putNextEntry(new JarEntry(name));
        jar.write(Files.readAllBytes(file));
      }
      if (withServices) {
        jar.putNextEntry(new JarEntry("META-INF/services/io.pkgguard.api.SecurityRule"));
        jar.write("acme.BlockedRule\n".getBytes(StandardCharsets.UTF_8));
      }
    }
    return target;
  }

  Path acmeJar(Path target) throws IOException {
    return pluginJar(target, Map.of("acme.BlockedRule", RULE.formatted("")), true);
  }

  CliRun run(Map<String, String> environment, String... args) {
    return CliRun.in(new CliContext(environment, "alice", q -> java.util.Optional.empty()), args);
  }

  CliRun check(Map<String, String> environment, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("check", "--offline", "--index", mirror.root().toString(), "--no-deps"));
    args.addAll(List.of(more));
    args.add("good");
    return run(environment, args.toArray(String[]::new));
  }

  @Test
  void aRuleJarInThePluginsDirectoryIsListedWithItsJarAndJudges() throws IOException {
    Path plugins = acmeJar(dir.resolve("plugins/acme-rules.jar")).getParent();

    CliRun rules = run(Map.of(), "rules", "--plugins", plugins.toString());
    assertThat(rules.exit()).as(rules.err()).isZero();
    assertThat(rules.out().lines())
        .hasSize(17)
        .anySatisfy(
            line -> assertThat(line).startsWith("acme-blocked").endsWith("[from acme-rules.jar]"));

    CliRun check = check(Map.of(), "--plugins", plugins.toString());
    assertThat(check.exit()).isEqualTo(ExitCode.REJECT);
    assertThat(check.out()).contains("acme-blocked", "good is blocked by Acme");
  }

  @Test
  void theEnvironmentAndThePolicyNamePluginDirectoriesToo() throws IOException {
    Path plugins = acmeJar(dir.resolve("plugins/acme-rules.jar")).getParent();

    assertThat(check(Map.of("PKGGUARD_PLUGINS", plugins.toString())).out())
        .contains("good is blocked by Acme");

    Path policy = dir.resolve("policy.toml");
    Files.writeString(
        policy,
        """
        [plugins]
        dirs = ["plugins"]

        [rules.acme-blocked]
        names = ["other"]
        """);
    CliRun configured = check(Map.of(), "--policy", policy.toString());
    assertThat(configured.err()).isEmpty();
    assertThat(configured.out()).doesNotContain("blocked by Acme");
    assertThat(configured.exit()).isNotEqualTo(ExitCode.USAGE);
  }

  @Test
  void withoutThePluginItsPolicyTableIsAnError() throws IOException {
    Path policy = dir.resolve("policy.toml");
    Files.writeString(policy, "[rules.acme-blocked]\nnames = [\"good\"]\n");

    CliRun run = check(Map.of(), "--policy", policy.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("acme-blocked");
  }

  @Test
  void aFileThatIsNotAJarIsNamed() throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    try (OutputStream out = Files.newOutputStream(plugins.resolve("broken.jar"))) {
      out.write("not a zip".getBytes(StandardCharsets.UTF_8));
    }

    CliRun run = run(Map.of(), "rules", "--plugins", plugins.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("broken.jar: not a readable jar");
  }

  @Test
  void aProviderThatCannotBeLoadedIsNamedWithItsJarAndTheCause() throws IOException {
    Path missingClass =
        pluginJar(
            dir.resolve("a/no-class.jar"),
            Map.of("acme.BlockedRule", RULE.formatted("")),
            true,
            "acme/BlockedRule.class");
    CliRun run = run(Map.of(), "rules", "--plugins", missingClass.getParent().toString());
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains(
            "cannot load the SecurityRule plugin acme.BlockedRule from",
            "no-class.jar",
            "not found");

    Path missingDependency =
        pluginJar(
            dir.resolve("b/no-helper.jar"),
            Map.of(
                "acme.BlockedRule",
                RULE.formatted("private final Helper helper = new Helper();"),
                "acme.Helper",
                "package acme; final class Helper {}"),
            true,
            "acme/Helper.class");
    CliRun dependency =
        run(Map.of(), "rules", "--plugins", missingDependency.getParent().toString());
    assertThat(dependency.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(dependency.err())
        .contains("acme.BlockedRule from", "no-helper.jar", "ClassNotFoundException: acme.Helper");
  }

  @Test
  void aDirectoryThatDoesNotExistIsAnError() {
    CliRun run = run(Map.of(), "rules", "--plugins", dir.resolve("nowhere").toString());

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--plugins", "nowhere: no such directory");
  }
}
