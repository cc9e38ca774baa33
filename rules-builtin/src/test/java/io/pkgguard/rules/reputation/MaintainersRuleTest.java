package io.pkgguard.rules.reputation;

import static io.pkgguard.rules.Packages.NOW;
import static io.pkgguard.rules.Packages.metadata;
import static io.pkgguard.rules.Packages.wellKept;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.AccountHistory;
import io.pkgguard.api.Finding;
import io.pkgguard.api.Ownership;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.RiskLevel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaintainersRuleTest {

  private final MaintainersRule rule = new MaintainersRule();

  private List<Finding> check(PackageMetadata metadata, Map<String, ?> parameters) {
    return rule.evaluate(
        metadata(metadata, parameters, "maintainers", io.pkgguard.rules.Packages.PYPI));
  }

  private static PackageMetadata withMaintainer(Duration joinedAgo, String... projects) {
    Ownership.Role role =
        new Ownership.Role("fresh", "Owner")
            .withHistory(new AccountHistory(Optional.of(NOW.minus(joinedAgo)), List.of(projects)));
    return wellKept("demo")
        .authorEmail(Optional.of("ada@lovelace.dev"))
        .ownership(
            Optional.of(
                new Ownership(
                    Optional.empty(),
                    List.of(role, new Ownership.Role("unknown-history", "Maintainer")))))
        .build();
  }

  @Test
  void aNewAccountWithNoOtherProjectHasNoTrackRecord() {
    assertThat(check(withMaintainer(Duration.ofDays(89), "demo"), Map.of()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
              assertThat(f.message()).startsWith("new maintainer with no track record: fresh");
            });
    assertThat(check(withMaintainer(Duration.ofDays(90), "demo"), Map.of()))
        .as("90 days")
        .isEmpty();
    assertThat(check(withMaintainer(Duration.ofDays(5), "demo", "other"), Map.of()))
        .as("has another project")
        .isEmpty();
    assertThat(
            check(withMaintainer(Duration.ofDays(100), "demo"), Map.of("new-account-days", 365L)))
        .hasSize(1);
  }

  @Test
  void disposableAndPlaceholderAddressesAreFlaggedWhereverTheyAppearInTheField() {
    PackageMetadata m =
        wellKept("demo")
            .authorEmail(Optional.of("\"Ada\" <ada@example.org>, Bob <bob@sub.mailinator.com>"))
            .maintainerEmail(Optional.of("team@real-company.dev"))
            .build();
    assertThat(check(m, Map.of()))
        .extracting(Finding::message)
        .containsExactly(
            "the e-mail address ada@example.org is at a disposable or placeholder domain"
                + " (example.org)",
            "the e-mail address bob@sub.mailinator.com is at a disposable or placeholder domain"
                + " (mailinator.com)");
    assertThat(
            check(
                wellKept("demo").authorEmail(Optional.of("me@corp.test")).build(),
                Map.of("disposable-domains", List.of("CORP.test"))))
        .hasSize(1);
  }

  @Test
  void hostileEmailFieldsNeverThrow() {
    for (String field :
        List.of(
            "",
            "no address here",
            "<>@@@",
            "a@" + "b".repeat(300),
            "x@y.com\r\nBcc: victim@z.com",
            "@".repeat(20_000),
            "ad\u0430@exаmple.org")) {
      assertThat(check(wellKept("demo").authorEmail(Optional.of(field)).build(), Map.of()))
          .as(field.length() > 40 ? field.substring(0, 40) : field)
          .allSatisfy(f -> assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM));
    }
  }

  @Test
  void aReleaseWhoseDeclaredPeopleAllChangedIsHigh() {
    PackageMetadata taken =
        wellKept("demo")
            .author(Optional.of("Mallory"))
            .authorEmail(Optional.of("mallory@evil.dev"))
            .previousAuthorship(
                Optional.of(
                    new io.pkgguard.api.Authorship(
                        "1.0",
                        Optional.of("Ada Lovelace"),
                        Optional.of("Ada <ada@lovelace.dev>"),
                        Optional.empty(),
                        Optional.empty())))
            .build();
    assertThat(check(taken, Map.of()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
              assertThat(f.message())
                  .isEqualTo(
                      "every declared author and maintainer changed since"
                          + " release 1.0: was ada lovelace, ada@lovelace.dev; now mallory, mallory@evil.dev");
            });
    PackageMetadata joined =
        wellKept("demo")
            .author(Optional.of("Ada Lovelace, Bob"))
            .authorEmail(Optional.of("bob@lovelace.dev"))
            .previousAuthorship(
                Optional.of(
                    new io.pkgguard.api.Authorship(
                        "1.0",
                        Optional.of("ada lovelace"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())))
            .build();
    assertThat(check(joined, Map.of())).as("someone stayed").isEmpty();
    PackageMetadata unknownBefore =
        wellKept("demo")
            .author(Optional.of("Mallory"))
            .authorEmail(Optional.of("m@evil.dev"))
            .previousAuthorship(
                Optional.of(
                    new io.pkgguard.api.Authorship(
                        "1.0",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())))
            .build();
    assertThat(check(unknownBefore, Map.of())).as("nobody declared before").isEmpty();
  }
}
