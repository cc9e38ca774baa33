package io.pkgguard.rules.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as a look-alike of a popular name, against the shipped PyPI list. */
class LookAlikeFinderTest {

  private static final LookAlikeFinder FINDER =
      new LookAlikeFinder(TyposquatRule.builtinCorpus("pypi"), 1000);

  private static LookAlike find(String name) {
    return FINDER.find(name).orElseThrow(() -> new AssertionError(name + " matched nothing"));
  }

  @ParameterizedTest(name = "{0} imitates {1} by {2}")
  @CsvSource({
    "reqeusts, requests, TRANSPOSITION",
    "reqests, requests, OMISSION",
    "requestss, requests, REPETITION",
    "colourama, colorama, INSERTION",
    "requesta, requests, KEYBOARD_SUBSTITUTION",
    "mumpy, numpy, KEYBOARD_SUBSTITUTION",
    "requepts, requests, SUBSTITUTION",
    "python_dateutil2, python-dateutil, VERSION_SUFFIX",
    "pythondateutil, python-dateutil, SEPARATORS",
    "setup-tools, setuptools, SEPARATORS",
    "r3quests, requests, HOMOGLYPHS",
    "nurnpy, numpy, HOMOGLYPHS",
    "reque5t5, requests, HOMOGLYPHS",
    "jeIlyfish, jellyfish, HOMOGLYPHS",
    "py-torch, torch, PYTHON_AFFIX",
    "python3-dateutil, python-dateutil, PYTHON_AFFIX",
    "python-mongo, pymongo, PYTHON_AFFIX",
    "requests2, requests, VERSION_SUFFIX",
    "flask-3, flask, VERSION_SUFFIX",
    "numpy-utils, numpy, COMBINATION",
    "requests-darwin-lite, requests, COMBINATION",
    "requestsutils, requests, COMBINATION",
    "azure-storgae-blob, azure-storage-blob, TRANSPOSITION",
    "googel-cloud-storage, google-cloud-storage, TRANSPOSITION"
  })
  void findsTheImitatedNameAndHowItWasMade(String name, String target, Transformation how) {
    LookAlike found = find(name);
    assertThat(found.target().name()).isEqualTo(target);
    assertThat(found.transformation()).isEqualTo(how);
    assertThat(found.detail()).isNotBlank();
  }

  @Test
  void twoEditsOnALongProminentNameAreAWeakResemblance() {
    LookAlike found = find("googlecloudstorrage1");
    assertThat(found.transformation()).isEqualTo(Transformation.EDITS);
    assertThat(found.close()).isFalse();
  }

  @Test
  void unicodeLookAlikesAndInvisibleCharactersAreNamedAsSuch() {
    Map<String, String> cases =
        Map.of(
            "r\u0435quests", "requests", // Cyrillic е
            "requ\u0435sts", "requests",
            "req\u200Buests", "requests", // zero-width space
            "\u202Erequests", "requests", // right-to-left override
            "ｒｅｑｕｅｓｔｓ", "requests", // fullwidth
            "numρy", "numpy"); // Greek rho
    cases.forEach(
        (name, target) -> {
          LookAlike found = find(name);
          assertThat(found.target().name()).as(name).isEqualTo(target);
          assertThat(found.transformation()).as(name).isEqualTo(Transformation.UNICODE_CONFUSABLES);
        });
  }

  @Test
  void popularNamesImitateNothingEvenWhenCloseToOtherPopularNames() {
    // scipy/scapy, pytest/pytests-like pairs: both real, both popular.
    for (String name :
        List.of(
            "requests",
            "Requests",
            "numpy",
            "scipy",
            "scapy",
            "pandas",
            "flask",
            "Django",
            "python-dateutil",
            "python_dateutil",
            "types-requests",
            "requests-toolbelt",
            "boto3",
            "botocore",
            "pyyaml",
            "six")) {
      assertThat(FINDER.find(name)).as(name).isEmpty();
    }
  }

  @Test
  void shortNamesAreNotMatchedByEditDistance() {
    // One edit from a three- or four-letter name is any other word.
    for (String name : List.of("sx", "sixx", "bs", "attr", "mock1x", "tqdn")) {
      Optional<LookAlike> found = FINDER.find(name);
      found.ifPresent(
          f ->
              assertThat(f.transformation())
                  .as(name)
                  .isNotIn(
                      Transformation.SUBSTITUTION,
                      Transformation.INSERTION,
                      Transformation.OMISSION));
    }
  }

  @Test
  void aReplacedLetterInAShortNameIsWeakButASwapOrDropIsClose() {
    assertThat(find("djanga").close()).as("o→a").isFalse();
    assertThat(find("djangi").close())
        .as("o→i, neighbouring keys, makes other words too")
        .isFalse();
    assertThat(find("djnago").close()).as("swap").isTrue();
    assertThat(find("djano").close()).as("dropped").isTrue();
    assertThat(find("colourama").close()).as("long name").isTrue();
    assertThat(find("acelery").close()).as("a letter in front").isFalse();
  }

  @Test
  void anotherVersionNumberIsNotASlip() {
    LookAlike cuda = find("nvidia-cublas-cu13");
    assertThat(cuda.target().name()).isEqualTo("nvidia-cublas-cu12");
    assertThat(cuda.close()).isFalse();
    assertThat(find("nvidia-nccl-cu112").close()).isFalse();
  }

  @Test
  void reportsTheMostProminentOfSeveralResemblances() {
    // py-torch is a separator change of 'pytorch' (rank ~8000) and 'torch' with a prefix
    // (rank ~300): the more prominent one is the one being imitated.
    assertThat(find("py-torch").target().name()).isEqualTo("torch");
  }

