package io.pkgguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administration commands end to end, on an embedded store in a temporary directory: approve,
 * approvals, pause and resume, log and stats, as a user (alice) and an administrator (root-ops).
 */
class AdministrationCommandsTest {

  private static final Instant OLD = Instant.now().minus(Duration.ofDays(200));
  private static final String USER = "alice";
  private static final String ADMIN = "root-ops";

  @TempDir Path dir;
  private DemoMirror mirror;
  private Path policy;
  private Path advisories;

  /** Questions the prompt was asked; its answers. */
  private final List<String> asked = new ArrayList<>();

  private Optional<Boolean> answer = Optional.empty();

  @BeforeEach
  void setUp() throws Exception {
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
    advisories =
        DemoMirror.advisories(
            dir.resolve("advisories.zip"),
            DemoMirror.vulnerability(
                "PYSEC-2099-1",
                "oldlib",
                "0",
                "2.1",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
    policy = dir.resolve("policy.toml");
    Files.writeString(
        policy,
        """
        [store]
        type = "sqlite"
        path = "%s"

        [approvals]
        administrators = ["%s"]
        """
            .formatted(dir.resolve("state").toString().replace("\\", "\\\\"), ADMIN));
  }

  private CliContext as(String user) {
    return new CliContext(
        Map.of("PKGGUARD_PYTHON_PROBE", "off"),
        user,
        question -> {
          asked.add(question);
          return answer;
        });
  }

  /** A command that evaluates (check, approve), against the mirror, offline. */
  private CliRun evaluating(String user, String command, String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                command,
                "--policy",
                policy.toString(),
                "--index",
                mirror.root().toString(),
                "--offline",
                "--advisory-db",
                advisories.toString()));
    all.addAll(List.of(args));
    return clean(CliRun.in(as(user), all.toArray(String[]::new)));
  }

  /** A command on the store only. */
  private CliRun administering(String user, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--policy");
    all.add(policy.toString());
    return clean(CliRun.in(as(user), all.toArray(String[]::new)));
  }

  private static CliRun clean(CliRun run) {
    assertThat(run.isClean())
        .as("no stack trace or control character in:%n%s%s", run.out(), run.err())
        .isTrue();
    return run;
  }

  @Nested
  class Approve {

    @Test
    void aUsersApprovalOfAReviewLetsCheckAllowIt() {
      CliRun approve =
          evaluating(USER, "approve", "bare", "--reason", "vetted the helpers", "--yes");

      assertThat(approve.exit()).isZero();
      assertThat(approve.out())
          .contains(
              "REVIEW            bare 0.3",
              "bare 0.3 REVIEW approved by alice until ",
              "): vetted the helpers",
              "The approval id is ");

      CliRun check = evaluating(USER, "check", "bare");
      assertThat(check.exit()).isZero();
      assertThat(check.out())
          .contains(
              "REVIEW            bare 0.3",
              "    approved by alice until ",
              // The spelled-out summary would pass 80 columns with the approval: shortened.
              "1 package: 1 allowed (1 approved), 0 review, 0 special, 0 rejected")
          .doesNotContain("next:");
    }

    @Test
    void anApprovalHoldsUntilTheDateGivenAndNoLonger() {
      CliRun approve =
          evaluating(USER, "approve", "bare", "--reason", "ok", "--yes", "--until", "2d");
      assertThat(approve.exit()).isZero();

      CliRun tooLong =
          evaluating(USER, "approve", "bare", "--reason", "ok", "--yes", "--until", "400d");
      assertThat(tooLong.exit()).isEqualTo(2);
      assertThat(tooLong.err()).contains("an approval holds at most 90 days");
      CliRun past =
          evaluating(USER, "approve", "bare", "--reason", "ok", "--yes", "--until", "2020-01-01");
      assertThat(past.exit()).isEqualTo(2);
      assertThat(past.err()).contains("would have expired already");
      CliRun nonsense =
          evaluating(USER, "approve", "bare", "--reason", "ok", "--yes", "--until", "next tuesday");
      assertThat(nonsense.exit()).isEqualTo(2);
      assertThat(nonsense.err()).contains("'next tuesday' is not a time: give a date");
    }

    @Test
    void onATerminalItAsksAndANoApprovesNothing() {
      answer = Optional.of(false);
      CliRun declined = evaluating(USER, "approve", "bare", "--reason", "ok");

      assertThat(declined.exit()).isEqualTo(1);
      assertThat(declined.out()).contains("Nothing was approved.");
      assertThat(asked)
          .singleElement()
          .asString()
          .isEqualTo("Approve bare 0.3 (REVIEW, 3 findings) as alice?");
      assertThat(evaluating(USER, "check", "bare").exit()).isEqualTo(1);

      answer = Optional.of(true);
      assertThat(evaluating(USER, "approve", "bare", "--reason", "ok").exit()).isZero();
      assertThat(evaluating(USER, "check", "bare").exit()).isZero();
    }

