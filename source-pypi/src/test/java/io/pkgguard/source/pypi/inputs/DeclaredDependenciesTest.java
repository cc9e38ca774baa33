package io.pkgguard.source.pypi.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentDescription.Requirement;
import io.pkgguard.api.EnvironmentFileException;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.source.pypi.PypiEcosystem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new PypiEcosystem()
        .readEnvironment(
            name,
            path -> path.equals(name) ? Optional.of(bytes) : Optional.empty(),
            LINUX,
            Map.of());
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
    assertThat(requested(env))
        .containsExactly(
            "requests<3,>=2.31.0",
            "attrs<23.2,>=23.1",
            "zerolib<0.3,>=0.2.3",
            "exact==1.0.0",
            "anything",
            "tabled<2,>=1.4");
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