  @ParameterizedTest
  @CsvSource(
      value = {"''", "'---'", "'...'", "'_'", "'\u0000'", "'\u200B\u200B'", "'☃☃☃'", "'a'", "'\t'"},
      quoteCharacter = '\'')
  void degenerateNamesMatchNothingAndNeverThrow(String name) {
    assertThatCode(() -> FINDER.find(name)).doesNotThrowAnyException();
    assertThat(FINDER.find(name)).isEmpty();
  }

  @Test
  void hugeAndHostileNamesAreHandledInBoundedTime() {
    assertThat(FINDER.find("a".repeat(10_000))).isEmpty();
    assertThat(FINDER.find("requests".repeat(24))).isEmpty();
    assertThatCode(() -> FINDER.find("-".repeat(150) + "reqeusts")).doesNotThrowAnyException();
    String mixed = "ре" + "quests".repeat(10) + "日本語" + "\uD83D\uDE00";
    assertThatCode(() -> FINDER.find(mixed)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} imitates {1}")
  @CsvSource({
    "os-pandas, pandas",
    "sys-requests, requests",
    "subprocess-numpy, numpy",
    "pip-setuptools, setuptools"
  })
  void aModuleOfPythonItselfInFrontOfAPopularNameIsAWeakResemblance(String name, String target) {
    LookAlike found = find(name);
    assertThat(found.target().name()).isEqualTo(target);
    assertThat(found.transformation()).isEqualTo(Transformation.COMBINATION);
    assertThat(found.detail()).contains("a module of Python itself or its installer, in front");
    assertThat(found.close()).isFalse();
  }

  @ParameterizedTest(name = "{0} imitates {1}")
  @CsvSource({
    "pandasrequests, requests",
    "requestspandas, requests",
    "numpyurllib3, urllib3",
    "urllib3installer, urllib3",
    "install-pytest, pytest",
    "print-requests, requests",
    "requests-downloader, requests"
  })
  void twoPopularNamesOrAnInstallerWordWithoutSeparatorsAreAWeakResemblance(
      String name, String target) {
    LookAlike found = find(name);
    assertThat(found.target().name()).isEqualTo(target);
    assertThat(found.transformation()).isEqualTo(Transformation.COMBINATION);
    assertThat(found.close()).isFalse();
  }

  @Test
  void gluedNamesNeedTwoProminentPartsOfFourLettersOrMore() {
    // Each splits into a prominent name and a less popular one (fire + drake, black + stone,
    // torch + spin, sure + fire) or a part under four letters (six + teen): compounds of ordinary
    // words that the first version, which wanted only one prominent part, reported by the hundred.
    for (String name : List.of("firedrake", "blackstone", "surefire", "sixteen", "torchspin")) {
      assertThat(FINDER.find(name).map(LookAlike::detail).orElse(""))
          .as(name)
          .doesNotContain("without a separator");
    }
  }

  @Test
  void aModuleNameAfterAPopularNameIsThePluginConvention() {
    // flake8-pathlib is a flake8 plugin about pathlib (pathlib also being a popular project is
    // another matter); keyring-subprocess a keyring back end.
    for (String name : List.of("flake8-pathlib", "keyring-subprocess", "gevent-subprocess")) {
      assertThat(FINDER.find(name).map(LookAlike::detail).orElse(""))
          .as(name)
          .doesNotContain("module of Python itself");
    }
  }

  @Test
  void scanningAndTheIndexGiveTheSameAnswers() {
    // Every one-step slip of the 1,500 most popular names, and names up to 70 characters:
    // the first questions a finder answers by comparing with every name, later ones with the
    // one-edit index. The answer must not depend on which.
    PopularNameCorpus corpus = TyposquatRule.builtinCorpus("pypi");
    LookAlikeFinder scanning = new LookAlikeFinder(corpus, 1000, Integer.MAX_VALUE);
    LookAlikeFinder indexed = new LookAlikeFinder(corpus, 1000, 0);
    List<String> questions = new java.util.ArrayList<>();
    for (PopularName name : corpus.names().subList(0, 1500)) {
      String word = NameForms.withoutSeparators(name.name());
      for (int i = 0; i < word.length(); i++) {
        questions.add(word.substring(0, i) + word.substring(i + 1));
        questions.add(word.substring(0, i) + 'x' + word.substring(i + 1));
        questions.add(word.substring(0, i) + 'e' + word.substring(i));
        if (i + 1 < word.length()) {
          questions.add(
              word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
        }
      }
    }
    questions.add("a".repeat(63) + "b");
    questions.add("a".repeat(64) + "b");
    questions.add("ab".repeat(35));
    int matched = 0;
    for (String question : questions) {
      Optional<LookAlike> expected = indexed.find(question);
      assertThat(scanning.find(question)).as(question).isEqualTo(expected);
      matched += expected.isPresent() ? 1 : 0;
    }
    assertThat(scanning.indexed()).isFalse();
    assertThat(matched).as("most slips of popular names are look-alikes").isGreaterThan(40_000);
  }

  @Test
  void theIndexIsBuiltOnceEnoughNamesWereAskedAbout() {
    LookAlikeFinder finder = new LookAlikeFinder(TyposquatRule.builtinCorpus("pypi"), 1000, 3);
    for (String name : List.of("reqeusts", "nunpy", "flaks")) {
      assertThat(finder.find(name)).isPresent();
      assertThat(finder.indexed()).isFalse();
    }
    assertThat(finder.find("djnago").orElseThrow().target().name()).isEqualTo("django");
    assertThat(finder.indexed()).isTrue();
    assertThat(finder.find("reqeusts").orElseThrow().target().name()).isEqualTo("requests");
  }
}
