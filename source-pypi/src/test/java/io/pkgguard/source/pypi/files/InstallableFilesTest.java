package io.pkgguard.source.pypi.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.TargetEnvironment;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstallableFilesTest {

  private static final TargetEnvironment LINUX_312 =
      TargetEnvironment.of(
          Map.of(
              "python_version",
              "3.12",
              "sys_platform",
              "linux",
              "platform_machine",
              "x86_64",
              "implementation_name",
              "cpython"));

  private static List<DistributionFile> files(String... names) {
    return Arrays.stream(names)
        .map(
            n ->
                DistributionFile.of(
                    n,
                    URI.create("https://f.example/" + n),
                    n.endsWith(".whl") ? DistributionFile.Kind.WHEEL : DistributionFile.Kind.SDIST))
        .toList();
  }

  private static List<String> chosen(TargetEnvironment target, String... names) {
    return InstallableFiles.choose(files(names), target).stream()
        .map(DistributionFile::filename)
        .toList();
  }

  @Test
  void theInterpretersOwnBinaryWheelBeatsAbi3AndPurePython() {
    String[] numpyLike = {
      "demo-2.0.tar.gz",
      "demo-2.0-py3-none-any.whl",
      "demo-2.0-cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
      "demo-2.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
      "demo-2.0-cp312-cp312-win_amd64.whl",
      "demo-2.0-cp312-cp312-macosx_11_0_arm64.whl",
      "demo-2.0-cp311-cp311-manylinux_2_17_x86_64.whl"
    };

    assertThat(chosen(LINUX_312, numpyLike))
        .containsExactly("demo-2.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl");
    assertThat(
            chosen(
                TargetEnvironment.of(
                    Map.of(
                        "python_version",
                        "3.12",
                        "sys_platform",
                        "win32",
                        "platform_machine",
                        "AMD64")),
                numpyLike))
        .containsExactly("demo-2.0-cp312-cp312-win_amd64.whl");
    assertThat(
            chosen(
                TargetEnvironment.of(
                    Map.of(
                        "python_version",
                        "3.12",
                        "sys_platform",
                        "darwin",
                        "platform_machine",
                        "arm64")),
                numpyLike))
        .containsExactly("demo-2.0-cp312-cp312-macosx_11_0_arm64.whl");
  }

  @Test
  void abi3WheelsServeNewerInterpretersAndPurePythonServesAll() {
    assertThat(chosen(LINUX_312, "d-1.0.tar.gz", "d-1.0-cp38-abi3-manylinux2014_x86_64.whl"))
        .containsExactly("d-1.0-cp38-abi3-manylinux2014_x86_64.whl");
    assertThat(chosen(LINUX_312, "d-1.0.tar.gz", "d-1.0-cp313-abi3-manylinux2014_x86_64.whl"))
        .containsExactly("d-1.0.tar.gz");
    assertThat(chosen(LINUX_312, "d-1.0.tar.gz", "d-1.0-py2.py3-none-any.whl"))
        .containsExactly("d-1.0-py2.py3-none-any.whl");
  }

  @Test
  void withoutACompatibleWheelTheSdistIsWhatPipWouldBuild() {
    assertThat(chosen(LINUX_312, "d-1.0.zip", "d-1.0.tar.gz", "d-1.0-cp312-cp312-win_amd64.whl"))
        .containsExactly("d-1.0.tar.gz");
    assertThat(chosen(LINUX_312, "d-1.0-cp312-cp312-win_amd64.whl")).isEmpty();
  }

  @Test
  void anUnknownTargetGetsThePureWheelElseTheSdistElseEveryWheel() {
    TargetEnvironment unknown = TargetEnvironment.unknown();
    assertThat(chosen(unknown, "d-1.0.tar.gz", "d-1.0-py3-none-any.whl"))
        .containsExactly("d-1.0-py3-none-any.whl");
    assertThat(chosen(unknown, "d-1.0.tar.gz", "d-1.0-cp312-cp312-win_amd64.whl"))
        .containsExactly("d-1.0.tar.gz");
    assertThat(
            chosen(
                unknown,
                "d-1.0-cp312-cp312-win_amd64.whl",
                "d-1.0-cp312-cp312-manylinux2014_x86_64.whl"))
        .hasSize(2);
  }

  @Test
  void namesThatAreNotWheelNamesAreNotWheels() {
    assertThat(WheelTags.of("d-1.0.tar.gz")).isEmpty();
    assertThat(WheelTags.of("d-1.0-py3-none.whl")).isEmpty();
    assertThat(WheelTags.of("d--py3-none-any.whl")).isEmpty();
    assertThat(WheelTags.of("d-1.0-1build-py3-none-any.whl"))
        .hasValueSatisfying(t -> assertThat(t.pure()).isTrue());
  }
}
