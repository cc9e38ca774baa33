package io.pkgguard.source.pypi.json;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.pkgguard.api.AccountHistory;
import io.pkgguard.api.Ownership;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.core.transport.HostTrust;
import io.pkgguard.core.transport.JdkHttpTransport;
import io.pkgguard.core.transport.TrustedTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Maintainers' track records from account pages built after Warehouse's profile template (see
 * src/test/resources/fixtures/README.md): what is read, and that everything else is "unknown".
 */
class AccountProfileClientTest {

  @RegisterExtension
  static WireMockExtension index =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static JdkHttpTransport http;

  @BeforeAll
  static void start() {
    http = JdkHttpTransport.create(Duration.ofSeconds(2), 256L << 20);
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  private static String page(String name) {
    try (InputStream in =
        AccountProfileClientTest.class.getResourceAsStream("/fixtures/pypi-accounts/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AccountProfileClient client() {
    URI base = URI.create(index.baseUrl() + "/user");
    return new AccountProfileClient(
        base,
        new TrustedTransport(
            http, HostTrust.forIndex(base, Set.of()), 8L << 20, Duration.ofSeconds(5)));
  }

  private static void servePage(String user, String body) {
    index.stubFor(
        get("/user/" + user + "/")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(body)));
  }

  @Test
  void readsWhenTheAccountJoinedAndItsProjects() {
    Optional<AccountHistory> history =
        AccountProfileClient.parse("example-maintainer", page("profile-two-projects.built.html"));

    assertThat(history)
        .hasValueSatisfying(
            h -> {
              assertThat(h.joined()).contains(Instant.parse("2018-03-14T00:00:00Z"));
              assertThat(h.projects()).containsExactly("example-lib", "example-tools");
              assertThat(h.otherProjects("example-lib")).isEqualTo(1);
            });
  }

  @Test
  void anAccountWithoutProjectsHasAnEmptyListNotAnUnknownOne() {
    assertThat(AccountProfileClient.parse("fresh-account", page("profile-no-projects.built.html")))
        .hasValueSatisfying(
            h -> {
              assertThat(h.projects()).isEmpty();
              assertThat(h.joined()).contains(Instant.parse("2026-11-20T00:00:00Z"));
            });
  }

  @Test
  void theUserNameIsComparedIgnoringCaseAsPypiDoes() {
    assertThat(
            AccountProfileClient.parse(
                "Example-Maintainer", page("profile-two-projects.built.html")))
        .isPresent();
  }

  @Test
  void pagesThatAreNotThisAccountsProfileAreUnknown() {
    String real = page("profile-two-projects.built.html");
    assertThat(AccountProfileClient.parse("someone-else", real)).as("another account").isEmpty();
    assertThat(AccountProfileClient.parse("example-maintainer", "")).as("empty").isEmpty();
    assertThat(
            AccountProfileClient.parse(
                "example-maintainer", "<html><title>Log in · PyPI</title></html>"))
        .as("a login page")
        .isEmpty();
    assertThat(
            AccountProfileClient.parse(
                "example-maintainer", real.substring(0, real.indexOf("<h2>"))))
        .as("truncated before the list")
        .isEmpty();
    String oneSnippetLost =
        real.replaceFirst("(?s)<div class=\"package-snippet\">.*?</div>\\s*</div>", "");
    assertThat(AccountProfileClient.parse("example-maintainer", oneSnippetLost))
        .as("the list does not hold what the heading announces")
        .isEmpty();
    assertThat(AccountProfileClient.parse("example-maintainer", "{\"projects\": []}"))
        .as("JSON instead of a page")
        .isEmpty();
  }

  @Test
  void aMissingJoinDateLeavesOnlyTheDateUnknown() {
    String noDate =
        page("profile-two-projects.built.html")
            .replace("Joined on Mar 14, 2018", "Joined on some day");
    assertThat(AccountProfileClient.parse("example-maintainer", noDate))
        .hasValueSatisfying(
            h -> {
              assertThat(h.joined()).isEmpty();
              assertThat(h.projects()).hasSize(2);
            });
  }

  @Test
  void hostileMarkupIsReadInBoundedTime() {
    String hostile =
        "<title>x · PyPI</title><h2>1 project</h2>"
            + "class=\"package-snippet__title\"".repeat(50_000)
            + "<a href=\"".repeat(50_000);
    assertThat(AccountProfileClient.parse("x", hostile)).isEmpty();
  }

  @Test
  void looksUpEveryRoleAndLeavesFailuresUnknown() {
    servePage("example-maintainer", page("profile-two-projects.built.html"));
    servePage("fresh-account", page("profile-no-projects.built.html"));
    index.stubFor(get("/user/gone/").willReturn(aResponse().withStatus(404)));
    index.stubFor(
        get("/user/flaky/").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    index.stubFor(
        get("/user/elsewhere/")
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", "https://example.org/user/elsewhere/")));
    PackageMetadata metadata =
        metadataWithRoles(
            "example-maintainer",
            "fresh-account",
            "gone",
            "flaky",
            "elsewhere",
            "ex\u0430mple-maintainer");

    List<Ownership.Role> roles = client().enrich(metadata).ownership().orElseThrow().roles();

    assertThat(roles)
        .extracting(Ownership.Role::user)
        .containsExactly(
            "example-maintainer",
            "fresh-account",
            "gone",
            "flaky",
            "elsewhere",
            "ex\u0430mple-maintainer");
    assertThat(roles.get(0).history()).hasValueSatisfying(h -> assertThat(h.projects()).hasSize(2));
    assertThat(roles.get(1).history()).hasValueSatisfying(h -> assertThat(h.projects()).isEmpty());
    assertThat(roles.subList(2, 6)).allSatisfy(r -> assertThat(r.history()).isEmpty());
    // The look-alike with a Cyrillic 'а' is not a PyPI user name and is never requested (the
    // reset one may be asked twice: the JDK's client retries a GET once on a reset connection).
    for (String user : List.of("example-maintainer", "fresh-account", "gone", "elsewhere")) {
      index.verify(1, getRequestedFor(urlEqualTo("/user/" + user + "/")));
    }
    index.verify(0, getRequestedFor(urlMatching("/user/ex[^a].*")));
    assertThat(index.findAll(getRequestedFor(urlMatching("/user/.*")))).hasSizeBetween(5, 6);
  }

  @Test
  void looksUpNoMoreThanTheCapOfAccountsPerProject() {
    String[] users = new String[AccountProfileClient.MAX_ACCOUNTS + 5];
    for (int i = 0; i < users.length; i++) {
      users[i] = "user" + i;
    }
    client().enrich(metadataWithRoles(users));

    index.verify(AccountProfileClient.MAX_ACCOUNTS, getRequestedFor(urlMatching("/user/.*")));
    index.verify(0, getRequestedFor(urlEqualTo("/user/user14/")));
  }

  @Test
  void metadataWithoutRolesIsLeftAsItIs() {
    PackageMetadata none =
        PackageMetadata.builder(
                PackageId.pypi("example-lib"),
                "1.0",
                URI.create("https://pypi.org/pypi/example-lib/json"))
            .build();
    assertThat(client().enrich(none)).isSameAs(none);
    index.verify(0, getRequestedFor(urlMatching("/user/.*")));
  }

  private static PackageMetadata metadataWithRoles(String... users) {
    List<Ownership.Role> roles =
        java.util.Arrays.stream(users).map(u -> new Ownership.Role(u, "Maintainer")).toList();
    return PackageMetadata.builder(
            PackageId.pypi("example-lib"),
            "1.0",
            URI.create("https://pypi.org/pypi/example-lib/json"))
        .ownership(Optional.of(new Ownership(Optional.empty(), roles)))
        .build();
  }
}
