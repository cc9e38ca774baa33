package io.pkgguard.source.pypi.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.SourceException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalDistributionsTest {

  private static InspectedDistribution file(String name, ArchiveEntry... entries) {
    return new InspectedDistribution(
        DistributionFile.of(name, URI.create("file:///tmp/" + name), DistributionFile.Kind.OTHER),
        "ab".repeat(32),
        1234,
        name.endsWith(".whl") ? InspectedDistribution.Format.ZIP : InspectedDistribution.Format.TAR,
        List.of(entries),
        List.of());
  }

  @Test
  void aWheelIsDescribedByItsMetadata() throws Exception {
    PackageMetadata metadata =
        LocalDistributions.describe(
                file(
                    "Demo-1.0-py3-none-any.whl",
                    ArchiveEntry.textFile("demo/__init__.py", ""),
                    ArchiveEntry.textFile(
                        "Demo-1.0.dist-info/METADATA",
                        """
            Metadata-Version: 2.1
            Name: Demo
            Version: 1.0
            Summary: Does one thing
            Author: Ada
            License-Expression: MIT
            Requires-Dist: requests>=2
            Requires-Python: >=3.9

            The long description.
            """)))
            .orElseThrow();

    assertThat(metadata.id().name()).isEqualTo("Demo");
    assertThat(metadata.version()).isEqualTo("1.0");
    assertThat(metadata.summary()).isEqualTo("Does one thing");
    assertThat(metadata.requiresDist()).containsExactly("requests>=2");
    assertThat(metadata.files())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(DistributionFile.Kind.WHEEL);
              assertThat(f.sha256()).contains("ab".repeat(32));
              assertThat(f.uploadTime()).isEmpty();
            });
  }

  @Test
  void anSdistIsDescribedByItsPkgInfo() throws Exception {
    PackageMetadata metadata =
        LocalDistributions.describe(
                file(
                    "demo-2.0.tar.gz",
                    ArchiveEntry.textFile(
                        "demo-2.0/PKG-INFO",
                        "Metadata-Version: 1.1\nName: demo\n" + "Version: 2.0\n"),
                    ArchiveEntry.textFile(
                        "demo-2.0/src/demo/PKG-INFO", "Name: other\nVersion: 9\n")))
            .orElseThrow();

    assertThat(metadata.id().name() + " " + metadata.version()).isEqualTo("demo 2.0");
    assertThat(metadata.files().get(0).kind()).isEqualTo(DistributionFile.Kind.SDIST);
  }

  @Test
  void condaPackagesAndOtherFilesAreNotRecognised() throws Exception {
    assertThat(
            LocalDistributions.describe(
                file("demo-1.0-h1_0.tar.bz2", ArchiveEntry.textFile("info/index.json", "{}"))))
        .isEmpty();
    assertThat(LocalDistributions.describe(file("demo-1.0-h1_0.conda"))).isEmpty();
    assertThat(LocalDistributions.describe(file("notes.txt"))).isEmpty();
  }

  @Test
  void aWheelWithoutOneReadableMetadataSaysWhatIsWrong() {
    assertThatThrownBy(() -> LocalDistributions.describe(file("demo-1.0-py3-none-any.whl")))
        .isInstanceOf(SourceException.class)
        .hasMessage(
            "demo-1.0-py3-none-any.whl should hold one .dist-info/METADATA, and holds"
                + " none: it was not built by a standard tool, or is damaged");
    assertThatThrownBy(
            () ->
                LocalDistributions.describe(
                    file(
                        "demo-1.0-py3-none-any.whl",
                        ArchiveEntry.textFile("a-1.dist-info/METADATA", "Name: a\nVersion: 1\n"),
                        ArchiveEntry.textFile("b-1.dist-info/METADATA", "Name: b\nVersion: 1\n"))))
        .hasMessageContaining("and holds 2");
    assertThatThrownBy(
            () ->
                LocalDistributions.describe(
                    file(
                        "demo-1.0-py3-none-any.whl",
                        ArchiveEntry.textFile("demo-1.0.dist-info/METADATA", "no headers at all"))))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("demo-1.0-py3-none-any.whl: demo-1.0.dist-info/METADATA: ");
  }
}
