package io.pkgguard.rules.names;

import io.pkgguard.api.Finding;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that announce malicious purposes ({@code discord-token-grabber}, {@code pykeylogger}).
 *
 * <p>Matching is word-aware: the normalised name is split at separators, and a word matches when
 * it is the keyword, the keyword with an inflection or number ({@code stealer}, {@code hacks},
 * {@code spy2}), or either of those behind a {@code py}/{@code python} prefix. Keywords of six or
 * more letters also match inside a word ({@code browserstealer}) and across separators ({@code
 * reverse-shell} for {@code reverseshell}). So {@code spyder}, {@code
 * keyring} and {@code passlib} never match, and the few legitimate projects that do ({@code
 * py-spy}, {@code hacking}) are listed as exceptions. A shorter keyword glued inside a word is
 * MEDIUM when the word splits into words project names use ({@code pyhackutil}: py + hack +
 * util; see {@link NameWords}), so {@code spyder}, {@code crackle} and {@code hackney} stay clean.
 *
 * <p>Parameters: {@code reject-words} (CRITICAL), {@code review-words} (MEDIUM: words legitimate
 * projects also use, such as {@code password}), {@code exceptions} (project names never flagged),
 * {@code defensive-words} (a reject word next to {@code detector} or {@code scanner} names a
 * defensive tool more often than malware: MEDIUM), {@code needs-target} and {@code target-words}
 * ({@code grabber} rejects next to {@code token} or {@code cookie}; an EPG or price grabber is
 * only reviewed). The defaults come from sweeping every PyPI name (docs/typosquat.md).
 * Defaults are in the built-in policy; the lists below are the fallback when a policy omits them.
 */
@RuleDefinition(
    id = "name-keywords",
    summary = "The name does not announce a malicious purpose (keylogger, stealer, grabber, ...)",
    level = RiskLevel.CRITICAL,
    category = RiskCategory.NAME,
    stage = RuleStage.REQUEST,
    explanation =
        "Malware on package indexes often says what it is: token grabbers, stealers,"
            + " keyloggers, reverse shells. Such names are rejected; names with words that"
            + " legitimate projects also use (password, exploit, bypass) are reviewed, and so are"
            + " names that glue such a word inside words"
            + " other project names use (pyhackutil: py + hack + util), a weaker sign.",
    parameters = {
      @ParameterDefinition(
          name = "reject-words",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.CHECKS,
          summary = "words that reject a name (CRITICAL)",
          defaultValue =
              "[\"backdoor\", \"bosartig\", \"cookielogger\", \"crack\", \"grabber\","
                  + " \"hack\", \"imagelogger\", \"keylog\", \"keylogger\", \"malicieux\","
                  + " \"malicioso\", \"malicious\", \"malware\", \"passwordlogger\","
                  + " \"ransomware\", \"reverseshell\", \"robloxlogger\", \"rootkit\", \"spy\","
                  + " \"spyware\", \"steal\", \"stealer\", \"tokenlogger\", \"trojan\"]"),
      @ParameterDefinition(
          name = "review-words",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.CHECKS,
          summary = "words that send a name to review (MEDIUM)",
          defaultValue =
              "[\"bomber\", \"bypass\", \"ddos\", \"dependencyconfusion\", \"exploit\","
                  + " \"passwd\", \"password\", \"rce\", \"shellcode\", \"virus\","
                  + " \"webshell\"]"),
      @ParameterDefinition(
          name = "exceptions",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.EXEMPTS,
          summary = "project names never flagged",
          defaultValue = "[\"py-spy\", \"hacking\", \"seeq-spy\"]"),
      @ParameterDefinition(
          name = "defensive-words",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.EXEMPTS,
          summary =
              "words of defensive tools (detector, scanner): a reject word next to one is"
                  + " only MEDIUM",
          defaultValue =
              "[\"analysis\", \"analyser\", \"analyzer\", \"block\", \"blocker\","
                  + " \"classifier\", \"dataset\", \"defence\", \"defense\", \"detect\","
                  + " \"detection\", \"detector\", \"hunter\","
                  + " \"killer\", \"protect\", \"protection\", \"removal\", \"remover\", \"sandbox\","
                  + " \"scan\", \"scanner\", \"yara\"]"),
      @ParameterDefinition(
          name = "needs-target",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.EXEMPTS,
          summary = "reject words that reject only next to a target word (grabber)",
          defaultValue = "[\"grabber\"]"),
      @ParameterDefinition(
          name = "target-words",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.CHECKS,
          summary = "what malware steals (token, cookie, password, wallet)",
          defaultValue =
              "[\"account\", \"browser\", \"cookie\", \"credential\", \"discord\","
                  + " \"login\", \"password\", \"roblox\", \"session\", \"steam\", \"telegram\","
                  + " \"token\", \"wallet\", \"webhook\"]")
    })
public final class NameKeywordsRule implements SecurityRule {

