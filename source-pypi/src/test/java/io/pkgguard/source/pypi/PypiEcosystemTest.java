package io.pkgguard.source.pypi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import org.junit.jupiter.api.Test;

class PypiEcosystemTest {

  private final PypiEcosystem pypi = new PypiEcosystem();

  @Test
  void aBareNameAsksForTheCurrentVersion() throws Exception {
    PackageRequest request = pypi.parseRequest("requests");
    assertThat(request.id()).isEqualTo(PackageId.pypi("requests"));
    assertThat(request.version()).isEmpty();
    assertThat(request.requirement()).contains("requests");
  }

  @Test
  void anExactPinAsksForThatVersion() throws Exception {
    assertThat(pypi.parseRequest("requests==2.32.3").version()).contains("2.32.3");
    assertThat(pypi.parseRequest(" requests == 2.32.3 ").version()).contains("2.32.3");
  }

  @Test
  void otherVersionClausesBecomeAConstraint() throws Exception {
    PackageRequest request = pypi.parseRequest("requests >= 2.28, < 3, != 2.29.*");
    assertThat(request.version()).isEmpty();
    assertThat(request.constraint()).contains(">=2.28,<3,!=2.29.*");
    assertThat(request).hasToString("pypi:requests>=2.28,<3,!=2.29.*");
    assertThat(pypi.versions()).isPresent();
  }

  @Test
  void pep508ExtrasAndMarkersAreAccepted() throws Exception {
    PackageRequest request =
        pypi.parseRequest("Requests[socks,security]==2.31.0; python_version >= \"3.8\"");
    assertThat(request.id().name()).isEqualTo("Requests");
    assertThat(request.extras()).containsExactlyInAnyOrder("socks", "security");
    assertThat(request.version()).contains("2.31.0");
  }

  @Test
  void badSpecsAreClearErrors() {
    assertThatThrownBy(() -> pypi.parseRequest(""))
        .isInstanceOf(RequestSyntaxException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> pypi.parseRequest("   ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> pypi.parseRequest("pip @ https://example.com/pip.whl"))
        .hasMessageContaining("direct URL requirements");
    assertThatThrownBy(() -> pypi.parseRequest("requests ==="))
        .hasMessageContaining("invalid requirement");
  }

  @Test
  void aDisguisedNameIsExplainedRatherThanReportedAsSyntax() {
    assertThatThrownBy(() -> pypi.parseRequest("r\u0435quests==2.0"))
        .hasMessageStartingWith(
            "invalid package name: U+0435 (CYRILLIC SMALL LETTER IE) at" + " position 2");
    assertThatThrownBy(() -> pypi.parseRequest("evil\u001b]0;pwned\u0007"))
        .hasMessageContaining("control character U+001B");
    assertThatThrownBy(() -> pypi.parseRequest("two words"))
        .hasMessage("a package name contains no spaces; give each package as its own argument");
  }
}
