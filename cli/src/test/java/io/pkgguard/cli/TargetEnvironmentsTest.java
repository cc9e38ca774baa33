package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.TargetEnvironment;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetEnvironmentsTest {

  @Test
  void withoutAnInterpreterTheDocumentedDefaultWithOverrides() {
    TargetEnvironment target =
        TargetEnvironments.resolve(false, List.of("sys_platform=win32", "python_version=3.9"));
    assertThat(target.marker("sys_platform")).contains("win32");
    assertThat(target.marker("python_version")).contains("3.9");
    assertThat(target.marker("implementation_name")).contains("cpython");
    assertThat(target.markers()).containsOnlyKeys(TargetEnvironments.DEFAULT.keySet());
  }

  @Test
  void thePython3OnThePathAnswersEveryVariable() {
    // The build machine has python3 (the installer's tests need it too).
    assertThat(TargetEnvironments.interpreter())
        .hasValueSatisfying(
            markers ->
                assertThat(markers)
                    .containsOnlyKeys(TargetEnvironments.DEFAULT.keySet())
                    .containsEntry("implementation_name", "cpython")
                    .hasEntrySatisfying("python_version", v -> assertThat(v).matches("3\\.\\d+")));
  }

  @Test
  void anOverrideOfAnUnknownVariableIsRefused() {
    assertThatThrownBy(() -> TargetEnvironments.resolve(false, List.of("python=3")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("--target python=3");
    assertThatThrownBy(() -> TargetEnvironments.resolve(false, List.of("=linux")))
        .isInstanceOf(ConfigurationException.class);
  }
}
