package io.pkgguard.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  /** Established (older than the age rule's 30 days) and maintained (younger than 2 years). */
  private static final Instant OLD = Instant.now().minus(Duration.ofDays(200));

  @TempDir Path dir;
  private DemoMirror mirror;

  @BeforeEach
  void buildMirror() {
    mirror =
        new DemoMirror(dir.resolve("index"))
            .wellKept("good", "1.0", OLD)
            .wellKept("fresh", "0.1", Instant.now().minus(Duration.ofDays(1)))
            .project(
                "bare",
                "0.3",
                OLD,
                Map.of(
                    "summary",
                    "Quick helpers for scripts",
                    "description",
                    "Helpers.",
                    "license",
                    "MIT"),
                "bare-0.3-py3-none-any.whl",
                "bdist_wheel");
  }

  private Path advisories() {
    return DemoMirror.advisories(
        dir.resolve("advisories.zip"),
        DemoMirror.vulnerability(
            "PYSEC-2099-1", "oldlib", "0", "2.1", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
  }

  /** check against the mirror, offline, with the mirror's advisory database. */
  private CliRun check(String... args) {
    String[] all = new String[args.length + 6];
    all[0] = "check";
    all[1] = "--index";
    all[2] = mirror.root().toString();
    all[3] = "--offline";
    all[4] = "--advisory-db";
    all[5] = advisories().toString();
    System.arraycopy(args, 0, all, 6, args.length);
    CliRun run = CliRun.of(all);
    assertThat(run.isClean())
        .as("no stack trace or control character in:%n%s%s", run.out(), run.err())
        .isTrue();
    return run;
  }

  @Nested
  class ExitCodes {

    @Test
    void zeroWhenEverythingIsAllowed() {
      CliRun run = check("good");
      assertThat(run.exit()).isZero();
      assertThat(run.out())
          .startsWith("ALLOW             good 1.0\n")
          .endsWith("1 package: 1 allowed, 0 to review, 0 needing special approval, 0 rejected\n");
    }

    @Test
    void oneWhenSomethingNeedsApprovalAndNothingIsRejected() {
      CliRun run = check("good", "bare", "fresh==0.1");
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out())
          .contains(
              "REVIEW            bare 0.3",
              "    MEDIUM    metadata-quality    no author or maintainer is given",
              "    next: you may install after reviewing the findings",
              "SPECIAL_APPROVAL  fresh 0.1",
              "    HIGH      package-age         the project is brand new: first release",
              "3 packages: 1 allowed, 1 to review, 1 needing special approval, 0 rejected");
    }

    @Test
    void threeWhenSomethingIsRejected() {
      CliRun run = check("good", "discord-token-grabber");
      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.out())
          .contains(
              "REJECT            discord-token-grabber",
              "CRITICAL  name-keywords       the name contains 'grabber'",
              "(checks stopped early");
    }

    @Test
    void threeForAPackageTheIndexDoesNotHave() {
      CliRun run = check("reqeusts");
      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.out())
          .contains("REJECT            reqeusts", "the package does not exist on pypi");
    }

    @Test
    void versionRangesResolveToTheNewestMatchingRelease() {
      CliRun run = check("good>=0.5,<2", "good<0.5");
      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.out())
          .contains("ALLOW             good 1.0", "no installable release of good satisfies <0.5");
    }

    @Test
    void failOnSetsTheLeastDecisionThatFailsACiGate() {
      assertThat(check("--fail-on", "special-approval", "good", "bare").exit()).isZero();
      assertThat(check("--fail-on", "special-approval", "good", "fresh==0.1").exit()).isEqualTo(1);
      assertThat(check("--fail-on", "reject", "good", "fresh==0.1").exit()).isZero();
      assertThat(check("--fail-on", "reject", "reqeusts").exit()).isEqualTo(3);
      assertThat(check("--fail-on", "review", "bare").exit()).isEqualTo(1);
      CliRun wrong = check("--fail-on", "maybe", "good");
      assertThat(wrong.exit()).isEqualTo(2);
      assertThat(wrong.err()).contains("--fail-on maybe: write review, special-approval or reject");
    }

    @Test
    void quietPrintsOnlyTheVerdictLines() {
      CliRun run = check("--quiet", "good", "bare");
      assertThat(run.out()).isEqualTo("ALLOW             good 1.0\nREVIEW            bare 0.3\n");
      assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void twoForUsageErrors() {
      assertThat(check("").exit()).isEqualTo(2);
      assertThat(check("").err()).contains("the package specification is empty");
      CliRun unknownOption = check("--frobnicate", "good");
      assertThat(unknownOption.exit()).isEqualTo(2);
      assertThat(unknownOption.err())
          .contains("Unknown option: '--frobnicate'", "Run 'pkgguard check --help' for usage.");
      assertThat(CliRun.of("check").exit()).isEqualTo(2);
      assertThat(CliRun.of().exit()).isEqualTo(2);
      assertThat(check("--format", "xml", "good").exit()).isEqualTo(2);
    }
  }

  @Nested
  class Dependencies {

    @Test
    void dependenciesAreCheckedAndTheWorstDecides() {
      mirror.wellKept("app", "1.0", OLD).requiring("app", "good>=0.5", "fresh");

      CliRun run = check("app");

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out())
          .startsWith("SPECIAL_APPROVAL  app 1.0\n")
          .contains(
              "    HIGH      dependencies        depends on fresh 0.1 (app \u2192 fresh), which is"
                  + " SPECIAL_APPROVAL: the project is brand new",
              "    (2 dependencies checked)");
    }

    @Test
    void noDepsChecksOnlyTheNamedPackages() {
      mirror.wellKept("app", "1.0", OLD).requiring("app", "fresh");

      CliRun run = check("--no-deps", "app");

      assertThat(run.exit()).isZero();
      assertThat(run.out()).doesNotContain("fresh", "checked)");
    }

    @Test
    void markersDecideForTheTargetEnvironment() {
      mirror
          .wellKept("app", "1.0", OLD)
          .requiring("app", "good", "pywin32-helper; sys_platform == \"win32\"");

      assertThat(check("--target", "sys_platform=linux", "app").exit()).isZero();
      CliRun windows = check("--target", "sys_platform=win32", "app");
      assertThat(windows.exit()).isEqualTo(3);
      assertThat(windows.out())
          .contains(
              "depends on pywin32-helper (app \u2192 pywin32-helper),"
                  + " which is REJECT: the package does not exist on pypi");
    }

    @Test
    void aDirectUrlDependencyNeedsSpecialApproval() {
      mirror
          .wellKept("app", "1.0", OLD)
          .requiring("app", "tool @ https://example.com/tool-1.0.tar.gz");

      CliRun run = check("app");

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out())
          .contains(
              "HIGH      dependencies        declares a direct URL"
                  + " dependency 'tool @ https://example.com/tool-1.0.tar.gz'");
    }

    @Test
    void jsonCarriesTheWholeTree() throws Exception {
      mirror
          .wellKept("app", "1.0", OLD)
          .requiring("app", "lib")
          .wellKept("lib", "2.0", OLD)
          .requiring("lib", "good==1.0");

      JsonNode app =
          new ObjectMapper()
              .readTree(check("--format", "json", "app").out())
              .get("verdicts")
              .get(0);

      JsonNode lib = app.get("dependencies").get(0);
      assertThat(lib.get("name").asText() + " " + lib.get("version").asText()).isEqualTo("lib 2.0");
      assertThat(lib.get("dependencies").get(0).get("name").asText()).isEqualTo("good");
    }

    @Test
    void aLockedPackageIsCheckedWhereTheLockWouldInstallIt() throws Exception {
      mirror.wellKept("qualitygate", "1.0", OLD);
      Path lock = Files.createDirectories(dir.resolve("project")).resolve("pylock.toml");
      Files.writeString(
          lock,
          """
          lock-version = "1.0"
          created-by = "test"
          dependency-groups = ["dev"]
          [[packages]]
          name = "good"
          version = "1.0"
          [[packages]]
          name = "winonly"
          version = "1.0"
          marker = "sys_platform == 'win32'"
          [[packages]]
          name = "qualitygate"
          version = "1.0"
          marker = "'dev' in dependency_groups"
          """);

      CliRun linux = check("--target", "sys_platform=linux", "-r", lock.toString());
      assertThat(linux.exit()).isZero();
      assertThat(linux.out()).contains("qualitygate 1.0").doesNotContain("winonly 1.0", "REJECT");
      CliRun windows = check("--target", "sys_platform=win32", "-r", lock.toString());
      assertThat(windows.exit()).isEqualTo(3);
      assertThat(windows.out()).contains("REJECT            winonly");
    }

    @Test
    void aRequirementsFileIsWalkedButALockFileIsTakenAsComplete() throws Exception {
      mirror.wellKept("app", "1.0", OLD).requiring("app", "fresh");
      Path project = Files.createDirectories(dir.resolve("project"));
      Files.writeString(project.resolve("requirements.txt"), "app==1.0\n");
      Files.writeString(
          project.resolve("pylock.toml"),
          """
          lock-version = "1.0"
          created-by = "test"
          [[packages]]
          name = "app"
          version = "1.0"
          index = "https://pypi.org/simple"
          """);

      assertThat(check("-r", project.resolve("requirements.txt").toString()).out())
          .contains("depends on fresh 0.1 (app \u2192 fresh)");
      assertThat(check("-r", project.resolve("pylock.toml").toString()).out())
          .contains("app 1.0")
          .doesNotContain("fresh");
    }
  }

  @Nested
  class LocalFiles {

    @Test
    void aLocalWheelIsJudgedByWhatItHolds() throws Exception {
      Path clean =
          Files.write(
              dir.resolve("good-1.0-py3-none-any.whl"), DemoFiles.wheel("good", "1.0", List.of()));
      Path hooked =
          Files.write(
              dir.resolve("hooked-1.0-py3-none-any.whl"),
              DemoFiles.wheel(
                  "hooked",
                  "1.0",
                  List.of(),
                  Map.of(
                      "hooked.pth",
                      "import os, base64; exec(base64.b64decode('cHJpbnQoMSk='))\n")));

      CliRun run = CliRun.of("check", "--offline", clean.toString(), hooked.toString());

      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.out())
          .contains(
              "REJECT            hooked 1.0",
              "    CRITICAL  content             executes decoded data (a hidden payload):"
                  + " hooked.pth:1: import os, base64; exec(base64.b64decode('cHJpbnQoMSk='))",
              "    HIGH      content             a .pth file runs code at every Python start-up:"
                  + " hooked.pth:1:");
      assertThat(run.out()).contains("good 1.0").doesNotContain("CRITICAL  download");
    }

    @Test
    void aLocalCondaPackageIsJudgedByWhatItHolds() throws Exception {
      Path conda =
          Files.write(
              dir.resolve("hooked-1.0-py_0.conda"),
              DemoFiles.conda(
                  "hooked",
                  "1.0",
                  Map.of(
                      "lib/python3.12/site-packages/hooked.pth",
                      "import os, base64; exec(base64.b64decode('cHJpbnQoMSk='))\n")));

      CliRun run = CliRun.of("check", "--offline", conda.toString());

      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.out())
          .contains(
              "REJECT            hooked 1.0",
              "    CRITICAL  content             executes decoded data (a hidden payload):"
                  + " lib/python3.12/site-packages/hooked.pth:1:");
    }

    @Test
    void aMissingFileIsAUsageError() {
      CliRun run = CliRun.of("check", "--offline", dir.resolve("gone-1.0.tar.gz").toString());

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).contains("gone-1.0.tar.gz': no such file");
    }
  }

  @Nested
  class JsonOutput {

    @Test
    void printsOneDocumentWithTheContractsFields() throws Exception {
      CliRun run = check("--format", "json", "good", "bare");
      assertThat(run.exit()).isEqualTo(1);
      JsonNode root = new ObjectMapper().readTree(run.out());
      assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
      JsonNode good = root.get("verdicts").get(0);
      assertThat(good.get("ecosystem").asText()).isEqualTo("pypi");
      assertThat(good.get("name").asText()).isEqualTo("good");
      assertThat(good.get("version").asText()).isEqualTo("1.0");
      assertThat(good.get("decision").asText()).isEqualTo("ALLOW");
      assertThat(good.get("risk").asText()).as("download counts unknown: LOW").isEqualTo("LOW");
      assertThat(good.get("complete").booleanValue()).isTrue();
      assertThat(good.get("artifacts"))
          .as("exactly the file judged")
          .singleElement()
          .satisfies(
              a ->
                  assertThat(a.get("sha256").asText())
                      .isEqualTo(mirror.sha256("good", "good-1.0-py3-none-any.whl")));
      assertThat(good.get("findings"))
          .extracting(f -> f.get("rule").asText() + ":" + f.get("level").asText())
          .containsExactlyInAnyOrder("popularity:LOW", "license:NONE", "vulnerabilities:NONE");
      assertThat(good.get("dependencies")).isEmpty();
      JsonNode finding = root.get("verdicts").get(1).get("findings").get(0);
      for (String field :
          new String[] {"rule", "level", "category", "message", "evidence", "remediation"}) {
        assertThat(finding.has(field)).as(field).isTrue();
      }
    }
  }

  @Nested
  class RequirementsFiles {

    private Path requirements(String text) throws java.io.IOException {
      Path file = dir.resolve("project").resolve("requirements.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return file;
    }

    @Test
    void severalFilesGiveOneVerdictEachAsAPreCommitHookPassesThem() throws Exception {
      Path first = requirements("good==1.0\n");
      Path second = dir.resolve("project").resolve("pyproject.toml");
      Files.writeString(second, "[project]\nname = \"app\"\ndependencies = [\"bare==0.3\"]\n");
      CliRun run = check("--quiet", "-r", first.toString(), second.toString());
      assertThat(run.out())
          .contains("environment requirements.txt", "ALLOW             good 1.0")
          .contains("REVIEW            environment pyproject.toml", "REVIEW            bare 0.3");
      assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void anEnvironmentOfPinnedAllowedPackagesIsAllowed() throws Exception {
      CliRun run =
          check(
              "-r",
              requirements(
                      "good==1.0 --hash=sha256:"
                          + mirror.sha256("good", "good-1.0-py3-none-any.whl")
                          + "\n")
                  .toString());
      assertThat(run.exit()).isZero();
      assertThat(run.out())
          .startsWith("ALLOW             environment requirements.txt")
          .contains("ALLOW             good 1.0", "1 package: 1 allowed");
    }

    @Test
    void theEnvironmentSaysWhatPipWouldDoThatWasNotChecked() throws Exception {
      CliRun run =
          check(
              "-r",
              requirements(
                      """
          --extra-index-url https://user:pw@internal.example/simple
          good==1.0 --hash=sha256:%s
          bare
          -e ./src/app
          """
                          .formatted("ab".repeat(32)))
                  .toString());
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out())
          .contains(
              "requirements.txt:1:1: --extra-index-url https://***@internal.example/simple: pip"
                  + " takes each package from whichever index offers the highest version, which"
                  + " is how dependency confusion works",
              "requirements.txt:2:1: the hashes pinned for good 1.0 match none of the files judged"
                  + " (good-1.0-py3-none-any.whl)",
              "requirements.txt:3:1: bare is not pinned to one version (==)",
              "requirements.txt:4:1: editable requirement './src/app' is not vetted")
          .doesNotContain("user:pw");
    }

    @Test
    void aPinThatContradictsAConstraintIsAConflict() throws Exception {
      Path file = requirements("-c constraints.txt\ngood==1.0\n");
      Files.writeString(file.resolveSibling("constraints.txt"), "good<1.0\n");
      CliRun run = check("-r", file.toString());
      assertThat(run.out())
          .contains(
              "good==1.0 contradicts the constraint <1.0 at"
                  + " constraints.txt:1:1: pip cannot install both");
    }

    @Test
    void jsonCarriesTheEnvironmentVerdictWithItsPackagesBelowIt() throws Exception {
      CliRun run =
          check("--format", "json", "-r", requirements("good==1.0\nbare==0.3\n").toString());
      JsonNode environment = new ObjectMapper().readTree(run.out()).get("verdicts").get(0);
      assertThat(environment.get("name").asText()).isEqualTo("requirements.txt");
      assertThat(environment.get("decision").asText()).isEqualTo("REVIEW");
      assertThat(environment.get("dependencies"))
          .extracting(d -> d.get("name").asText())
          .containsExactly("good", "bare");
    }

    @Test
    void aBrokenRequirementsFileIsAUsageErrorNamingLineAndColumn() throws Exception {
      CliRun run =
          CliRun.of(
              "check",
              "--offline",
              "--index",
              mirror.root().toString(),
              "-r",
              requirements("good==1.0\n--index https://x.example\n").toString());
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).contains("requirements.txt:2:1: unknown option --index");
      CliRun outside =
          CliRun.of(
              "check",
              "--offline",
              "--index",
              mirror.root().toString(),
              "-r",
              requirements("-r ../../secrets.txt\n").toString());
      assertThat(outside.exit()).isEqualTo(2);
      assertThat(outside.err()).contains("it leaves the project directory");
    }

    @Test
    void aLockFileIsCheckedAtItsExactVersionsWithItsHashes() throws Exception {
      Path lock = dir.resolve("project").resolve("uv.lock");
      Files.createDirectories(lock.getParent());
      Files.writeString(
          lock,
          """
          version = 1
          revision = 3

          [[package]]
          name = "good"
          version = "1.0"
          source = { registry = "https://pypi.org/simple" }
          sdist = { url = "https://files.pythonhosted.org/good-1.0.tar.gz", hash = "sha256:%s" }
          wheels = [{ url = "https://files.pythonhosted.org/good-1.0-py3-none-any.whl", hash = "sha256:%s" }]

          [[package]]
          name = "tool"
          version = "0.1"
          source = { git = "https://github.com/example/tool?rev=v0.1#0123abc" }
          """
              .formatted("0f".repeat(32), mirror.sha256("good", "good-1.0-py3-none-any.whl")));
      CliRun run = check("-r", lock.toString());
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out())
          .contains(
              "ALLOW             good 1.0",
              "uv.lock:11:1: vcs package tool (https://github.com/example/tool?rev=v0.1#0123abc) is"
                  + " not vetted",
              // the lock names pypi.org; this run checked the test's mirror instead, and says so
              "uv.lock:4:1: the locked index https://pypi.org/simple is not an index of the policy")
          .doesNotContain("match none of its files");
      Files.writeString(lock, "version = 1\n[[package]]\nname = \"good\"\nversion = ");
      CliRun broken = check("-r", lock.toString());
      assertThat(broken.exit()).isEqualTo(2);
      assertThat(broken.err()).contains("uv.lock:4:").contains("not valid TOML");
    }

    @Test
    void linesWhoseMarkerIsFalseForTheTargetAreNotChecked() throws Exception {
      Path file = requirements("good==1.0\nbare==0.3; sys_platform == \"win32\"\n");
      CliRun linux = check("--target", "sys_platform=linux", "-r", file.toString());
      assertThat(linux.exit()).isZero();
      assertThat(linux.out()).contains("1 package: 1 allowed").doesNotContain("bare 0.3");
      CliRun windows = check("--target", "sys_platform=win32", "-r", file.toString());
      assertThat(windows.out()).contains("REVIEW            bare 0.3");
      CliRun bad = check("--target", "sys_platfrom=win32", "-r", file.toString());
      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.err()).contains("--target sys_platfrom=win32: write NAME=VALUE");
    }

    @Test
    void packagesAndAFileTogetherOrNeitherAreUsageErrors() throws Exception {
      assertThat(CliRun.of("check", "-r", requirements("good\n").toString(), "good").exit())
          .isEqualTo(2);
      assertThat(CliRun.of("check", "--offline").exit()).isEqualTo(2);
    }
  }

  @Nested
  class HostileInput {

    @Test
    void aTenThousandCharacterNameIsRejectedWithAShortReport() {
      CliRun run = check("a".repeat(10_000));
      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.out()).contains("no real project name is that long");
      assertThat(run.out().length()).isLessThan(2_000);
    }

    @Test
    void escapeSequencesAndConfusablesInSpecsAreShownNotObeyed() {
      CliRun ansi = check("evil\u001b[2J\u001b]0;owned\u0007");
      assertThat(ansi.exit()).isEqualTo(2);
      assertThat(ansi.err()).contains("\\u001b[2J", "control character U+001B");
      CliRun cyrillic = check("r\u0435quests");
      assertThat(cyrillic.exit()).isEqualTo(2);
      assertThat(cyrillic.err()).contains("U+0435 (CYRILLIC SMALL LETTER IE) at position 2");
      CliRun bidi = check("good\u202Egnp.exe");
      assertThat(bidi.exit()).isEqualTo(2);
      assertThat(bidi.err()).contains("\\u202e").doesNotContain("\u202E");
      assertThat(check("two words").err()).contains("give each package as its own argument");
    }

    @Test
    void escapeSequencesInIndexMetadataAreShownNotObeyed() throws Exception {
      mirror.project(
          "tricky",
          "1.0",
          OLD,
          Map.of(
              "author",
              "\u001b[31mx",
              "license",
              "MIT",
              "summary",
              "\u202Eevil summary text",
              "description",
              "d"),
          "tricky-1.0-py3-none-any.whl",
          "bdist_wheel",
          "payload\u001b[2J.exe",
          "bdist_wininst");
      CliRun text = check("tricky");
      assertThat(text.exit()).isEqualTo(1);
      assertThat(text.out()).contains("payload\\u001b[2J.exe");
      CliRun json = check("--format", "json", "tricky");
      assertThat(json.out()).contains("payload\\u001B[2J.exe");
      assertThat(
              new ObjectMapper()
                  .readTree(json.out())
                  .at("/verdicts/0/findings/0/evidence/file")
                  .asText())
          .isEqualTo("payload\u001b[2J.exe");
    }

    @Test
    void anIndexThatFailsRejectsWithTheReason(@TempDir Path empty) throws Exception {
      Path broken = mirror.root().resolve("broken");
      Files.createDirectories(broken);
      Files.writeString(broken.resolve("json"), "{\"info\": {\"name\": \"broken\", \"vers");
      CliRun run = check("broken");
      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.out()).contains("invalid or truncated JSON");
    }
  }

  @Nested
  class Configuration {

    @Test
    void aBadPolicyIsAUsageErrorNamingFileLineAndKey() throws Exception {
      Path policy = dir.resolve("policy.toml");
      Files.writeString(policy, "[rules.package-age]\nhigh-below-days = \"soon\"\n");
      CliRun run = check("--policy", policy.toString(), "good");
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err())
          .contains(
              policy
                  + ":2: rules.package-age.high-below-days: expected a"
                  + " whole number, found the string \"soon\"");
      Files.writeString(policy, "[limits\n");
      assertThat(check("--policy", policy.toString(), "good").err()).contains("invalid TOML");
      Files.writeString(policy, "[limitz]\n");
      assertThat(check("--policy", policy.toString(), "good").err()).contains("unknown key");
      assertThat(check("--policy", dir.resolve("nope.toml").toString(), "good").err())
          .contains("no such file");
    }

    @Test
    void aPolicyPauseRejectsEverything() throws Exception {
      Path policy = dir.resolve("policy.toml");
      Files.writeString(policy, "[pause]\nactive = true\nreason = \"incident 12\"\n");
      CliRun run = check("--policy", policy.toString(), "good");
      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.out()).contains("installations are paused: incident 12");
    }

    @Test
    void indexesMustBeHttpsALoopbackAddressOrAMirrorDirectory() {
      CliRun http = CliRun.of("check", "--index", "http://pypi.corp.example/pypi", "good");
      assertThat(http.exit()).isEqualTo(2);
      assertThat(http.err()).contains("plain http is accepted only for loopback addresses");
      CliRun missing = CliRun.of("check", "--index", dir.resolve("nowhere").toString(), "good");
      assertThat(missing.exit()).isEqualTo(2);
      assertThat(missing.err()).contains("no such directory");
      assertThat(
              CliRun.of(
                      "check",
                      "--offline",
                      "--advisory-db",
                      advisories().toString(),
                      "--index",
                      mirror.root().toUri().toString(),
                      "good")
                  .exit())
          .isZero();
    }

    @Test
    void credentialsInAnIndexUrlAreRefusedWithTheRealReasonAndNotRepeated() {
      for (String url :
          List.of(
              "file://user:pw@host/srv/mirror",
              "http://u:pw@127.0.0.1/pypi",
              "https://u:pw@pypi.corp.example/pypi")) {
        CliRun run = CliRun.of("check", "--index", url, "good");
        assertThat(run.exit()).as(url).isEqualTo(2);
        assertThat(run.err())
            .as(url)
            .contains("credentials in the URL are not accepted", "PKGGUARD_INDEX_TOKEN")
            .doesNotContain("pw@", "internal error");
        assertThat(run.isClean()).isTrue();
      }
    }

    @Test
    void offlineNeverContactsTheNetwork() {
      CliRun run = CliRun.of("check", "--offline", "requests");
      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.out()).contains("offline mode: not contacting pypi.org");
      assertThat(
              CliRun.of(
                      "check",
                      "--offline",
                      "--advisory-db",
                      advisories().toString(),
                      "--index",
                      mirror.root().toString(),
                      "good")
                  .exit())
          .isZero();
    }

    @Test
    void offlineWithoutAnAdvisoryDatabaseSaysVulnerabilitiesWereNotChecked() {
      CliRun run = CliRun.of("check", "--offline", "--index", mirror.root().toString(), "good");
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out()).contains("no advisory database was consulted");
    }

    @Test
    void aDirectoryOfRecordsServesAsTheAdvisoryDatabase() throws Exception {
      Path records = Files.createDirectories(dir.resolve("vulns/oldlib"));
      Files.writeString(
          records.resolve("PYSEC-2099-1.json"),
          DemoMirror.vulnerability(
              "PYSEC-2099-1",
              "oldlib",
              "0",
              "2.1",
              "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
      mirror.wellKept("oldlib", "2.0", OLD);
      CliRun run =
          CliRun.of(
              "check",
              "--offline",
              "--advisory-db",
              dir.resolve("vulns").toString(),
              "--index",
              mirror.root().toString(),
              "oldlib");
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out()).contains("PYSEC-2099-1");
    }

    @Test
    void aMissingAdvisoryDatabaseIsAUsageError() {
      CliRun run =
          CliRun.of(
              "check",
              "--offline",
              "--advisory-db",
              dir.resolve("none.zip").toString(),
              "--index",
              mirror.root().toString(),
              "good");
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).contains("--advisory-db", "no such file or directory");
    }

    @Test
    void aKnownVulnerabilityNamesItsSeverityAndTheFix() {
      mirror.wellKept("oldlib", "2.0", OLD);
      CliRun run = check("oldlib");
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out())
          .contains(
              "SPECIAL_APPROVAL  oldlib 2.0",
              "PYSEC-2099-1: Remote code"
                  + " execution in oldlib [critical, CVSS 3.1 base 9.8]; fixed in 2.1",
              "upgrade to 2.1 or later");
    }
  }

  @Nested
  class HostileIndexDocuments {

    @Test
    void aSpecWithAMarkerNestedThousandsDeepIsAUsageErrorNotACrash() {
      String marker = "(".repeat(3000) + "python_version >= \"3\"" + ")".repeat(3000);
      CliRun run = check("good; " + marker);
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).contains("nests parentheses more than 32 deep");
    }

    @Test
    void oneDependencyWithHostileRequirementsRejectsOnlyWhatPullsItIn() throws Exception {
      mirror
          .wellKept("deep", "1.0", OLD)
          .requiring(
              "deep", "six; " + "(".repeat(3000) + "python_version >= \"3\"" + ")".repeat(3000));
      mirror.wellKept("long", "1.0", OLD).requiring("long", "six==" + "1.0".repeat(1000));
      CliRun run = check("--format", "json", "good", "deep", "long");

      assertThat(run.exit()).isEqualTo(3);
      JsonNode verdicts = new ObjectMapper().readTree(run.out()).get("verdicts");
      assertThat(verdicts).hasSize(3);
      assertThat(verdicts.get(0).get("decision").asText()).isEqualTo("ALLOW");
      assertThat(verdicts.get(1).get("decision").asText()).isEqualTo("REJECT");
      assertThat(verdicts.get(1).toString()).contains("nests parentheses more than 32 deep");
      assertThat(verdicts.get(2).get("decision").asText()).isEqualTo("REJECT");
      assertThat(verdicts.get(2).toString()).contains("longer than the 256 pkgguard reads");
    }
  }

  @Nested
  class NetworkIndex {

    @RegisterExtension
    static WireMockExtension index =
        WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void aServerErrorRejectsAndSaysSo() {
      index.stubFor(get(urlPathMatching("/pypi/.*")).willReturn(aResponse().withStatus(503)));
      CliRun run = CliRun.of("check", "--index", index.baseUrl() + "/pypi", "good");
      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.out()).contains("answered HTTP 503", "try again later");
    }

    @Test
    void anIndexThatNeverAnswersDoesNotHangTheCommand() throws Exception {
      index.stubFor(
          get(urlPathMatching("/pypi/.*")).willReturn(aResponse().withFixedDelay(30_000)));
      Path policy = dir.resolve("policy.toml");
      Files.writeString(policy, "[limits]\nfetch-timeout-ms = 500\n");
      CliRun run =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () ->
                  CliRun.of(
                      "check",
                      "--policy",
                      policy.toString(),
                      "--index",
                      index.baseUrl() + "/pypi",
                      "good"));
      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.out()).contains("no complete answer");
    }

    @Test
    void oneHangingHostCostsOneDeadlineNotOnePerPackage() throws Exception {
      index.stubFor(
          get(urlPathMatching("/pypi/.*")).willReturn(aResponse().withFixedDelay(30_000)));
      Path policy = dir.resolve("policy.toml");
      Files.writeString(policy, "[limits]\nfetch-timeout-ms = 1000\n");
      String[] args = new String[200 + 6];
      args[0] = "check";
      args[1] = "--policy";
      args[2] = policy.toString();
      args[3] = "--index";
      args[4] = index.baseUrl() + "/pypi";
      args[5] = "--no-deps";
      for (int i = 0; i < 200; i++) {
        args[6 + i] = "pkg" + i;
      }
      CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of(args));

      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.out())
          .contains(
              "200 packages: 0 allowed, 0 to review, 0 needing special"
                  + " approval, 200 rejected");
      assertThat(run.out()).contains("is not asked for", "an earlier request to it timed out");
      // Only the first requests, in flight together, waited out the deadline: as many as the
      // packages judged at once (16), since a loopback host is not limited per host.
      assertThat(index.getAllServeEvents()).hasSizeLessThanOrEqualTo(32);
    }
  }
}
