package io.pkgguard.rules.content;

import static io.pkgguard.rules.Packages.NOW;
import static io.pkgguard.rules.Packages.PYPI;
import static io.pkgguard.rules.Packages.file;
import static io.pkgguard.rules.Packages.metadata;
import static io.pkgguard.rules.Packages.wellKept;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.DistributionFile.Kind;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.core.policy.Policy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistributionFilesRuleTest {

  private final DistributionFilesRule rule = new DistributionFilesRule();

  private List<Finding> check(List<DistributionFile> files, Map<String, ?> parameters) {
    return rule.evaluate(metadata(wellKept("pkg").files(files).build(), parameters,
        "distribution-files", PYPI));
  }

  @Test
  void aWheelAndAnSdistAreFine() {
    assertThat(check(wellKept("pkg").build().files(), Map.of())).isEmpty();
  }

  @Test
  void anExecutableIsHighWhateverTheCaseOfItsExtension() {
    assertThat(check(List.of(file("pkg-1.0-py3-none-any.whl", Kind.WHEEL, NOW),
        file("Setup.EXE", Kind.OTHER, NOW)), Map.of())).singleElement().satisfies(f -> {
          assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
          assertThat(f.category()).isEqualTo(RiskCategory.CONTENT);
          assertThat(f.evidence().values()).containsEntry("file", "Setup.EXE")
              .containsEntry("extension", ".exe");
        });
  }

  @Test
  void aLegacyInstallerIsHighEvenWithAnUnlistedExtension() {
    assertThat(check(List.of(file("pkg-1.0.win32.zip", Kind.INSTALLER, NOW),
        file("pkg-1.0-py3-none-any.whl", Kind.WHEEL, NOW)), Map.of())).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("an installer"));
  }

  @Test
  void onlyAnSdistIsMediumBecauseItsBuildRunsCode() {
    assertThat(check(List.of(file("pkg-1.0.tar.gz", Kind.SDIST, NOW)), Map.of()))
        .singleElement().satisfies(f -> {
          assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
          assertThat(f.message()).contains("runs the project's build code");
        });
    assertThat(check(List.of(file("pkg-1.0.tar.gz", Kind.SDIST, NOW)),
        Map.of("sdist-only-level", "low"))).singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.LOW));
  }

  @Test
  void aReleaseWithoutFilesIsMedium() {
    assertThat(check(List.of(), Map.of())).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("release 2.0 has no files"));
  }

  @Test
  void agreesWithTheBuiltInPolicy() {
    assertThat(Policy.defaults().rule("distribution-files").parameters("distribution-files")
        .texts("unusual-extensions", List.of())).isEqualTo(DistributionFilesRule.DEFAULT_UNUSUAL);
  }
}
