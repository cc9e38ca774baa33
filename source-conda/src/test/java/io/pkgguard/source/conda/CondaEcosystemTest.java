package io.pkgguard.source.conda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.Dependency;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.TargetEnvironment;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CondaEcosystemTest {

  private final CondaEcosystem conda = new CondaEcosystem();

  private static InspectedDistribution file(String name, ArchiveEntry... entries) {
    return new InspectedDistribution(
        DistributionFile.of(name, URI.create("file:///tmp/" + name), DistributionFile.Kind.OTHER),
        "cd".repeat(32),
        4321,
        name.endsWith(".conda")
            ? InspectedDistribution.Format.CONDA
            : InspectedDistribution.Format.TAR,
        List.of(entries),
        List.of());
  }

  @Nested
  class Requests {

    @Test
    void aNameOrAnExactVersion() throws Exception {
      assertThat(conda.parseRequest("NumPy").id().name()).isEqualTo("numpy");
      assertThat(conda.parseRequest("numpy==1.26.4").version()).contains("1.26.4");
      assertThat(conda.parseRequest("numpy 1.26.4 py311h64a7726_0").version()).contains("1.26.4");
      assertThat(conda.names().normalize("Py-Yaml")).isEqualTo("py-yaml");
    }

    @Test
    void anyMatchSpecTravelsWithTheRequestAndItsVersionSpecBecomesTheConstraint() throws Exception {
      PackageRequest range = conda.parseRequest("numpy >=1.24,<2");
      assertThat(range.version()).isEmpty();
      assertThat(range.constraint()).contains(">=1.24,<2");
      assertThat(range.requirement()).contains("numpy >=1.24,<2");
      assertThat(conda.parseRequest("numpy=1.26").constraint()).contains("1.26.*");
      assertThat(conda.parseRequest("numpy 1.7|1.8").constraint()).contains("(1.7|1.8)");
      assertThat(conda.parseRequest("conda-forge::numpy[build_number=2]").requirement())
          .contains("conda-forge::numpy[build_number=2]");
    }

    @Test
    void badSpecsAndNamesAreRefusedWithTheReason() {
      assertThatThrownBy(() -> conda.parseRequest("numpy >=1.2<2"))
          .isInstanceOf(RequestSyntaxException.class)
          .hasMessageContaining("is not a valid conda match spec");
      assertThatThrownBy(() -> conda.parseRequest("*[md5=abc]"))
          .isInstanceOf(RequestSyntaxException.class)
          .hasMessageContaining("does not name one package");
      assertThatThrownBy(() -> conda.parseRequest("num\u0440y"))
          .isInstanceOf(RequestSyntaxException.class)
          .hasMessageContaining("invalid characters");
      assertThat(conda.names().problem(".hidden")).isPresent();
      assertThat(conda.names().problem("numpy\u0430")).isPresent();
    }

    @Test
    void dependenciesAreMatchSpecsForTheSameTargetAndVirtualPackagesAreLeftOut() throws Exception {
      PackageMetadata numpy =
          PackageMetadata.builder(
                  new PackageId("conda", "numpy"), "1.26.4", URI.create("https://example.org"))
              .requiresDist(
                  List.of(
                      "libblas >=3.9.0,<4.0a0",
                      "__glibc >=2.17,<3.0.a0",
                      "python_abi 3.11.* *_cp311"))
              .build();
      TargetEnvironment linux = TargetEnvironment.of(Map.of("subdir", "linux-64"));
      List<Dependency> dependencies = conda.dependencies(numpy, Set.of(), linux);
      assertThat(dependencies)
          .extracting(d -> d.request().id().name())
          .containsExactly("libblas", "python_abi");
      assertThat(dependencies.get(0).request().constraint()).contains(">=3.9.0,<4.0a0");
      assertThat(dependencies.get(1).request().requirement()).contains("python_abi 3.11.* *_cp311");
      assertThat(dependencies.get(1).request().environment()).isEqualTo(linux);
    }

    @Test
    void anUnreadableDependencyNamesThePackageThatDeclaresIt() {
      PackageMetadata broken =
          PackageMetadata.builder(
                  new PackageId("conda", "evil"), "1.0", URI.create("https://example.org"))
              .requiresDist(List.of("python >=3.8<4"))
              .build();
      assertThatThrownBy(() -> conda.dependencies(broken, Set.of(), TargetEnvironment.unknown()))
          .isInstanceOf(RequestSyntaxException.class)
          .hasMessageStartingWith("evil 1.0 depends on");
    }
  }

  @Nested
  class LocalPackages {

    @Test
    void aPackageIsDescribedByItsIndexAndAbout() throws Exception {
      PackageMetadata metadata =
          conda
              .describe(
                  file(
                      "tidy-1.2-py_0.conda",
                      ArchiveEntry.textFile(
                          "info/index.json",
                          """
              {"name": "Tidy", "version": "1.2", "build": "py_0", "license": "MIT",
               "depends": ["python >=3.9"]}"""),
                      ArchiveEntry.textFile(
                          "info/about.json",
                          """
              {"summary": "Tidies things", "home": "https://tidy.example",
               "dev_url": "https://github.com/example/tidy"}""")))
              .orElseThrow();

      assertThat(metadata.id().ecosystem()).isEqualTo("conda");
      assertThat(metadata.id().name() + " " + metadata.version()).isEqualTo("tidy 1.2");
      assertThat(metadata.summary()).isEqualTo("Tidies things");
      assertThat(metadata.license()).contains("MIT");
      assertThat(metadata.projectUrls()).containsEntry("Source", "https://github.com/example/tidy");
      assertThat(metadata.files())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind()).isEqualTo(DistributionFile.Kind.CONDA);
                assertThat(f.sha256()).contains("cd".repeat(32));
              });
    }

    @Test
    void wheelsAndSdistsAreNotCondaPackages() throws Exception {
      assertThat(conda.describe(file("x-1.0-py3-none-any.whl"))).isEmpty();
      assertThat(
              conda.describe(
                  file("x-1.0.tar.bz2", ArchiveEntry.textFile("x-1.0/PKG-INFO", "Name: x\n"))))
          .isEmpty();
    }

    @Test
    void aCondaFileWithoutUsableMetadataSaysWhatIsWrong() {
      assertThatThrownBy(() -> conda.describe(file("x-1.0-0.conda")))
          .isInstanceOf(SourceException.class)
          .hasMessage(
              "x-1.0-0.conda has no readable info/index.json: it is not a conda"
                  + " package, or it is damaged");
      assertThatThrownBy(
              () ->
                  conda.describe(
                      file(
                          "x-1.0-0.conda",
                          ArchiveEntry.textFile("info/index.json", "{\"name\": \"x\""))))
          .hasMessageStartingWith("x-1.0-0.conda: info/index.json is not valid JSON");
      assertThatThrownBy(
              () ->
                  conda.describe(
                      file("x-1.0-0.conda", ArchiveEntry.textFile("info/index.json", "[1, 2]"))))
          .hasMessage("x-1.0-0.conda: info/index.json is not a JSON object");
      assertThatThrownBy(
              () ->
                  conda.describe(
                      file(
                          "x-1.0-0.conda",
                          ArchiveEntry.textFile("info/index.json", "{\"name\": \"x\"}"))))
          .hasMessage("x-1.0-0.conda: info/index.json gives no version");
    }
  }
}