    @Test
    void withoutATerminalItNeedsYes() {
      CliRun run = evaluating(USER, "approve", "bare", "--reason", "ok");

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err())
          .contains(
              "an approval needs a confirmation: run approve in a" + " terminal, or pass --yes");
      assertThat(administering(USER, "approvals", "list", "--all").out())
          .isEqualTo("No approvals.\n");
    }

    @Test
    void onlyAnAdministratorMayGiveSpecialApprovalAndIsNotAskedInVain() {
      answer = Optional.of(true);
      CliRun user = evaluating(USER, "approve", "fresh", "--reason", "needed");

      assertThat(user.exit()).isEqualTo(2);
      assertThat(user.err())
          .contains(
              "fresh needs special approval, which only an"
                  + " administrator named in the policy's [approvals] administrators may give; alice"
                  + " is not one");
      assertThat(asked).isEmpty();

      assertThat(evaluating(ADMIN, "approve", "fresh", "--reason", "audited the code").exit())
          .isZero();
      CliRun check = evaluating(USER, "check", "fresh");
      assertThat(check.exit()).isZero();
      assertThat(check.out()).contains("SPECIAL_APPROVAL  fresh 0.1", "approved by root-ops until");
    }

    @Test
    void aRejectionIsNeverApprovableAndAnAllowNeedsNothing() {
      CliRun rejected = evaluating(ADMIN, "approve", "reqeusts", "--reason", "trust me", "--yes");
      assertThat(rejected.exit()).isEqualTo(3);
      assertThat(rejected.err()).contains("is rejected, and a rejection is never approvable");

      CliRun allowed = evaluating(USER, "approve", "good", "--reason", "fine", "--yes");
      assertThat(allowed.exit()).isZero();
      assertThat(allowed.out()).contains("Nothing to approve: good 1.0 is allowed.");
      assertThat(administering(USER, "approvals", "list", "--all").out())
          .isEqualTo("No approvals.\n");
    }

    @Test
    void anApprovalDoesNotCarryOverToAnotherPolicy() throws Exception {
      evaluating(USER, "approve", "bare", "--reason", "ok", "--yes");
      Files.writeString(
          policy,
          Files.readString(policy) + "\n[rules.metadata-quality]\n" + "combined-high = 4\n");

      CliRun check = evaluating(USER, "check", "bare");

      assertThat(check.exit()).isEqualTo(1);
      assertThat(check.out()).contains("does not apply: it was given under another policy");
    }

