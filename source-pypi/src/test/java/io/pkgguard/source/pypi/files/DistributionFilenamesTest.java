package io.pkgguard.source.pypi.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.DistributionFile.Kind;
import org.junit.jupiter.api.Test;

class DistributionFilenamesTest {

  @Test
  void readsVersionsFromEveryFilenameShape() {
    assertThat(DistributionFilenames.version("requests-2.34.2-py3-none-any.whl", "requests"))
        .contains("2.34.2");
    assertThat(
            DistributionFilenames.version(
                "zope.interface-7.0-1-cp312-cp312-manylinux.whl", "zope-interface"))
        .contains("7.0");
    assertThat(DistributionFilenames.version("requests-2.34.2.tar.gz", "requests"))
        .contains("2.34.2");
    assertThat(DistributionFilenames.version("python-dateutil-2.9.0.zip", "python-dateutil"))
        .as("a dash inside the name")
        .contains("2.9.0");
    assertThat(DistributionFilenames.version("Foo_Bar-1.0rc1.tar.bz2", "foo-bar"))
        .contains("1.0rc1");
    assertThat(DistributionFilenames.version("pkg-1.2-py2.7.egg", "pkg")).contains("1.2");
    assertThat(DistributionFilenames.version("pkg-1.2.win32.exe", "pkg")).contains("1.2");
    assertThat(DistributionFilenames.version("pkg-1.2.win-amd64-py3.8.exe", "pkg")).contains("1.2");
    assertThat(DistributionFilenames.version("other-1.0.tar.gz", "pkg")).isEmpty();
    assertThat(DistributionFilenames.version("pkg.tar.gz", "pkg")).isEmpty();
  }

  @Test
  void knowsTheKindFromTheEnding() {
    assertThat(Kind.ofFileName("a-1-py3-none-any.whl")).isEqualTo(Kind.WHEEL);
    assertThat(Kind.ofFileName("a-1.tar.gz")).isEqualTo(Kind.SDIST);
    assertThat(Kind.ofFileName("a-1.ZIP")).isEqualTo(Kind.SDIST);
    assertThat(Kind.ofFileName("a-1.win32.exe")).isEqualTo(Kind.INSTALLER);
    assertThat(Kind.ofFileName("a-1-py2.7.egg")).isEqualTo(Kind.EGG);
    assertThat(Kind.ofFileName("a-1.rpm")).isEqualTo(Kind.OTHER);
    assertThat(Kind.ofFileName("numpy-1.26.4-py311h64a7726_0.conda")).isEqualTo(Kind.CONDA);
  }
}
