package io.pkgguard.source.conda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.SourceException;
import java.net.URI;
import java.util.List;
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
      assertThat(conda.names().normalize("Py-Yaml")).isEqualTo("py-yaml");
    }

    @Test
    void otherMatchSpecsAndBadNamesAreRefusedWithTheReason() {
      assertThatThrownBy(() -> conda.parseRequest("numpy >=1.2,<2"))
          .isInstanceOf(RequestSyntaxException.class)
          .hasMessageContaining("is not a conda package name");
      assertThatThrownBy(() -> conda.parseRequest("numpy==1.*"))
          .isInstanceOf(RequestSyntaxException.class)
          .hasMessageContaining("other match specs are not supported yet");
      assertThat(conda.names().problem(".hidden")).isPresent();
      assertThat(conda.names().problem("numpy\u0430")).isPresent();
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
