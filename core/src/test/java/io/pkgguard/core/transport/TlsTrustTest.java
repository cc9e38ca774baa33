package io.pkgguard.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportException.Reason;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.core.connection.TrustedCertificates;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS against an index whose certificate (made here with the JDK's keytool, for localhost) is
 * signed by no public authority: refused by default, accepted with its CA bundle.
 */
class TlsTrustTest {

  @TempDir static Path dir;
  private static WireMockServer index;
  private static Path pem;

  @BeforeAll
  static void start() throws Exception {
    Path keystore = dir.resolve("index.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "index",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=localhost",
        "-ext",
        "SAN=dns:localhost,ip:127.0.0.1",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        keystore.toString(),
        "-storepass",
        "changeit",
        "-keypass",
        "changeit");
    pem = dir.resolve("index-ca.pem");
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "index",
        "-keystore",
        keystore.toString(),
        "-storepass",
        "changeit",
        "-file",
        pem.toString());
    index =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .dynamicHttpsPort()
                .keystorePath(keystore.toString())
                .keystorePassword("changeit")
                .keyManagerPassword("changeit")
                .keystoreType("PKCS12"));
    index.start();
    index.stubFor(get("/pypi/x/json").willReturn(aResponse().withBody("{}")));
  }

  @AfterAll
  static void stop() {
    index.stop();
  }

  private static void keytool(String... args) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
  }

  private static TransportRequest request() {
    return TransportRequest.get(
        URI.create("https://localhost:" + index.httpsPort() + "/pypi/x/json"),
        "application/json",
        1024,
        Duration.ofSeconds(10));
  }

  @Test
  void aCertificateNoTrustedAuthoritySignedIsRefused() {
    try (JdkHttpTransport transport = JdkHttpTransport.create(Duration.ofSeconds(5), 1 << 20)) {
      assertThatThrownBy(() -> transport.get(request()))
          .isInstanceOfSatisfying(
              TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONNECTION))
          .hasMessageContaining("TLS failed");
    }
  }

  @Test
  void thePrivateAuthorityFromABundleIsTrusted() throws Exception {
    try (JdkHttpTransport transport =
        JdkHttpTransport.create(
            Duration.ofSeconds(5),
            1 << 20,
            Optional.empty(),
            Optional.of(TrustedCertificates.withBundle(pem)))) {
      assertThat(transport.get(request()).status()).isEqualTo(200);
    }
  }

  @Test
  void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
    Path keystore = dir.resolve("other.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "other",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=other.example",
        "-ext",
        "SAN=dns:other.example",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        keystore.toString(),
        "-storepass",
        "changeit",
        "-keypass",
        "changeit");
    Path otherPem = dir.resolve("other.pem");
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "other",
        "-keystore",
        keystore.toString(),
        "-storepass",
        "changeit",
        "-file",
        otherPem.toString());
    WireMockServer impostor =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .dynamicHttpsPort()
                .keystorePath(keystore.toString())
                .keystorePassword("changeit")
                .keyManagerPassword("changeit")
                .keystoreType("PKCS12"));
    impostor.start();
    try (JdkHttpTransport transport =
        JdkHttpTransport.create(
            Duration.ofSeconds(5),
            1 << 20,
            Optional.empty(),
            Optional.of(TrustedCertificates.withBundle(otherPem)))) {
      URI uri = URI.create("https://localhost:" + impostor.httpsPort() + "/pypi/x/json");
      assertThatThrownBy(
              () -> transport.get(TransportRequest.get(uri, "*/*", 1024, Duration.ofSeconds(10))))
          .as("the certificate is trusted but names another host")
          .isInstanceOfSatisfying(
              TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONNECTION))
          .hasMessageContaining("TLS failed");
    } finally {
      impostor.stop();
    }
  }

  @Test
  void aBundleThatIsNotPemIsAConfigurationError() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.pem"), "not a certificate");
    assertThatThrownBy(() -> TrustedCertificates.withBundle(junk))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("junk.pem");
    assertThatThrownBy(() -> TrustedCertificates.withBundle(dir.resolve("missing.pem")))
        .hasMessageContaining("cannot read the CA bundle");
  }
}
