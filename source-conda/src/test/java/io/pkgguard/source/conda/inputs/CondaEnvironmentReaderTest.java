package io.pkgguard.source.conda.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentDescription.IndexChoice;
import io.pkgguard.api.EnvironmentDescription.Observation;
import io.pkgguard.api.EnvironmentDescription.Requirement;
import io.pkgguard.api.EnvironmentFileException;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.TargetEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The conda environment files, each as its tool reads it, and hostile ones refused. */
class CondaEnvironmentReaderTest {

  private static final TargetEnvironment LINUX = TargetEnvironment.of(Map.of("subdir", "linux-64"));

  private static EnvironmentDescription read(String name, String text, TargetEnvironment target)
      throws EnvironmentFileException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return CondaEnvironmentReader.read(
        name, path -> path.equals(name) ? Optional.of(bytes) : Optional.empty(), target);
  }

  private static String resource(String name) {
    try (InputStream in = CondaEnvironmentReaderTest.class.getResourceAsStream("/inputs/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class EnvironmentYml {

    private static final String FILE =
        """
        name: analysis
        channels:
          - conda-forge
          - defaults
        dependencies:
          - python=3.12
          - numpy >=1.24,<2
          - conda-forge::pandas==2.2.3
          - numpy
          - pip
          - pip:
              - requests==2.32.3
              - -r requirements.txt
        variables:
          MODE: test
        """;

    @Test
    void condaDependenciesAreRequestsAndThePipBlockIsHandedToPypiLineForLine() throws Exception {
      EnvironmentDescription env = read("environment.yml", FILE, LINUX);
      assertThat(env.locked()).isFalse();
      assertThat(env.requirements())
          .extracting(r -> r.request().id().name())
          .containsExactly("python", "numpy", "pandas", "numpy", "pip");
      Requirement pandas = env.requirements().get(2);
      assertThat(pandas.request().version()).contains("2.2.3");
      assertThat(pandas.request().requirement()).contains("conda-forge::pandas==2.2.3");
      assertThat(pandas.location().line()).isEqualTo(8);
      assertThat(env.requirements().get(0).request().environment()).isEqualTo(LINUX);
      assertThat(env.embedded())
          .singleElement()
          .satisfies(
              pip -> {
                assertThat(pip.ecosystem()).isEqualTo(PackageId.PYPI);
                assertThat(pip.text().lines().toList())
                    .hasSize(13)
                    .element(11)
                    .isEqualTo("requests==2.32.3");
                assertThat(pip.text().lines().toList().get(12)).isEqualTo("-r requirements.txt");
              });
    }

    @Test
    void channelsAreTheIndexesInTheOrderCondaSearchesThem() throws Exception {
      EnvironmentDescription env = read("environment.yml", FILE, LINUX);
      assertThat(env.indexes())
          .extracting(IndexChoice::kind, IndexChoice::value, IndexChoice::written)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  IndexChoice.Kind.INDEX_URL,
                  "https://conda.anaconda.org/conda-forge",
                  "conda-forge"),
              org.assertj.core.groups.Tuple.tuple(
                  IndexChoice.Kind.EXTRA_INDEX_URL,
                  "https://repo.anaconda.com/pkgs/main",
                  "defaults"));
    }

    @Test
    void duplicatesAndOpenVersionsAreObserved() throws Exception {
      EnvironmentDescription env = read("environment.yml", FILE, LINUX);
      assertThat(env.observations())
          .extracting(Observation::kind, Observation::subject)
          .contains(
              org.assertj.core.groups.Tuple.tuple(Observation.Kind.DUPLICATE, "numpy"),
              org.assertj.core.groups.Tuple.tuple(Observation.Kind.UNPINNED, "pip"));
    }

    @Test
    void withoutChannelsCondaUsesItsConfigurationWhichIsObserved() throws Exception {
      EnvironmentDescription env = read("environment.yml", "dependencies: [numpy=1.26]\n", LINUX);
      assertThat(env.indexes()).isEmpty();
      assertThat(env.observations()).anySatisfy(o -> assertThat(o.detail()).contains("(.condarc)"));
    }

    @Test
    void anUnknownKeyIsRefusedNamingItsLineAndTheKeysThatExist() {
      assertThatThrownBy(
              () -> read("environment.yml", "name: x\nchanels:\n  - conda-forge\n", LINUX))
          .isInstanceOf(EnvironmentFileException.class)
          .hasMessage(
              "environment.yml:2: unknown key 'chanels'; an environment file has channels,"
                  + " dependencies, name, prefix, variables");
    }

    @Test
    void aYamlBombIsRefusedNotExpanded() {
      StringBuilder bomb =
          new StringBuilder(
              "dependencies:\n  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
      for (char c = 'b'; c <= 'j'; c++) {
        bomb.append("  - &").append(c).append(" [");
        for (int i = 0; i < 9; i++) {
          bomb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
        }
        bomb.append("]\n");
      }
      assertThatThrownBy(() -> read("environment.yml", bomb.toString(), LINUX))
          .isInstanceOf(EnvironmentFileException.class)
          .hasMessageStartingWith("environment.yml");
    }

    @Test
    void duplicateKeysWrongTypesAndBadSpecsAreRefusedWithTheirLine() {
      assertThatThrownBy(() -> read("environment.yml", "name: a\nname: b\n", LINUX))
          .isInstanceOf(EnvironmentFileException.class)
          .hasMessageContaining("environment.yml:2")
          .hasMessageContaining("name");
      assertThatThrownBy(() -> read("environment.yml", "dependencies: numpy\n", LINUX))
          .hasMessage("environment.yml:1: 'dependencies' must be a list");
      assertThatThrownBy(() -> read("environment.yml", "dependencies:\n  - {numpy: 1}\n", LINUX))
          .hasMessageStartingWith("environment.yml:2: a dependency is a match spec");
      assertThatThrownBy(
              () ->
                  read(
                      "environment.yml",
                      "dependencies:\n  - numpy " + ">=1,".repeat(2_500) + "\n",
                      LINUX))
          .hasMessageContaining("environment.yml:2:")
          .hasMessageContaining("longer than 2048 characters");
      assertThatThrownBy(() -> read("environment.yml", "dependencies:\n  - num\u0440y\n", LINUX))
          .hasMessageContaining("invalid characters");
      assertThatThrownBy(() -> read("environment.yml", "  \n", LINUX))
          .hasMessage("environment.yml: the file is empty");
      assertThatThrownBy(() -> read("environment.yml", "dependencies: [numpy\n", LINUX))
          .hasMessageStartingWith("environment.yml:")
          .hasMessageContaining("not valid YAML");
    }
  }

  @Nested
  class Locked {

    @Test
    void anExplicitFilePinsEachUrlWithItsHash() throws Exception {
      String sha = "525b7b6b5135b952ec1808de84e5eca57c7c7ff144e29ef3e96ae4040ff432c1";
      EnvironmentDescription env =
          read(
              "spec-file.txt",
              "# This file may be used to create an environment using:\n"
                  + "# platform: linux-64\n@EXPLICIT\n"
                  + "https://conda.anaconda.org/conda-forge/linux-64/ca-certificates-2023.7.22-hbcca054_0.conda#"
                  + sha
                  + "\nhttps://conda.anaconda.org/conda-forge/noarch/tzdata-2023c-h71feb2d_0.conda#939e3e74d8be4dac89ce83b20de2492a\n",
              LINUX);
      assertThat(env.locked()).isTrue();
      assertThat(env.requirements()).hasSize(2);
      Requirement ca = env.requirements().get(0);
      assertThat(ca.request().id()).isEqualTo(new PackageId("conda", "ca-certificates"));
      assertThat(ca.request().version()).contains("2023.7.22");
      assertThat(ca.request().requirement())
          .contains("conda-forge::ca-certificates==2023.7.22=hbcca054_0");
      assertThat(ca.hashes()).containsExactly("sha256:" + sha);
      assertThat(ca.location().line()).isEqualTo(4);
      assertThat(env.requirements().get(1).hashes()).isEmpty(); // an MD5 compares with nothing
    }

    @Test
    void anExplicitFileForAnotherPlatformIsObservedAndOneWithoutTheMarkerRefused()
        throws Exception {
      EnvironmentDescription env =
          read("spec-file.txt", "# platform: osx-arm64\n@EXPLICIT\n", LINUX);
      assertThat(env.observations())
          .singleElement()
          .satisfies(o -> assertThat(o.kind()).isEqualTo(Observation.Kind.NOT_FOR_TARGET));
      assertThatThrownBy(() -> read("requirements.txt", "numpy==1.26\n", LINUX))
          .hasMessageContaining("not a conda environment file pkgguard reads");
      assertThatThrownBy(
              () -> read("spec-file.txt", "@EXPLICIT\nhttps://example.org/not-a-package\n", LINUX))
          .hasMessageStartingWith("spec-file.txt:2: ");
    }

    @Test
    void aCondaLockFileGivesTheTargetPlatformsPackagesCondaAndPip() throws Exception {
      EnvironmentDescription env = read("conda-lock.yml", resource("conda-lock.yml"), LINUX);
      assertThat(env.locked()).isTrue();
      assertThat(env.requirements())
          .extracting(r -> r.request().id().toString())
          .containsExactly(
              "conda:_libgcc_mutex", "conda:ca-certificates", "conda:tzdata", "pypi:requests");
      assertThat(env.requirements().get(3).request().version()).contains("2.31.0");
      assertThat(env.requirements().get(0).hashes())
          .containsExactly(
              "sha256:fe51de6107f9edc7aa4f786a70f4a883943bc9d39b3bb7307c04c41410990726");
      assertThat(env.indexes())
          .extracting(IndexChoice::written)
          .containsExactly("conda-forge", "defaults");
      assertThatThrownBy(
              () ->
                  read(
                      "conda-lock.yml",
                      resource("conda-lock.yml"),
                      TargetEnvironment.of(Map.of("subdir", "win-64"))))
          .hasMessage(
              "conda-lock.yml: nothing is locked for win-64; the file has linux-64, osx-64");
      assertThatThrownBy(() -> read("conda-lock.yml", "version: 2\npackage: []\n", LINUX))
          .hasMessageContaining("conda-lock version 2 is not supported");
    }

    @Test
    void aPixiLockGivesTheDefaultEnvironmentsPackagesWithTheirHashes() throws Exception {
      EnvironmentDescription env =
          read(
              "pixi.lock", resource("pixi.lock"), TargetEnvironment.of(Map.of("subdir", "win-64")));
      assertThat(env.requirements())
          .extracting(r -> r.request().id().toString())
          .containsExactly("conda:_openmp_mutex", "conda:adjusttext", "pypi:requests");
      assertThat(env.requirements().get(0).request().requirement())
          .contains("conda-forge::_openmp_mutex==4.5=2_gnu");
      assertThat(env.requirements().get(2).hashes())
          .containsExactly(
              "sha256:58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f");
      assertThat(env.indexes())
          .extracting(IndexChoice::value)
          .containsExactly("https://conda.anaconda.org/conda-forge", "https://pypi.org/simple");
      assertThatThrownBy(
              () -> read("pixi.lock", resource("pixi.lock"), TargetEnvironment.unknown()))
          .hasMessageContaining("the target platform is unknown");
    }
  }
}
