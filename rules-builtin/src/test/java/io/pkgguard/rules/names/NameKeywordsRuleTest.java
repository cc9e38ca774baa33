package io.pkgguard.rules.names;

import static io.pkgguard.rules.Packages.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.core.policy.Policy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameKeywordsRuleTest {

  private final NameKeywordsRule rule = new NameKeywordsRule();

  private List<Finding> check(String name) {
    return rule.evaluate(request(name, Map.of(), "name-keywords"));
  }

  @Test
  void rejectsNamesThatAnnounceMalware() {
    Map<String, String> cases = Map.of(
        "discord-token-grabber", "grabber",
        "pykeylogger", "keylogger",
        "browser_stealer", "stealer",
        "Steal.Passwords", "steal",
        "py-hack", "hack",
        "trojan2", "trojan",
        "chromecookiestealer", "stealer",
        "python-rootkit", "rootkit");
    cases.forEach((name, keyword) -> assertThat(check(name)).as(name).singleElement()
        .satisfies(f -> {
          assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
          assertThat(f.evidence().values()).containsEntry("keyword", keyword);
        }));
  }

  @Test
  void leavesLegitimateProjectsWhoseNamesMerelyContainAKeywordAlone() {
    for (String name : List.of("py-spy", "spyder", "keyring", "passlib", "hacking", "seeq-spy",
        "scrapy", "spyne", "crackle", "requests", "hackathon-tools", "espy",
        "mcp-server-hacker-news", "hacker-rank-solutions")) {
      assertThat(check(name)).as(name).isEmpty();
    }
  }

  @Test
  void defensiveToolsAndHarmlessGrabbersAreReviewedNotRejected() {
    for (String name : List.of("malwaredetector", "vsm-rootkit-detector", "yara-malware-scan",
        "epg-grabber", "pricegrabber", "yt-grabber")) {
      assertThat(check(name)).as(name).singleElement()
          .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM));
    }
    for (String name : List.of("discord-token-grabber", "cookie-grabber", "browser_grabbers")) {
      assertThat(check(name)).as(name).singleElement()
          .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL));
    }
  }

  @Test
  void reviewsNamesWithWordsLegitimateProjectsAlsoUse() {
    assertThat(check("django-password-validators")).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
      assertThat(f.evidence().values()).containsEntry("keyword", "password")
          .containsEntry("word", "password");
    });
  }

  @Test
  void wordsAndExceptionsComeFromThePolicy() {
    assertThat(rule.evaluate(request("discord-token-grabber",
        Map.of("exceptions", List.of("Discord_Token_Grabber")), "name-keywords"))).isEmpty();
    assertThat(rule.evaluate(request("cryptominer-x",
        Map.of("reject-words", List.of("cryptominer")), "name-keywords"))).hasSize(1);
    assertThat(rule.evaluate(request("py-spy", Map.of("exceptions", List.of()),
        "name-keywords"))).hasSize(1);
  }

  @Test
  void agreesWithTheBuiltInPolicy() {
    var parameters = Policy.defaults().rule("name-keywords").parameters("name-keywords");
    assertThat(parameters.texts("reject-words", List.of()))
        .isEqualTo(NameKeywordsRule.DEFAULT_REJECT);
    assertThat(parameters.texts("review-words", List.of()))
        .isEqualTo(NameKeywordsRule.DEFAULT_REVIEW);
    assertThat(parameters.texts("exceptions", List.of()))
        .isEqualTo(NameKeywordsRule.DEFAULT_EXCEPTIONS);
  }
}
