package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.cli.installers.ConfiguredValue;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.SourceConfig;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The index pip is configured with, put in place of the policy's PyPI source. */
class InstallerIndexTest {

  @Test
  void aPrivateIndexReplacesThePypiSourceAsASimpleApiSource() {
    Policy policy =
        InstallerIndex.use(
            Policy.defaults(),
            new ConfiguredValue("https://ci:t0ken@corp.example/simple/", "/etc/pip.conf", 2));

    SourceConfig pypi = policy.sources().get("pypi");
    assertThat(pypi.type()).isEqualTo("pypi-simple");
    assertThat(pypi.url()).isEqualTo(URI.create("https://corp.example/simple/"));
    assertThat(policy.fingerprint()).isNotEqualTo(Policy.defaults().fingerprint());
  }

  @Test
  void pypisOwnSimpleIndexChangesNothing() {
    Policy policy =
        InstallerIndex.use(
            Policy.defaults(), new ConfiguredValue("https://pypi.org/simple/", "PIP_INDEX_URL", 0));
    assertThat(policy.sources().get("pypi").type()).isEqualTo("pypi-json");
  }

  @Test
  void credentialsComeFromTheUrlDecodedAndOnlyForItsHost() {
    assertThat(
            InstallerIndex.credentials(
                new ConfiguredValue("https://ci:p%40ss@corp.example:8443/simple", "f", 1)))
        .isPresent();
    assertThat(InstallerIndex.credentials(new ConfiguredValue("https://corp/simple", "f", 1)))
        .isEmpty();
    assertThat(
            InstallerIndex.credentials(
                new ConfiguredValue("https://ci:p@ss@corp.example/simple", "f", 1)))
        .as("an unencoded '@' in the password, as pip reads it")
        .isPresent();
  }

  @Test
  void anIndexPkgguardCannotUseNamesWhereItWasSet() {
    assertThatThrownBy(
            () ->
                InstallerIndex.use(
                    Policy.defaults(),
                    new ConfiguredValue("http://corp.example/simple", "/etc/pip.conf", 4)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("index-url (/etc/pip.conf:4)")
        .hasMessageContaining("plain http is accepted only for loopback");
    assertThatThrownBy(
            () ->
                InstallerIndex.certificates(
                    new ConfiguredValue("/nonexistent/ca.pem", "PIP_CERT", 0)))
        .hasMessageStartingWith("cert (PIP_CERT): ");
  }
}