  static final List<String> DEFAULT_REJECT =
      List.of(
          "backdoor",
          "bosartig",
          "cookielogger",
          "crack",
          "grabber",
          "hack",
          "imagelogger",
          "keylog",
          "keylogger",
          "malicieux",
          "malicioso",
          "malicious",
          "malware",
          "passwordlogger",
          "ransomware",
          "reverseshell",
          "robloxlogger",
          "rootkit",
          "spy",
          "spyware",
          "steal",
          "stealer",
          "tokenlogger",
          "trojan");
  static final List<String> DEFAULT_REVIEW =
      List.of(
          "bomber",
          "bypass",
          "ddos",
          "dependencyconfusion",
          "exploit",
          "passwd",
          "password",
          "rce",
          "shellcode",
          "virus",
          "webshell");
  static final List<String> DEFAULT_EXCEPTIONS = List.of("py-spy", "hacking", "seeq-spy");
  static final List<String> DEFAULT_DEFENSIVE =
      List.of(
          "analysis",
          "analyser",
          "analyzer",
          "block",
          "blocker",
          "classifier",
          "dataset",
          "defence",
          "defense",
          "detect",
          "detection",
          "detector",
          "hunter",
          "killer",
          "protect",
          "protection",
          "removal",
          "remover",
          "sandbox",
          "scan",
          "scanner",
          "yara");
  static final List<String> DEFAULT_NEEDS_TARGET = List.of("grabber");
  static final List<String> DEFAULT_TARGETS =
      List.of(
          "account",
          "browser",
          "cookie",
          "credential",
          "discord",
          "login",
          "password",
          "roblox",
          "session",
          "steam",
          "telegram",
          "token",
          "wallet",
          "webhook");

  private static final Pattern INFLECTION = Pattern.compile("|s|es|er|ers|ed|ing|[0-9]+");
  private static final int INNER_MATCH_LENGTH = 6;

  /** Endings a glued keyword may have, longest first ({@code hackers} before {@code hacker}). */
  private static final List<String> GLUED_INFLECTIONS =
      List.of("ers", "ing", "er", "es", "ed", "s", "");

  /**
   * Names of well-known sites that contain a keyword as a word ({@code mcp-server-hacker-news}):
   * removed before matching. From the name sweep in docs/typosquat.md.
   */
  private static final List<String> BENIGN_PHRASES =
      List.of("hacker-news", "hacker-rank", "hacker-one", "hacker-earth");

  /**
   * Keyword lists in lower case, longest first, so a report names the most specific keyword
   * (keylogger, not keylog); one entry per distinct policy list.
   */
  private static final java.util.Map<List<String>, List<String>> LONGEST_FIRST =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public List<Finding> evaluate(RuleContext context) {
    RuleParameters parameters = context.parameters();
    String normalized =
        context.names().normalize(context.request().id().name()).toLowerCase(Locale.ROOT);
    Set<String> exceptions =
        Set.copyOf(
            parameters.texts("exceptions", DEFAULT_EXCEPTIONS).stream()
                .map(e -> context.names().normalize(e).toLowerCase(Locale.ROOT))
                .toList());
    if (exceptions.contains(normalized)) {
      return List.of();
    }
    String withoutPhrases = normalized;
    for (String phrase : BENIGN_PHRASES) {
      withoutPhrases = withoutPhrases.replace(phrase, "-");
    }
    List<String> words = List.of(withoutPhrases.split("[-_.]+"));
    List<String> wordsAndJoined = withJoined(words);
    List<Finding> findings = new ArrayList<>();
    Optional<Hit> reject = match(wordsAndJoined, parameters.texts("reject-words", DEFAULT_REJECT));
    if (reject.isPresent()) {
      Hit hit = reject.get();
      Optional<Hit> defensive =
          match(words, parameters.texts("defensive-words", DEFAULT_DEFENSIVE));
      boolean targetless =
          parameters.texts("needs-target", DEFAULT_NEEDS_TARGET).stream()
                  .anyMatch(k -> k.equalsIgnoreCase(hit.keyword()))
              && match(words, parameters.texts("target-words", DEFAULT_TARGETS)).isEmpty();
      if (defensive.isPresent()) {
        findings.add(
            finding(
                    RiskLevel.MEDIUM,
                    "the name contains '"
                        + hit.keyword()
                        + "' next to '"
                        + defensive.get().word()
                        + "': probably a defensive tool")
                .withEvidence(
                    "keyword",
                    hit.keyword(),
                    "word",
                    hit.word(),
                    "name",
                    normalized,
                    "defensive-word",
                    defensive.get().word())
                .withRemediation(
                    "confirm that the project detects or studies malware rather than"
                        + " being it: check its publisher and code"));
      } else if (targetless) {
        findings.add(
            finding(
                    RiskLevel.MEDIUM,
                    "the name contains '"
                        + hit.keyword()
                        + "', but nothing it would steal (tokens, cookies, passwords, wallets)")
                .withEvidence("keyword", hit.keyword(), "word", hit.word(), "name", normalized)
                .withRemediation("confirm what the project grabs before installing"));
      } else {
        findings.add(
            finding(
                    RiskLevel.CRITICAL,
                    "the name contains '" + hit.keyword() + "', a word used by malicious packages")
                .withEvidence("keyword", hit.keyword(), "word", hit.word(), "name", normalized)
                .withRemediation(
                    "do not install it; if it is a legitimate project your"
                        + " organisation needs, ask an administrator to add it to the rule's"
                        + " exceptions"));
      }
    }
    if (findings.isEmpty()) {
      glued(words, parameters.texts("reject-words", DEFAULT_REJECT), NameWords::builtin)
          .ifPresent(
              hit ->
                  findings.add(
                      finding(
                              RiskLevel.MEDIUM,
                              "the name glues '"
                                  + hit.keyword()
                                  + "', a word used by malicious packages, inside '"
                                  + hit.word()
                                  + "' ("
                                  + hit.parts()
                                  + ")")
                          .withEvidence(
                              "keyword",
                              hit.keyword(),
                              "word",
                              hit.word(),
                              "name",
                              normalized,
                              "parts",
                              hit.parts())
                          .withRemediation(
                              "confirm the project's purpose and publisher before installing")));
    }
    if (findings.isEmpty()) {
      match(wordsAndJoined, parameters.texts("review-words", DEFAULT_REVIEW))
          .ifPresent(
              hit ->
                  findings.add(
                      finding(
                              RiskLevel.MEDIUM,
                              "the name contains '"
                                  + hit.keyword()
                                  + "'; check that the project is what it claims to be")
                          .withEvidence(
                              "keyword", hit.keyword(), "word", hit.word(), "name", normalized)
                          .withRemediation(
                              "confirm the project's purpose and publisher before installing")));
    }
    return findings;
  }

