package io.pkgguard.source.pypi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.Dependency;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.TargetEnvironment;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a release's {@code Requires-Dist} becomes the dependencies to evaluate next. */
class PypiDependenciesTest {

  private static final TargetEnvironment LINUX_312 =
      TargetEnvironment.of(
          Map.of(
              "python_version",
              "3.12",
              "python_full_version",
              "3.12.4",
              "sys_platform",
              "linux",
              "platform_system",
              "Linux",
              "platform_machine",
              "x86_64",
              "os_name",
              "posix",
              "implementation_name",
              "cpython",
              "platform_python_implementation",
              "CPython"));

  private final PypiEcosystem pypi = new PypiEcosystem();

  private static PackageMetadata declaring(String... requiresDist) {
    return PackageMetadata.builder(
            PackageId.pypi("app"), "1.0", URI.create("https://pypi.org/pypi/app/1.0/json"))
        .requiresDist(List.of(requiresDist))
        .build();
  }

  private List<String> names(List<Dependency> dependencies) {
    return dependencies.stream().map(d -> d.request().id().name()).toList();
  }

  @Test
  void markersThatDoNotHoldForTheTargetDropTheDependency() throws Exception {
    List<Dependency> dependencies =
        pypi.dependencies(
            declaring(
                "charset-normalizer<4,>=2",
                "pywin32>=306; sys_platform == \"win32\"",
                "tomli>=1.1.0; python_version < \"3.11\"",
                "typing-extensions>=4; python_version >= \"3.8\""),
            Set.of(),
            LINUX_312);

    assertThat(names(dependencies)).containsExactly("charset-normalizer", "typing-extensions");
  }

  @Test
  void extraDependenciesApplyOnlyWhenTheExtraIsRequested() throws Exception {
    PackageMetadata requests =
        declaring(
            "idna<4,>=2.5",
            "PySocks!=1.5.7,>=1.5.6; extra == \"socks\"",
            "chardet<6,>=3.0.2; extra == \"use-chardet-on-py3\"");

    assertThat(names(pypi.dependencies(requests, Set.of(), LINUX_312))).containsExactly("idna");
    assertThat(names(pypi.dependencies(requests, Set.of("socks"), LINUX_312)))
        .containsExactly("idna", "PySocks");
  }

  @Test
  void anExactPinAsksForThatVersionAndOtherClausesBecomeAConstraint() throws Exception {
    List<Dependency> dependencies =
        pypi.dependencies(
            declaring("six==1.16.0", "urllib3 (<3,>=1.21.1)", "certifi"), Set.of(), LINUX_312);

    assertThat(dependencies.get(0).request().version()).contains("1.16.0");
    assertThat(dependencies.get(1).request().version()).isEmpty();
    assertThat(dependencies.get(1).request().constraint()).contains("<3,>=1.21.1");
    assertThat(dependencies.get(2).request().constraint()).isEmpty();
    assertThat(dependencies)
        .allSatisfy(
            d -> {
              assertThat(d.directUrl()).isEmpty();
              assertThat(d.request().environment()).isEqualTo(LINUX_312);
            });
  }

  @Test
  void theDependencyKeepsItsOwnExtrasAndTheDeclaredText() throws Exception {
    Dependency dependency =
        pypi.dependencies(declaring("  uvicorn[standard] >=0.12  "), Set.of(), LINUX_312).get(0);

    assertThat(dependency.request().extras()).containsExactly("standard");
    assertThat(dependency.requirement()).isEqualTo("uvicorn[standard] >=0.12");
  }

  @Test
  void aDirectReferenceKeepsItsUrlForTheDependenciesRule() throws Exception {
    Dependency dependency =
        pypi.dependencies(
                declaring("evil @ https://example.com/evil-1.0.tar.gz"), Set.of(), LINUX_312)
            .get(0);

    assertThat(dependency.directUrl()).contains("https://example.com/evil-1.0.tar.gz");
  }

  @Test
  void aMarkerTheTargetCannotDecideKeepsTheDependency() throws Exception {
    assertThat(
            names(
                pypi.dependencies(
                    declaring("colorama; platform_system == \"Windows\""),
                    Set.of(),
                    TargetEnvironment.unknown())))
        .as("an unknown platform cannot rule the dependency out: it is checked")
        .containsExactly("colorama");
  }

  @Test
  void aDeclarationThatIsNotPep508IsAnErrorNamingTheRelease() {
    assertThatThrownBy(() -> pypi.dependencies(declaring("requests >>= 2"), Set.of(), LINUX_312))
        .isInstanceOf(RequestSyntaxException.class)
        .hasMessageContaining("app 1.0")
        .hasMessageContaining("requests >>= 2");
  }

  @Test
  void aReleaseWithoutRequiresDistHasNoDependencies() throws Exception {
    assertThat(pypi.dependencies(declaring(), Set.of(), LINUX_312)).isEmpty();
  }
}
