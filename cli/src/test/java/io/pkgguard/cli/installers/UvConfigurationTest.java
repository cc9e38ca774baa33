package io.pkgguard.cli.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** uv's configuration as uv's documentation says it is found and merged. */
class UvConfigurationTest {

  @TempDir Path root;
  private Path project;
  private Path home;
  private Path etc;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void dirs() throws Exception {
    project = Files.createDirectories(root.resolve("project"));
    home = Files.createDirectories(root.resolve("home"));
    etc = Files.createDirectories(root.resolve("etc"));
  }

  private InstallerIndexes read() throws Exception {
    return UvConfiguration.read(env, project, home, etc);
  }

  @Test
  void theDefaultIndexIsTheIndexAndEveryOtherAnExtra() throws Exception {
    Files.writeString(
        project.resolve("pyproject.toml"),
        """
        [project]
        name = "app"

        [[tool.uv.index]]
        name = "corp"
        url = "https://corp.example/simple"
        default = true

        [[tool.uv.index]]
        name = "torch"
        url = "https://download.example/whl/cpu"
        explicit = true
        """);

    InstallerIndexes read = read();

    assertThat(read.index().orElseThrow().value()).isEqualTo("https://corp.example/simple");
    assertThat(read.index().orElseThrow().origin()).endsWith("pyproject.toml:6");
    assertThat(read.extraIndexes())
        .extracting(ConfiguredValue::value)
        .containsExactly("https://download.example/whl/cpu");
  }

  @Test
  void aProjectUvTomlWinsOverPyprojectAndUserSettingsFollowTheProjects() throws Exception {
    Files.writeString(
        project.resolve("uv.toml"), "extra-index-url = [\"https://project/simple\"]\n");
    Files.writeString(
        project.resolve("pyproject.toml"), "[tool.uv]\nindex-url = \"https://ignored/simple\"\n");
    Path user = Files.createDirectories(home.resolve(".config/uv"));
    Files.writeString(
        user.resolve("uv.toml"),
        "index-url = \"https://user/simple\"\nextra-index-url = [\"https://user-extra/simple\"]\n"
            + "allow-insecure-host = [\"user.example\"]\n");

    InstallerIndexes read = read();

    assertThat(read.index().orElseThrow().value()).isEqualTo("https://user/simple");
    assertThat(read.extraIndexes())
        .extracting(ConfiguredValue::value)
        .containsExactly("https://project/simple", "https://user-extra/simple");
    assertThat(read.trustedHosts())
        .extracting(ConfiguredValue::value)
        .containsExactly("user.example");
  }

  @Test
  void variablesComeFirstAndNoConfigTurnsFilesOff() throws Exception {
    Files.writeString(project.resolve("uv.toml"), "extra-index-url = [\"https://file/simple\"]\n");
    env.put("UV_INDEX", "corp=https://corp.example/simple https://other.example/simple");
    env.put("UV_DEFAULT_INDEX", "https://default.example/simple");

    InstallerIndexes read = read();
    assertThat(read.index().orElseThrow().origin()).isEqualTo("UV_DEFAULT_INDEX");
    assertThat(read.extraIndexes())
        .extracting(ConfiguredValue::value)
        .containsExactly(
            "https://corp.example/simple", "https://other.example/simple", "https://file/simple");

    env.put("UV_NO_CONFIG", "1");
    assertThat(read().extraIndexes()).hasSize(2);
  }

  @Test
  void malformedTomlIsRefusedWithItsLine() throws Exception {
    Path file = project.resolve("uv.toml");
    Files.writeString(file, "index-url = \"https://x/simple\"\nextra-index-url = [\n");
    assertThatThrownBy(this::read)
        .isInstanceOf(InstallerConfigException.class)
        .hasMessageStartingWith(file + ":")
        .hasMessageContaining("not valid TOML");
    Files.writeString(file, "[[index]]\nname = \"x\"\n");
    assertThatThrownBy(this::read).hasMessageContaining(file + ":1: an [[index]] without a url");
  }

  @Test
  void pipsIndexStaysTheIndexAndUvsDifferentOneIsWeighedAsAnExtra() {
    ConfiguredValue pip = new ConfiguredValue("https://pip.example/simple", "pip.conf", 2);
    ConfiguredValue uv = new ConfiguredValue("https://uv.example/simple/", "uv.toml", 1);
    InstallerIndexes merged =
        new InstallerIndexes(
                java.util.Optional.of(pip),
                java.util.List.of(),
                java.util.List.of(),
                java.util.Optional.empty(),
                java.util.List.of(),
                java.util.Optional.empty())
            .and(
                new InstallerIndexes(
                    java.util.Optional.of(uv),
                    java.util.List.of(),
                    java.util.List.of(),
                    java.util.Optional.empty(),
                    java.util.List.of(),
                    java.util.Optional.empty()));
    assertThat(merged.index()).contains(pip);
    assertThat(merged.extraIndexes()).containsExactly(uv);
  }
}
