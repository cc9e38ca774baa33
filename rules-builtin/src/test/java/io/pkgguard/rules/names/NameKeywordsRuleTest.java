package io.pkgguard.rules.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Decision;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.testkit.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** name-keywords, run through a real guard on each name as a user would request it. */
class NameKeywordsRuleTest {

  static RuleTester named(String name) {
    return RuleTester.forRule(NameKeywordsRule.class)
        .project(
            """
        {"info": {"name": "%s", "version": "1.0", "summary": "A project"},
         "releases": {"1.0": []}, "urls": []}
        """
                .formatted(name));
  }

  /** Each name is rejected, and its finding names the keyword given for it. */
  static void expectRejectedFor(Map<String, String> keywordByName) {
    keywordByName.forEach(
        (name, keyword) -> {
          Verdict verdict =
              named(name)
                  .expect(RiskLevel.CRITICAL, "'" + keyword + "'")
                  .expectDecision(Decision.REJECT)
                  .run();
          assertThat(verdict.findings().get(0).evidence().values())
              .as(name)
              .containsEntry("keyword", keyword);
        });
  }

  @Test
  void rejectsNamesThatAnnounceMalware() {
    Map<String, String> cases =
        Map.of(
            "discord-token-grabber", "grabber",
            "pykeylogger", "keylogger",
            "browser_stealer", "stealer",
            "Steal.Passwords", "steal",
            "py-hack", "hack",
            "trojan2", "trojan",
            "chromecookiestealer", "stealer",
            "python-rootkit", "rootkit");
    expectRejectedFor(cases);
  }

  @Test
  void rejectsTheVocabularyOfRealMaliciousNames() {
    // Each word from names in the older part of the evaluation set (docs/typosquat.md).
    Map<String, String> cases =
        Map.of(
            "reverse-shell", "reverseshell",
            "reverseshell", "reverseshell",
            "paquete-malicioso", "malicioso",
            "robloxlogger", "robloxlogger",
            "spookyimagelogger", "imagelogger",
            "key-logger", "keylogger");
    expectRejectedFor(cases);
  }

  @Test
  void reviewsOffensiveToolWordsThatDefendersUseToo() {
    Map<String, String> cases =
        Map.of(
            "myshellcode2", "shellcode",
            "pip-rce", "rce",
            "tls-bypass", "bypass",
            "dependency-confusion12", "dependencyconfusion",
            "pip-install-haxorsiambomber", "bomber",
            "virus-muerto", "virus",
            "xdebug-exploit", "exploit");
    cases.forEach(
        (name, keyword) ->
            named(name)
                .expect(RiskLevel.MEDIUM, "'" + keyword + "'")
                .expectDecision(Decision.REVIEW)
                .run());
  }

  @Test
  void aShortReviewWordMatchesOnlyAsAWordOfItsOwn() {
    for (String name :
        List.of("salesforce-source", "commerce-tools", "virustotal-api", "ddosify")) {
      named(name).expectNoFindings().run();
    }
  }

  @Test
  void aMaliciousWordNextToABlockerNamesADefensiveTool() {
    named("python-malicious-url-block")
        .expect(RiskLevel.MEDIUM, "probably a defensive tool")
        .expectDecision(Decision.REVIEW)
        .run();
  }

  @Test
  void leavesLegitimateProjectsWhoseNamesMerelyContainAKeywordAlone() {
    for (String name :
        List.of(
            "py-spy",
            "spyder",
            "keyring",
            "passlib",
            "hacking",
            "seeq-spy",
            "scrapy",
            "spyne",
            "crackle",
            "requests",
            "hackathon-tools",
            "espy",
            "mcp-server-hacker-news",
            "hacker-rank-solutions")) {
      named(name).expectNoFindings().run();
    }
  }

  @Test
  void reviewsAKeywordGluedInsideWordsThatNamesUse() {
    Map<String, String> cases =
        Map.of(
            "pyhackutil", "py + hack + util",
            "webhacks", "web + hacks",
            "passwordcracker", "password + cracker",
            "spymonitor", "spy + monitor");
    cases.forEach(
        (name, parts) -> {
          Verdict verdict =
              named(name).expect(RiskLevel.MEDIUM, "glues").expectDecision(Decision.REVIEW).run();
          assertThat(verdict.findings().get(0).evidence().values())
              .as(name)
              .containsEntry("parts", parts);
        });
  }

  @Test
  void aWordThatIsANameOfItsOwnOrReadsOtherwiseIsNotAGluedKeyword() {
    for (String name :
        List.of(
            "hackney", // "ney" is no name's word
            "shackle", // a word names use on their own
            "unitspy", // units + py
            "jeanspy", // jeans + py: the keyword takes the py suffix's letters
            "stealthwall", // steal + "thwall": no split into words
            "hackerrank",
            "spyral")) {
      named(name).expectNoFindings().run();
    }
  }

  @Test
  void defensiveToolsAndHarmlessGrabbersAreReviewedNotRejected() {
    for (String name :
        List.of(
            "malwaredetector",
            "vsm-rootkit-detector",
            "yara-malware-scan",
            "epg-grabber",
            "pricegrabber",
            "yt-grabber")) {
      named(name).expect(RiskLevel.MEDIUM, "").expectDecision(Decision.REVIEW).run();
    }
    for (String name : List.of("discord-token-grabber", "cookie-grabber", "browser_grabbers")) {
      named(name).expect(RiskLevel.CRITICAL, "").run();
    }
  }

  @Test
  void reviewsNamesWithWordsLegitimateProjectsAlsoUse() {
    Verdict verdict =
        named("django-password-validators").expect(RiskLevel.MEDIUM, "password").run();

    assertThat(verdict.findings().get(0).evidence().values())
        .containsEntry("keyword", "password")
        .containsEntry("word", "password");
  }

  @Test
  void wordsAndExceptionsComeFromThePolicy() {
    named("discord-token-grabber")
        .policy(
            """
            [rules.name-keywords]
            exceptions = ["Discord_Token_Grabber"]
            """)
        .expectNoFindings()
        .run();
    named("cryptominer-x")
        .policy(
            """
            [rules.name-keywords]
            reject-words = ["cryptominer"]
            """)
        .expect(RiskLevel.CRITICAL, "cryptominer")
        .run();
    named("py-spy")
        .policy(
            """
            [rules.name-keywords]
            exceptions = []
            """)
        .expect(RiskLevel.CRITICAL, "'spy'")
        .run();
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
