package io.pkgguard.core.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.ConfigurationException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentProxySelectorTest {

  private static String via(ProxySelector selector, String uri) {
    Proxy proxy = selector.select(URI.create(uri)).get(0);
    return proxy.type() == Proxy.Type.DIRECT
        ? "direct"
        : ((InetSocketAddress) proxy.address()).getHostString()
            + ":"
            + ((InetSocketAddress) proxy.address()).getPort();
  }

  @Test
  void noProxyVariablesMeansDirectConnections() {
    assertThat(EnvironmentProxySelector.from(Map.of())).isEmpty();
  }

  @Test
  void httpsAndHttpProxiesApplyToTheirSchemesExceptExcludedAndLoopbackHosts() {
    ProxySelector selector =
        EnvironmentProxySelector.from(
                Map.of(
                    "HTTPS_PROXY", "http://proxy.corp.example:3128",
                    "HTTP_PROXY", "proxy.corp.example:8080",
                    "NO_PROXY", "pypi.corp.example, .internal.example"))
            .orElseThrow();
    assertThat(via(selector, "https://pypi.org/pypi")).isEqualTo("proxy.corp.example:3128");
    assertThat(via(selector, "http://mirror.example/x")).isEqualTo("proxy.corp.example:8080");
    assertThat(via(selector, "https://pypi.corp.example/x")).isEqualTo("direct");
    assertThat(via(selector, "https://a.internal.example/x")).isEqualTo("direct");
    assertThat(via(selector, "https://internal.example/x")).isEqualTo("direct");
    assertThat(via(selector, "http://127.0.0.1:8080/x")).isEqualTo("direct");
  }

  @Test
  void lowerCaseNamesWinAndAStarExcludesEverything() {
    ProxySelector selector =
        EnvironmentProxySelector.from(
                Map.of("HTTPS_PROXY", "http://upper:1", "https_proxy", "http://lower:2"))
            .orElseThrow();
    assertThat(via(selector, "https://pypi.org/")).isEqualTo("lower:2");
    ProxySelector none =
        EnvironmentProxySelector.from(Map.of("HTTPS_PROXY", "http://p:1", "NO_PROXY", "*"))
            .orElseThrow();
    assertThat(via(none, "https://pypi.org/")).isEqualTo("direct");
  }

  @Test
  void proxyCredentialsAndNonsenseAreConfigurationErrors() {
    assertThatThrownBy(
            () -> EnvironmentProxySelector.from(Map.of("HTTPS_PROXY", "http://user:pw@proxy:3128")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("carries credentials")
        .hasMessageNotContaining("pw");
    assertThatThrownBy(() -> EnvironmentProxySelector.from(Map.of("HTTPS_PROXY", "http://")))
        .isInstanceOf(ConfigurationException.class);
  }
}
