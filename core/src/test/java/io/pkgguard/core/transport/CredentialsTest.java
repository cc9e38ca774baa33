package io.pkgguard.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.core.connection.Credentials;
import io.pkgguard.core.connection.NetrcCredentials;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialsTest {

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsNetrcEntriesForTheirHostsOnly() {
    NetrcCredentials netrc =
        NetrcCredentials.parse(
            """
        # company index
        machine pypi.corp.example
          login ci-bot
          password s3cret
        machine other.example login a account x password b
        macdef init
        cd /pub
        machine macro.example login m password m

        default login anon password guest
        """);
    assertThat(netrc.authorizationFor(URI.create("https://PYPI.corp.example/simple")))
        .contains(basic("ci-bot", "s3cret"));
    assertThat(netrc.authorizationFor(URI.create("https://other.example/x")))
        .contains(basic("a", "b"));
    assertThat(netrc.authorizationFor(URI.create("https://macro.example/x")))
        .as("inside a macro body")
        .contains(basic("anon", "guest"));
    assertThat(netrc.authorizationFor(URI.create("https://unknown.example/x")))
        .contains(basic("anon", "guest"));
    assertThat(netrc.toString()).doesNotContain("s3cret").doesNotContain("guest");
  }

  @Test
  void aMissingNetrcGivesNoCredentials() {
    assertThat(
            NetrcCredentials.load(Path.of("/nonexistent/.netrc"))
                .authorizationFor(URI.create("https://pypi.org")))
        .isEmpty();
  }

  @Test
  void hostCredentialsMatchHostAndPort() {
    Credentials token = Credentials.bearer("index.example:8443", "t0k");
    assertThat(token.authorizationFor(URI.create("https://index.example:8443/x")))
        .contains("Bearer t0k");
    assertThat(token.authorizationFor(URI.create("https://index.example/x"))).isEmpty();
    Credentials first =
        Credentials.firstOf(List.of(Credentials.none(), Credentials.basic("a.example", "u", "p")));
    assertThat(first.authorizationFor(URI.create("https://a.example/"))).contains(basic("u", "p"));
  }

  /** Records requests; redirects the first one to another host. */
  static final class Recorder implements HttpTransport {
    final List<TransportRequest> seen = new ArrayList<>();

    @Override
    public TransportResponse get(TransportRequest request) {
      seen.add(request);
      if (request.uri().getHost().equals("pypi.corp.example")) {
        return new TransportResponse(
            302,
            Map.of("Location", List.of("https://files.corp.example/x.json")),
            new byte[0],
            request.uri());
      }
      return new TransportResponse(200, Map.of(), new byte[0], request.uri());
    }
  }

  @Test
  void credentialsGoOnlyToTheirOwnHostEvenAcrossARedirect() throws Exception {
    Recorder recorder = new Recorder();
    TrustedTransport chain =
        new TrustedTransport(
            new AuthenticatingTransport(recorder, Credentials.basic("pypi.corp.example", "u", "p")),
            HostTrust.forIndex(
                URI.create("https://pypi.corp.example/pypi"), Set.of("files.corp.example")),
            1024,
            Duration.ofSeconds(5));
    chain.get(
        new TransportRequest(
            URI.create("https://pypi.corp.example/pypi/x/json"),
            Map.of("Authorization", "Basic smuggled"),
            1024,
            Duration.ofSeconds(5)));
    assertThat(recorder.seen).hasSize(2);
    assertThat(recorder.seen.get(0).headers()).containsEntry("Authorization", basic("u", "p"));
    assertThat(recorder.seen.get(1).headers()).doesNotContainKey("Authorization");
  }

  @Test
  void credentialsAreNeverSentOverPlainHttpToARemoteHost() throws Exception {
    Recorder recorder = new Recorder();
    new AuthenticatingTransport(recorder, Credentials.basic("files.corp.example", "u", "p"))
        .get(
            TransportRequest.get(
                URI.create("http://files.corp.example/x"), "*/*", 10, Duration.ofSeconds(1)));
    assertThat(recorder.seen.get(0).headers()).doesNotContainKey("Authorization");
  }
}