    @Test
    void anEnvironmentIsAllowedWhenEveryPackageThatNeedsItIsApproved() throws Exception {
      Path requirements = dir.resolve("requirements.txt");
      Files.writeString(requirements, "good==1.0\nbare==0.3\n");
      assertThat(evaluating(USER, "check", "-r", requirements.toString()).exit()).isEqualTo(1);

      evaluating(USER, "approve", "bare==0.3", "--reason", "ok", "--yes");
      CliRun check = evaluating(USER, "check", "-r", requirements.toString());

      assertThat(check.exit()).isZero();
      assertThat(check.out()).contains("bare 0.3: REVIEW, approved by alice");
    }
  }

  @Nested
  class Approvals {

    @Test
    void listShowsWhatStandsAndRevokeWithdrawsIt() {
      evaluating(USER, "approve", "bare", "--reason", "vetted", "--yes");
      CliRun list = administering(USER, "approvals", "list");
      assertThat(list.exit()).isZero();
      assertThat(list.out())
          .contains("ID", "PACKAGE", "bare 0.3", "REVIEW", "alice", "stands", "vetted");
      String id = list.out().lines().skip(1).findFirst().orElseThrow().substring(0, 8);

      CliRun stranger = administering("mallory", "approvals", "revoke", id, "--reason", "x");
      assertThat(stranger.exit()).isEqualTo(2);
      assertThat(stranger.err())
          .contains("only alice, who gave it, or an administrator may" + " withdraw");

      CliRun revoke =
          administering(USER, "approvals", "revoke", id, "--reason", "changed my" + " mind");
      assertThat(revoke.exit()).isZero();
      assertThat(revoke.out()).contains("Revoked approval " + id, "of bare 0.3");

      assertThat(administering(USER, "approvals", "list").out())
          .startsWith("No approval" + " stands");
      assertThat(administering(USER, "approvals", "list", "--all").out())
          .contains("revoked by alice");
      CliRun check = evaluating(USER, "check", "bare");
      assertThat(check.exit()).isEqualTo(1);
      assertThat(check.out()).contains("does not apply: revoked by alice");
    }

    @Test
    void listAsJsonCarriesWhatTheApprovalBinds() throws Exception {
      evaluating(USER, "approve", "bare", "--reason", "vetted", "--yes");

      JsonNode approval =
          new ObjectMapper()
              .readTree(administering(USER, "approvals", "list", "--format", "json").out())
              .get("approvals")
              .get(0);

      assertThat(approval.get("name").asText()).isEqualTo("bare");
      assertThat(approval.get("artifacts").get(0).asText())
          .isEqualTo(mirror.sha256("bare", "bare-0.3-py3-none-any.whl"));
      assertThat(approval.get("findings").get(0).get("ruleId").asText())
          .isEqualTo("metadata-quality");
      assertThat(approval.get("stands").asBoolean()).isTrue();
    }

    @Test
    void anUnknownOrAmbiguousIdIsSaidSo() {
      CliRun run = administering(USER, "approvals", "revoke", "deadbeef", "--reason", "x");
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).contains("no approval has the id deadbeef");
    }
  }

  @Nested
  class Pause {

    @Test
    void anAdministratorsPauseRejectsEveryPackageUntilResumed() {
      CliRun user = administering(USER, "pause", "--reason", "no");
      assertThat(user.exit()).isEqualTo(2);
      assertThat(user.err()).contains("alice is not one");

      CliRun pause = administering(ADMIN, "pause", "--reason", "compromised mirror");
      assertThat(pause.exit()).isZero();
      assertThat(pause.out())
          .contains("Installations are paused since", "by root-ops:" + " compromised mirror");

      CliRun check = evaluating(USER, "check", "good");
      assertThat(check.exit()).isEqualTo(3);
      assertThat(check.out()).contains("REJECT            good", "compromised mirror");
      CliRun status = administering(USER, "pause");
      assertThat(status.exit()).isEqualTo(1);
      assertThat(status.out()).contains("compromised mirror");

      assertThat(administering(USER, "resume").exit()).isEqualTo(2);
      assertThat(administering(ADMIN, "resume").exit()).isZero();
      assertThat(evaluating(USER, "check", "good").exit()).isZero();
      assertThat(administering(USER, "pause").out())
          .startsWith("Installations are not paused" + " (resumed by root-ops");
    }
  }

  @Nested
  class Log {

    @Test
    void everyActionIsARecordAndTheChainVerifies() {
      evaluating(USER, "check", "good", "bare");
      evaluating(USER, "approve", "bare", "--reason", "ok", "--yes");
      administering(ADMIN, "pause", "--reason", "drill");
      administering(ADMIN, "resume");

      CliRun show = administering(USER, "log", "show");
      assertThat(show.exit()).isZero();
      assertThat(show.out().lines()).hasSize(6);
      assertThat(show.out())
          .contains(
              "EVALUATION",
              "alice@",
              "pypi:good 1.0",
              "APPROVAL ",
              "approved REVIEW: ok",
              "PAUSE",
              "paused all installations: drill",
              "RESUME");
      assertThat(
              administering(USER, "log", "show", "--package", "Bare", "--kind", "APPROVAL")
                  .out()
                  .lines())
          .hasSize(1);

      CliRun verify = administering(USER, "log", "verify");
      assertThat(verify.exit()).isZero();
      assertThat(verify.out())
          .startsWith("The chain of the audit log is whole: 6 records," + " last hash ");
    }

    @Test
    void anExportVerifiesAndAnyChangeToItIsFound() throws Exception {
      evaluating(USER, "check", "good", "bare", "fresh");
      Path export = dir.resolve("audit.jsonl");
      Files.writeString(export, administering(USER, "log", "show", "--format", "jsonl").out());
      assertThat(administering(USER, "log", "verify", export.toString()).out())
          .contains("is whole: 3 records");

      List<String> lines = Files.readAllLines(export);
      Path altered = dir.resolve("altered.jsonl");
      Files.write(
          altered, List.of(lines.get(0), lines.get(1).replace("REVIEW", "ALLOW"), lines.get(2)));
      CliRun changed = administering(USER, "log", "verify", altered.toString());
      assertThat(changed.exit()).isEqualTo(3);
      assertThat(changed.err())
          .contains("is broken at record 2: its content does not match" + " its hash");

      Path cut = dir.resolve("cut.jsonl");
      Files.write(cut, lines.subList(1, 3));
      assertThat(administering(USER, "log", "verify", cut.toString()).err())
          .contains("broken at record 1: the log starts at record 2");
      CliRun partial = administering(USER, "log", "verify", "--partial", cut.toString());
      assertThat(partial.exit()).isZero();
      assertThat(partial.out()).contains("Checking from record 2", "is whole: 2 records");

      Path swapped = dir.resolve("swapped.jsonl");
      Files.write(swapped, List.of(lines.get(0), lines.get(2), lines.get(1)));
      assertThat(administering(USER, "log", "verify", swapped.toString()).err())
          .contains("broken at record 2");
    }

    @Test
    void aDamagedExportIsNamedByLine() throws Exception {
      Path garbage = dir.resolve("garbage.jsonl");
      Files.writeString(garbage, "{\"sequence\":1}\n");
      CliRun run = administering(USER, "log", "verify", garbage.toString());
      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.err()).contains("line 1: not an audit record: it has no time");

      Files.write(garbage, new byte[] {'{', (byte) 0xff, '}', '\n'});
      assertThat(administering(USER, "log", "verify", garbage.toString()).err())
          .contains("not UTF-8 text");

      Files.writeString(garbage, "x".repeat(2 << 20));
      assertThat(administering(USER, "log", "verify", garbage.toString()).err())
          .contains("line 1: longer than 1 MiB");

      Files.writeString(garbage, "");
      assertThat(administering(USER, "log", "verify", garbage.toString()).out())
          .contains("is whole: 0 records");
      assertThat(administering(USER, "log", "verify", dir.resolve("nope").toString()).exit())
          .isEqualTo(2);
    }
  }

  @Nested
  class Stats {

    @Test
    void theFiguresComeFromTheLogInEveryFormat() throws Exception {
      evaluating(USER, "check", "good", "bare", "fresh", "reqeusts");
      evaluating(USER, "approve", "bare", "--reason", "ok", "--yes");
      evaluating(USER, "check", "bare");

      CliRun text = administering(USER, "stats");
      assertThat(text.exit()).isZero();
      assertThat(text.out())
          .contains("Installations are not paused.")
          .containsPattern("evaluations\\s+6")
          .containsPattern("REJECT\\s+1\\s+16.7%")
          .containsPattern("user approval rate\\s+25.0%\\s+\\(1 of 4 that needed one\\)")
          .contains("(target: legitimate packages under 5.0%")
          .contains("(target: 99.90%; 0 of 0)");

      JsonNode json =
          new ObjectMapper().readTree(administering(USER, "stats", "--format", "json").out());
      assertThat(json.get("evaluations").asLong()).isEqualTo(6);
      assertThat(json.get("decisions").get("REVIEW").asLong()).isEqualTo(3);
      assertThat(json.get("effectiveDecisions").get("ALLOW").asLong()).isEqualTo(2);
      assertThat(json.get("approvalsGiven").asLong()).isEqualTo(1);

      String metrics = administering(USER, "stats", "--format", "openmetrics").out();
      assertThat(metrics)
          .contains("pkgguard_evaluations_total{decision=\"reject\"} 1")
          .endsWith("# EOF\n");

      Path page = dir.resolve("stats.html");
      CliRun html = administering(USER, "stats", "--format", "html", "--output", page.toString());
      assertThat(html.exit()).isZero();
      String document = Files.readString(page, StandardCharsets.UTF_8);
      assertThat(document)
          .startsWith("<!DOCTYPE html>")
          .contains("<svg", "Verdict mix", "Evaluations per day", "target ≥ 99.90%")
          .doesNotContain("<script", "http://", "https://");
    }

    @Test
    void thePageEscapesWhatTheLogHolds() throws Exception {
      administering(ADMIN, "pause", "--reason", "<img src=x onerror=alert(1)> \u202e");
      Path page = dir.resolve("stats.html");

      administering(USER, "stats", "--format", "html", "--output", page.toString());

      String document = Files.readString(page, StandardCharsets.UTF_8);
      assertThat(document)
          .contains("&lt;img src=x onerror=alert(1)&gt; \\u{202E}")
          .doesNotContain("<img", "\u202e");
    }

    @Test
    void sinceCountsOnlyLaterRecords() {
      evaluating(USER, "check", "good");
      CliRun run = administering(USER, "stats", "--since", "2099-01-01");
      assertThat(run.out()).containsPattern("evaluations\\s+0");
      assertThat(administering(USER, "stats", "--since", "yesterday").exit()).isEqualTo(2);
    }
  }

  @Nested
  class StoreFaults {

    @Test
    void aStoreThatCannotBeReachedRejectsAndSaysWhy() throws Exception {
      Files.writeString(
          policy,
          """
          [store]
          type = "postgresql"
          url = "jdbc:postgresql://127.0.0.1:9/pkgguard"
          connect-timeout-ms = 500
          """);

      CliRun check = evaluating(USER, "check", "good");
      assertThat(check.exit()).isEqualTo(3);
      assertThat(check.out()).contains("REJECT            good", "store");

      CliRun list = administering(USER, "approvals", "list");
      assertThat(list.exit()).isEqualTo(3);
      assertThat(list.err()).contains("approvals cannot be read");
      assertThat(administering(USER, "log", "verify").exit()).isEqualTo(3);
    }
  }
}
