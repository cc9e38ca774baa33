package io.pkgguard.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportException.Reason;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.core.connection.LoopbackAddresses;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrustedTransportTest {

  /** Answers from a script and records what it was asked. */
  static final class ScriptedTransport implements HttpTransport {
    final Map<URI, TransportResponse> answers = new HashMap<>();
    final List<TransportRequest> requests = new ArrayList<>();

    ScriptedTransport answer(String uri, int status, String location) {
      Map<String, List<String>> headers =
          location == null ? Map.of() : Map.of("Location", List.of(location));
      answers.put(
          URI.create(uri), new TransportResponse(status, headers, new byte[0], URI.create(uri)));
      return this;
    }

    @Override
    public TransportResponse get(TransportRequest request) {
      requests.add(request);
      TransportResponse response = answers.get(request.uri());
      return response != null
          ? response
          : new TransportResponse(404, Map.of(), new byte[0], request.uri());
    }
  }

  private final ScriptedTransport delegate = new ScriptedTransport();
  private final TrustedTransport transport =
      new TrustedTransport(
          delegate,
          HostTrust.forIndex(URI.create("https://pypi.org/pypi"), Set.of("files.pythonhosted.org")),
          1 << 20,
          Duration.ofSeconds(30));

  private TransportResponse get(String uri) throws TransportException {
    return transport.get(
        new TransportRequest(
            URI.create(uri),
            Map.of("Authorization", "Basic c2VjcmV0"),
            1 << 30,
            Duration.ofMinutes(5)));
  }

  @Test
  void fetchesTrustedHostsAndCapsSizeAndDeadline() throws Exception {
    delegate.answer("https://pypi.org/pypi/x/json", 200, null);
    assertThat(get("https://pypi.org/pypi/x/json").status()).isEqualTo(200);
    TransportRequest sent = delegate.requests.get(0);
    assertThat(sent.maxBytes()).isEqualTo(1 << 20);
    assertThat(sent.deadline()).isLessThanOrEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void refusesUntrustedHostsPlainHttpAndOtherSchemesBeforeSendingAnything() {
    assertThatThrownBy(() -> get("https://evil.example/x"))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED))
        .hasMessageContaining("host evil.example is not a trusted host");
    assertThatThrownBy(() -> get("http://pypi.org/pypi/x/json"))
        .hasMessageContaining("plain http is allowed only for loopback");
    assertThatThrownBy(() -> get("ftp://pypi.org/x")).hasMessageContaining("scheme 'ftp'");
    assertThatThrownBy(() -> get("https://user@pypi.org/x")).isInstanceOf(TransportException.class);
    assertThat(delegate.requests).isEmpty();
  }

  @Test
  void followsRedirectsToTrustedHostsAndDropsCredentialsWhenLeavingTheHost() throws Exception {
    delegate
        .answer("https://pypi.org/pypi/x/json", 301, "/pypi/x/json/")
        .answer("https://pypi.org/pypi/x/json/", 302, "https://files.pythonhosted.org/x.json")
        .answer("https://files.pythonhosted.org/x.json", 200, null);
    TransportResponse response = get("https://pypi.org/pypi/x/json");
    assertThat(response.status()).isEqualTo(200);
    assertThat(delegate.requests).hasSize(3);
    assertThat(delegate.requests.get(1).headers()).containsKey("Authorization");
    assertThat(delegate.requests.get(2).headers()).doesNotContainKey("Authorization");
  }

  @Test
  void refusesARedirectToAnUntrustedHost() {
    delegate.answer("https://pypi.org/pypi/x/json", 302, "https://evil.example/x.json");
    assertThatThrownBy(() -> get("https://pypi.org/pypi/x/json"))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED))
        .hasMessageContaining("refused a redirect to https://evil.example/x.json");
    assertThat(delegate.requests).hasSize(1);
  }

  @Test
  void refusesRedirectLoopsAndLongChains() {
    delegate.answer("https://pypi.org/a", 302, "/b").answer("https://pypi.org/b", 302, "/a");
    assertThatThrownBy(() -> get("https://pypi.org/a"))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REDIRECT))
        .hasMessageContaining("redirect loop");
    for (int i = 0; i < 10; i++) {
      delegate.answer("https://pypi.org/r" + i, 307, "/r" + (i + 1));
    }
    assertThatThrownBy(() -> get("https://pypi.org/r0"))
        .hasMessageContaining("more than 5 redirects");
  }

  @Test
  void aRedirectWithoutLocationIsAProtocolError() {
    delegate.answer("https://pypi.org/x", 302, null);
    assertThatThrownBy(() -> get("https://pypi.org/x"))
        .hasMessageContaining("without a Location header");
  }

  @Test
  void fileMirrorsAreConfinedToTheirDirectory() throws Exception {
    Path root = Path.of("/srv/mirror/web/pypi");
    TrustedTransport mirror =
        new TrustedTransport(
            delegate, HostTrust.forIndex(root.toUri(), Set.of()), 1024, Duration.ofSeconds(1));
    mirror.get(
        TransportRequest.get(root.resolve("x/json").toUri(), "*/*", 10, Duration.ofSeconds(1)));
    assertThatThrownBy(
            () ->
                mirror.get(
                    TransportRequest.get(
                        URI.create("file:///srv/mirror/web/pypi/../../secret/json"),
                        "*/*",
                        10,
                        Duration.ofSeconds(1))))
        .hasMessageContaining("outside the trusted mirror directory");
    assertThatThrownBy(
            () ->
                mirror.get(
                    TransportRequest.get(
                        URI.create("https://pypi.org/x"), "*/*", 10, Duration.ofSeconds(1))))
        .hasMessageContaining("not a trusted host");
  }

  @Test
  void loopbackMeansLiteralLoopbackAddressesOnly() {
    assertThat(LoopbackAddresses.isLoopback("127.0.0.1")).isTrue();
    assertThat(LoopbackAddresses.isLoopback("127.8.9.10")).isTrue();
    assertThat(LoopbackAddresses.isLoopback("localhost")).isTrue();
    assertThat(LoopbackAddresses.isLoopback("[::1]")).isTrue();
    assertThat(LoopbackAddresses.isLoopback("127.0.0.1.nip.io")).isFalse();
    assertThat(LoopbackAddresses.isLoopback("10.0.0.1")).isFalse();
    assertThat(LoopbackAddresses.isLoopback(null)).isFalse();
    HostTrust local = HostTrust.forIndex(URI.create("http://127.0.0.1:8080/pypi"), Set.of());
    assertThat(local.refusal(URI.create("http://127.0.0.1:8080/pypi/x/json"))).isEmpty();
    assertThat(local.refusal(URI.create("http://127.0.0.1:9999/pypi/x/json"))).isEmpty();
  }
}