  private static Optional<Hit> match(List<String> words, List<String> keywords) {
    List<String> longestFirst = longestFirst(keywords);
    for (String word : words) {
      for (String keyword : longestFirst) {
        if (matches(word, keyword)) {
          return Optional.of(new Hit(keyword, word));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean matches(String word, String keyword) {
    for (String candidate : List.of(word, strip(word, "python"), strip(word, "py"))) {
      if (candidate.startsWith(keyword)
          && INFLECTION.matcher(candidate.substring(keyword.length())).matches()) {
        return true;
      }
    }
    return keyword.length() >= INNER_MATCH_LENGTH && word.contains(keyword);
  }

  /**
   * A keyword glued inside a word that is nobody's word of its own: the word is not among the
   * words project names are made of, and what stands before the keyword and after it (and its
   * inflection) splits into common words ({@code pyhackutil}: py + hack + util). A word that is a
   * name part of its own ({@code spyder}, {@code crackle}), reads as other words too ({@code
   * unitspy}: units + py) or leaves a rest no name uses ({@code hackney}) is not a match.
   */
  static Optional<GluedHit> glued(
      List<String> words, List<String> keywords, java.util.function.Supplier<NameWords> nameWords) {
    List<String> longestFirst = longestFirst(keywords);
    for (String word : words) {
      for (String keyword : longestFirst) {
        int at = word.indexOf(keyword);
        if (at < 0
            || word.equals(keyword)
            || !word.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
          continue;
        }
        // Read only now: most names hold no keyword at all, and the list takes a while to load.
        NameWords known = nameWords.get();
        if (known.count(word) > 0 || known.readsWithout(word, keyword)) {
          continue;
        }
        for (; at >= 0; at = word.indexOf(keyword, at + 1)) {
          if (at < 2 && word.startsWith("py")
              || at + keyword.length() > word.length() - 2 && word.endsWith("py")) {
            continue; // it shares letters with a py affix: jeanspy is jeans + py
          }
          String before = word.substring(0, at);
          String after = word.substring(at + keyword.length());
          for (String inflection : GLUED_INFLECTIONS) {
            if (after.startsWith(inflection)
                && known.splitsIntoWords(before)
                && known.splitsIntoWords(after.substring(inflection.length()))) {
              String rest = after.substring(inflection.length());
              String parts =
                  (before.isEmpty() ? "" : before + " + ")
                      + keyword
                      + inflection
                      + (rest.isEmpty() ? "" : " + " + rest);
              return Optional.of(new GluedHit(keyword, word, parts));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The words and, for a name of several words, the name without its separators: a phrase
   * written as separate words ({@code reverse-shell}, {@code dependency-confusion}) then matches
   * a keyword of six or more letters that spells it as one word.
   */
  private static List<String> withJoined(List<String> words) {
    if (words.size() < 2) {
      return words;
    }
    List<String> all = new ArrayList<>(words);
    all.add(String.join("", words));
    return List.copyOf(all);
  }

  private static List<String> longestFirst(List<String> keywords) {
    return LONGEST_FIRST.computeIfAbsent(
        keywords,
        list ->
            list.stream()
                .map(k -> k.toLowerCase(Locale.ROOT))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList());
  }

  private static String strip(String word, String prefix) {
    return word.startsWith(prefix) ? word.substring(prefix.length()) : word;
  }

  private record Hit(String keyword, String word) {}

  /** A keyword glued inside {@code word}, which splits into {@code parts}. */
  record GluedHit(String keyword, String word, String parts) {}
}
