package io.pkgguard.source.pypi.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentDescription.Requirement;
import io.pkgguard.api.EnvironmentFileException;
import io.pkgguard.api.EnvironmentSelection;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.source.pypi.PypiEcosystem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * pyproject.toml, setup.cfg and setup.py as pip would take their dependencies, read statically:
 * each requirement found on the line it is written on.
 */
class DeclaredDependenciesTest {

  private static final TargetEnvironment LINUX =
      TargetEnvironment.of(
          Map.of("sys_platform", "linux", "python_version", "3.12", "platform_system", "Linux"));

  private static EnvironmentDescription read(String name, String text)
      throws EnvironmentFileException {
    return read(name, text, EnvironmentSelection.none());
  }

  private static EnvironmentDescription read(
      String name, String text, EnvironmentSelection selection) throws EnvironmentFileException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new PypiEcosystem()
        .readEnvironment(
            name,
            path -> path.equals(name) ? Optional.of(bytes) : Optional.empty(),
            LINUX,
            Map.of(),
            selection);
  }

  private static final String PROJECT =
      """
      [project]
      name = "app"
      dependencies = ["requests>=2.31"]

      [project.optional-dependencies]
      Socks = ["pysocks==1.7.1"]
      docs = ["sphinx"]

      [dependency-groups]
      test = ["pytest==8.3.3", {include-group = "lint"}]
      lint = ["ruff==0.8.0"]
      loop-a = [{include-group = "loop-b"}]
      loop-b = [{include-group = "loop-a"}]
      """;

  @Test
  void anExtraAsksForItsOptionalDependenciesToo() throws Exception {
    EnvironmentDescription env =
        read("pyproject.toml", PROJECT, new EnvironmentSelection(Set.of("socks"), Set.of()));
    assertThat(requested(env)).containsExactly("requests>=2.31", "pysocks==1.7.1");
    assertThat(env.requirements().get(1).location().line()).isEqualTo(6);
    assertThat(requested(read("pyproject.toml", PROJECT))).containsExactly("requests>=2.31");
  }

  @Test
  void aDependencyGroupBringsTheGroupsItIncludes() throws Exception {
    EnvironmentDescription env =
        read("pyproject.toml", PROJECT, new EnvironmentSelection(Set.of(), Set.of("Test")));
    assertThat(requested(env)).containsExactly("requests>=2.31", "pytest==8.3.3", "ruff==0.8.0");
    assertThat(env.requirements().get(2).location().line()).isEqualTo(11);
  }

  @Test
  void anUnknownExtraOrGroupOrAnIncludeCycleIsRefusedByName() {
    assertThatThrownBy(
            () ->
                read(
                    "pyproject.toml",
                    PROJECT,
                    new EnvironmentSelection(Set.of("socket"), Set.of())))
        .hasMessageContaining("pyproject.toml: has no extra 'socket' (it has Socks, docs)");
    assertThatThrownBy(
            () ->
                read(
                    "pyproject.toml", PROJECT, new EnvironmentSelection(Set.of(), Set.of("tests"))))
        .hasMessageContaining(
            "has no dependency group 'tests' (it has lint, loop-a, loop-b, test)");
    assertThatThrownBy(
            () ->
                read(
                    "pyproject.toml",
                    PROJECT,
                    new EnvironmentSelection(Set.of(), Set.of("loop-a"))))
        .hasMessageContaining("includes itself: loop-a -> loop-b -> loop-a");
  }

  @Test
  void filesWithoutExtrasOrGroupsRefuseASelectionRatherThanIgnoreIt() {
    assertThatThrownBy(
            () ->
                read(
                    "requirements.txt",
                    "requests==2.32.3\n",
                    new EnvironmentSelection(Set.of("socks"), Set.of())))
        .hasMessageContaining(
            "requirements.txt: has no extras or dependency groups pkgguard selects from");
  }

  @Test
  void poetryGroupsAndExtrasFollowPoetry() throws Exception {
    String poetry =
        """
        [tool.poetry.dependencies]
        requests = "^2.31.0"
        pysocks = {version = "1.7.1", optional = true}

        [tool.poetry.extras]
        socks = ["pysocks"]

        [tool.poetry.group.test.dependencies]
        pytest = "8.3.3"
        """;
    assertThat(requested(read("pyproject.toml", poetry))).containsExactly("requests<3,>=2.31.0");
    assertThat(
            requested(
                read(
                    "pyproject.toml",
                    poetry,
                    new EnvironmentSelection(Set.of("socks"), Set.of("test")))))
        .containsExactly("requests<3,>=2.31.0", "pysocks==1.7.1", "pytest==8.3.3");
  }

  private static List<String> requested(EnvironmentDescription env) {
    return env.requirements().stream()
        .map(Requirement::request)
        .map(r -> r.id().name() + r.version().map(v -> "==" + v).orElse(r.constraint().orElse("")))
        .toList();
  }

  @Test
  void pyprojectProjectDependenciesAreRequirementsOnTheirLines() throws Exception {
    EnvironmentDescription env =
        read(
            "pyproject.toml",
            """
            [project]
            name = "app"
            dependencies = [
                "requests>=2.31",
                "colorama; sys_platform == 'win32'",
                "six==1.16.0",
            ]

            [project.optional-dependencies]
            dev = ["pytest"]
            """);
    assertThat(requested(env)).containsExactly("requests>=2.31", "six==1.16.0");
    assertThat(env.requirements().get(0).location().line()).isEqualTo(4);
    assertThat(env.requirements().get(1).location().line()).isEqualTo(6);
  }

  @Test
  void poetryConstraintsBecomePep440Ranges() throws Exception {
    EnvironmentDescription env =
        read(
            "pyproject.toml",
            """
            [tool.poetry.dependencies]
            python = "^3.9"
            requests = "^2.31.0"
            attrs = "~23.1"
            zerolib = "^0.2.3"
            exact = "1.0.0"
            anything = "*"
            tabled = {version = "^1.4", optional = true}
            """);
    // An optional dependency is installed only with an extra that names it (see below).
    assertThat(requested(env))
        .containsExactly(
            "requests<3,>=2.31.0",
            "attrs<23.2,>=23.1",
            "zerolib<0.3,>=0.2.3",
            "exact==1.0.0",
            "anything");
    assertThat(env.requirements().get(0).location().line()).isEqualTo(3);
  }

  @Test
  void setupCfgInstallRequiresIsRead() throws Exception {
    EnvironmentDescription env =
        read(
            "setup.cfg",
            """
            [metadata]
            name = app

            [options]
            packages = find:
            install_requires =
                requests>=2
                # a comment
                six==1.16.0
            python_requires = >=3.8
            """);
    assertThat(requested(env)).containsExactly("requests>=2", "six==1.16.0");
    assertThat(env.requirements().get(1).location().line()).isEqualTo(9);
  }

  @Test
  void setupPyIsReadAsTextAndAComputedListIsRefused() throws Exception {
    EnvironmentDescription env =
        read(
            "setup.py",
            """
            from setuptools import setup

            setup(
                name="app",
                install_requires=[
                    "requests>=2",  # HTTP
                    'six==1.16.0',
                ],
            )
            """);
    assertThat(requested(env)).containsExactly("requests>=2", "six==1.16.0");
    assertThat(env.requirements().get(1).location().line()).isEqualTo(7);
    assertThatThrownBy(
            () ->
                read(
                    "setup.py",
                    "reqs = open('requirements.txt').read().split()\nsetup(install_requires=reqs)\n"))
        .isInstanceOf(EnvironmentFileException.class)
        .hasMessageStartingWith("setup.py:2")
        .hasMessageContaining("never runs it");
    assertThatThrownBy(() -> read("setup.py", "setup(install_requires=['a'] + extra)\n"))
        .hasMessageContaining("is computed");
    assertThatThrownBy(() -> read("setup.py", "setup(install_requires=['a', b])\n"))
        .hasMessageContaining("holds more than string literals");
  }

  @Test
  void aFileThatDeclaresNothingSaysSo() {
    assertThatThrownBy(() -> read("pyproject.toml", "[build-system]\nrequires = []\n"))
        .hasMessageContaining("declares no dependencies");
    assertThatThrownBy(() -> read("setup.cfg", "[metadata]\nname = x\n"))
        .hasMessageContaining("has no [options] install_requires");
  }
}
