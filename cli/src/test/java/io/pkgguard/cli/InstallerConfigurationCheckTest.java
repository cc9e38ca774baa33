package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without --index, a check weighs what pip and uv on the machine are configured with: their extra
 * indexes and unverified hosts are findings naming the file and line (or variable) that set them,
 * credentials in them are never shown, and a configuration pip would refuse is refused too.
 */
class InstallerConfigurationCheckTest {

  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();
  private Path pipConf;

  @BeforeEach
  void machine() throws Exception {
    env.put("HOME", Files.createDirectories(dir.resolve("home")).toString());
    env.put("XDG_CONFIG_DIRS", dir.resolve("xdg").toString());
    env.put("UV_NO_CONFIG", "1");
    pipConf = dir.resolve("pip.conf");
    Files.writeString(
        pipConf,
        "[global]\ntimeout = 60\nextra-index-url = https://deploy:s3cret@corp.example/simple\n");
    env.put("PIP_CONFIG_FILE", pipConf.toString());
    env.put("PIP_TRUSTED_HOST", "corp.example");
  }

  private CliRun check(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "check";
    all[1] = "--offline";
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.in(new CliContext(env, "alice", q -> Optional.empty()), all);
  }

  @Test
  void anExtraIndexAndATrustedHostFromTheConfigurationAreWeighedWithThePackage() throws Exception {
    CliRun run = check("--format", "json", "sampleproject");

    JsonNode environment = new ObjectMapper().readTree(run.out()).path("verdicts").get(0);
    assertThat(environment.path("name").asText()).isEqualTo("command line");
    assertThat(environment.path("findings").findValuesAsText("message"))
        .anyMatch(
            m ->
                m.startsWith(
                    pipConf
                        + ":3: --extra-index-url https://***@corp.example/simple: pip takes each"
                        + " package"))
        .anyMatch(
            m ->
                m.startsWith(
                    "PIP_TRUSTED_HOST: --trusted-host corp.example lets pip reach that host"
                        + " without TLS certificate checks"));
    assertThat(run.out() + run.err()).doesNotContain("s3cret");
    assertThat(run.exit()).isEqualTo(ExitCode.REJECT);
  }

  @Test
  void aConfigurationPipWouldRefuseIsRefusedWithItsLine() throws Exception {
    Files.writeString(pipConf, "[global]\nextra-index-url\n");

    CliRun run = check("sampleproject");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains(pipConf + ":2: 'extra-index-url' is not 'key = value'")
        .contains("--isolated");
  }

  @Test
  void withTheBuiltInPolicyTheConfiguredIndexIsCheckedAndSaidSo() {
    env.put("PIP_INDEX_URL", "https://ci:t0ken@mirror.example/simple");

    CliRun run = check("sampleproject");

    assertThat(run.err())
        .contains(
            "pkgguard: checking against the index the installer would use:"
                + " https://***@mirror.example/simple (set by PIP_INDEX_URL)");
    assertThat(run.out() + run.err()).doesNotContain("t0ken");
  }

  @Test
  void aPolicyFilesSourcesWinOverPipsIndexWhichIsWeighedInstead() throws Exception {
    Path policy = Files.writeString(dir.resolve("policy.toml"), "[store]\ntype = \"none\"\n");
    env.put("PIP_INDEX_URL", "https://mirror.example/simple");

    CliRun run = check("--policy", policy.toString(), "--format", "json", "sampleproject");

    assertThat(run.err()).doesNotContain("checking against the index");
    assertThat(
            new ObjectMapper()
                .readTree(run.out())
                .path("verdicts")
                .get(0)
                .path("findings")
                .findValuesAsText("message"))
        .anyMatch(
            m ->
                m.startsWith(
                    "PIP_INDEX_URL: --index-url https://mirror.example/simple is not an index of"
                        + " the policy"));
  }

  @Test
  void isolatedAndAnExplicitIndexLeaveTheConfigurationAlone() {
    CliRun isolated = check("--isolated", "sampleproject");
    assertThat(isolated.out()).doesNotContain("environment command line", "corp.example");

    CliRun explicit = check("--index", dir.toString(), "sampleproject");
    assertThat(explicit.out()).doesNotContain("corp.example");
  }
}
