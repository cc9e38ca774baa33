package io.pkgguard.core;

import static io.pkgguard.core.TestPlugins.ECOSYSTEM;
import static io.pkgguard.core.TestPlugins.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.Approval;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.Decision;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Release;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.TestPlugins.FakeSourceProvider;
import io.pkgguard.core.administration.ApprovalException;
import io.pkgguard.core.administration.AuditChain;
import io.pkgguard.core.administration.Metrics;
import io.pkgguard.core.verdict.VerdictJson;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Approvals bound to exactly what was judged, an audit log that records every evaluation in a
 * chain, and an emergency pause in the store — and a store that cannot be reached rejects.
 */
class GuardAdministrationTest {

  private static final String ADMIN = "alice";
  private static final String USER = "bob";

  private final MemoryStore store = new MemoryStore();
  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
  private final AtomicReference<String> digest = new AtomicReference<>("ab".repeat(32));
  private final AtomicReference<String> concern = new AtomicReference<>("mild concern");
  private final List<Guard> guards = new ArrayList<>();

  @AfterEach
  void closeGuards() {
    guards.forEach(Guard::close);
  }

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Reports the level its name asks for, with the message the test sets. */
  @RuleDefinition(
      id = "concern",
      summary = "reports a concern",
      level = RiskLevel.HIGH,
      category = RiskCategory.METADATA)
  final class ConcernRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      String name = context.request().id().name();
      RiskLevel level =
          name.startsWith("risky")
              ? RiskLevel.HIGH
              : name.startsWith("bad")
                  ? RiskLevel.CRITICAL
                  : name.startsWith("odd") ? RiskLevel.MEDIUM : RiskLevel.NONE;
      return level == RiskLevel.NONE ? List.of() : List.of(finding(level, concern.get()));
    }
  }

  private Guard guard(String extraToml) {
    FakeSourceProvider source = new FakeSourceProvider(r -> metadata(r.id().name()));
    Guard guard =
        Guard.builder()
            .discover(false)
            .policy(policy("[approvals]\nadministrators = [\"" + ADMIN + "\"]\n" + extraToml))
            .addEcosystem(new TestPlugins.TestEcosystem())
            .addSourceProvider(source)
            .addRule(new ConcernRule())
            .store(store)
            .clock(clock)
            .identity(USER)
            .build();
    guards.add(guard);
    return guard;
  }

  private Guard guard() {
    return guard("");
  }

  private PackageMetadata metadata(String name) {
    DistributionFile file =
        DistributionFile.of(
                name + "-1.0.tar.gz",
                URI.create("https://files.index.test/" + name),
                DistributionFile.Kind.SDIST)
            .withSha256(digest.get())
            .withUploadTime(TestPlugins.T0);
    return PackageMetadata.builder(
            PackageId.pypi(name), "1.0", URI.create("https://index.test/api/" + name))
        .releases(List.of(new Release("1.0", List.of(file))))
        .files(List.of(file))
        .build();
  }

  private static PackageRequest request(String name) {
    return PackageRequest.of(new PackageId(ECOSYSTEM, name));
  }

  @Nested
  class Approvals {

    @Test
    void aReviewApprovedByTheUserIsEffectivelyAllowedAndTheVerdictSaysByWhom() throws Exception {
      Guard guard = guard();
      Verdict first = guard.evaluate(request("oddpkg"));
      assertThat(first.decision()).isEqualTo(Decision.REVIEW);
      assertThat(first.effectiveDecision()).isEqualTo(Decision.REVIEW);

      Optional<Approval> approval =
          guard.approvals().request(first, USER, "needed for the" + " report generator");

      Verdict again = guard.evaluate(request("oddpkg"));
      assertThat(approval).isPresent();
      assertThat(again.decision()).isEqualTo(Decision.REVIEW);
      assertThat(again.effectiveDecision()).isEqualTo(Decision.ALLOW);
      assertThat(again.isAllowed()).isTrue();
      assertThat(again.approvals())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.approvedBy()).isEqualTo(USER);
                assertThat(a.artifacts()).containsExactly("ab".repeat(32));
                assertThat(a.expiresAt()).contains(clock.instant().plus(Duration.ofDays(90)));
              });
      assertThat(VerdictJson.write(List.of(again)))
          .contains("\"effectiveDecision\" : \"ALLOW\"", "\"approvedBy\" : \"bob\"");
    }

    @Test
    void specialApprovalIsForAdministratorsOnly() throws Exception {
      Guard guard = guard();
      Verdict verdict = guard.evaluate(request("riskypkg"));
      assertThat(verdict.decision()).isEqualTo(Decision.SPECIAL_APPROVAL);

      assertThatThrownBy(() -> guard.approvals().approve(verdict, USER, "please", Optional.empty()))
          .isInstanceOfSatisfying(
              ApprovalException.class,
              e -> assertThat(e.reason()).isEqualTo(ApprovalException.Reason.NOT_PERMITTED))
          .hasMessageContaining(
              "only an administrator named in the policy's [approvals]"
                  + " administrators may give; bob is not one");
      assertThat(guard.approvals().request(verdict, USER, "needed")).isEmpty();
      guard
          .approvals()
          .approve(
              verdict,
              ADMIN,
              "reviewed the network code",
              Optional.of(clock.instant().plus(Duration.ofDays(7))));

      assertThat(guard.evaluate(request("riskypkg")).effectiveDecision()).isEqualTo(Decision.ALLOW);
      assertThat(store.all())
          .extracting(AuditRecord::kind)
          .contains(AuditRecord.Kind.APPROVAL_REQUESTED, AuditRecord.Kind.APPROVAL);
    }

    @Test
    void aRejectionIsNeverApprovable() {
      Guard guard = guard();
      Verdict verdict = guard.evaluate(request("badpkg"));
      assertThatThrownBy(
              () -> guard.approvals().approve(verdict, ADMIN, "trust me", Optional.empty()))
          .isInstanceOfSatisfying(
              ApprovalException.class,
              e -> assertThat(e.reason()).isEqualTo(ApprovalException.Reason.NOT_APPROVABLE))
          .hasMessageContaining("a rejection is never approvable");
    }

    @Test
    void anApprovalNeverCarriesOverToOtherBytes() throws Exception {
      Guard guard = guard();
      guard.approvals().approve(guard.evaluate(request("oddpkg")), USER, "ok", Optional.empty());
      digest.set("cd".repeat(32));

      Verdict changed = guard.evaluate(request("oddpkg"));

      assertThat(changed.effectiveDecision()).isEqualTo(Decision.REVIEW);
      assertThat(changed.findingsOf("approval"))
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.message())
                      .contains("does not apply: it was given for other files (abababababab)"));
    }

    @Test
    void aNewFindingNeedsANewApproval() throws Exception {
      Guard guard = guard();
      guard.approvals().approve(guard.evaluate(request("oddpkg")), USER, "ok", Optional.empty());
      concern.set("a different concern");

      Verdict changed = guard.evaluate(request("oddpkg"));

      assertThat(changed.effectiveDecision()).isEqualTo(Decision.REVIEW);
      assertThat(changed.findingsOf("approval"))
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.message())
                      .contains(
                          "does not cover a finding reported since: concern MEDIUM a"
                              + " different concern"));
    }

    @Test
    void theSameFindingReportedLaterWithAnotherAgeIsStillCovered() throws Exception {
      concern.set("first release 3 days ago");
      Guard guard = guard();
      guard.approvals().approve(guard.evaluate(request("oddpkg")), USER, "ok", Optional.empty());
      concern.set("first release 4 days ago");

      assertThat(guard.evaluate(request("oddpkg")).effectiveDecision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void anExpiredOrRevokedApprovalStopsWorkingAndTheVerdictSaysSo() throws Exception {
      Guard guard = guard();
      Approval approval =
          guard
              .approvals()
              .approve(
                  guard.evaluate(request("oddpkg")),
                  USER,
                  "ok",
                  Optional.of(clock.instant().plus(Duration.ofDays(1))));
      clock.advance(Duration.ofDays(2));
      assertThat(guard.evaluate(request("oddpkg")).findingsOf("approval"))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("it expired on"));

      Approval second =
          guard
              .approvals()
              .approve(guard.evaluate(request("oddpkg")), USER, "again", Optional.empty());
      assertThatThrownBy(() -> guard.approvals().revoke(second.id(), "mallory", "no"))
          .hasMessageContaining("only bob, who gave it, or an administrator may withdraw");
      guard
          .approvals()
          .revoke(second.id().substring(0, 8), ADMIN, "the project was" + " compromised");

      Verdict revoked = guard.evaluate(request("oddpkg"));
      assertThat(revoked.effectiveDecision()).isEqualTo(Decision.REVIEW);
      assertThat(revoked.findingsOf("approval"))
          .extracting(Finding::message)
          .anySatisfy(m -> assertThat(m).contains("revoked by alice", "compromised"));
      assertThat(approval.id()).isNotEqualTo(second.id());
    }

    @Test
    void anApprovalGivenUnderAnotherPolicyDoesNotApply() throws Exception {
      guard()
          .approvals()
          .approve(guard().evaluate(request("oddpkg")), USER, "ok", Optional.empty());

      Verdict stricter = guard("[limits]\nconcurrency = 3\n").evaluate(request("oddpkg"));

      assertThat(stricter.effectiveDecision()).isEqualTo(Decision.REVIEW);
      assertThat(stricter.findingsOf("approval"))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("it was given under another policy"));
    }

    @Test
    void approvalsHoldAtMostThePolicysLongest() {
      Guard guard = guard();
      Verdict verdict = guard.evaluate(request("oddpkg"));
      assertThatThrownBy(
              () ->
                  guard
                      .approvals()
                      .approve(
                          verdict,
                          USER,
                          "ok",
                          Optional.of(clock.instant().plus(Duration.ofDays(400)))))
          .hasMessageContaining("an approval holds at most 90 days");
      assertThatThrownBy(() -> guard.approvals().approve(verdict, USER, " ", Optional.empty()))
          .hasMessageContaining("an approval needs a reason");
    }
  }

  @Nested
  class AuditLog {

    @Test
    void everyEvaluationIsOneRecordOfAnUnbrokenChain() throws Exception {
      Guard guard = guard();
      guard.evaluate(request("fine"));
      guard.evaluateAll(List.of(request("oddpkg"), request("badpkg")));

      List<AuditRecord> records = store.all();
      assertThat(records)
          .extracting(AuditRecord::subject)
          .containsExactly("test:fine 1.0", "test:oddpkg 1.0", "test:badpkg 1.0");
      assertThat(records).extracting(AuditRecord::actor).containsOnly(USER);
      assertThat(records.get(1).details())
          .containsEntry("decision", "REVIEW")
          .containsEntry("findings", "concern:MEDIUM:METADATA");
      assertThat(guard.auditLog().verify().intact()).isTrue();
      assertThat(AuditChain.verify(records, AuditChain.GENESIS)).isEmpty();
    }

    @Test
    void anAlteredRemovedOrReorderedRecordIsNamed() throws Exception {
      Guard guard = guard();
      for (String name : List.of("a", "b", "c", "d")) {
        guard.evaluate(request(name));
      }
      List<AuditRecord> records = store.all();
      AuditRecord second = records.get(1);
      AuditRecord altered =
          new AuditRecord(
              second.sequence(),
              second.time(),
              "mallory",
              second.host(),
              second.kind(),
              second.subject(),
              second.summary(),
              second.policyFingerprint(),
              second.details(),
              second.previousHash(),
              second.hash());

      List<AuditRecord> alteredLog = new ArrayList<>(records);
      alteredLog.set(1, altered);
      assertThat(AuditChain.verify(alteredLog, AuditChain.GENESIS))
          .hasValueSatisfying(
              b -> {
                assertThat(b.sequence()).isEqualTo(2);
                assertThat(b.problem()).contains("altered after it was written");
              });
      List<AuditRecord> removed = new ArrayList<>(records);
      removed.remove(2);
      assertThat(AuditChain.verify(removed, AuditChain.GENESIS))
          .hasValueSatisfying(
              b -> {
                assertThat(b.sequence()).isEqualTo(3);
                assertThat(b.problem()).contains("records 3 to 3 were removed");
              });
      List<AuditRecord> reordered = new ArrayList<>(records);
      reordered.set(1, records.get(2));
      reordered.set(2, records.get(1));
      assertThat(AuditChain.verify(reordered, AuditChain.GENESIS))
          .hasValueSatisfying(b -> assertThat(b.sequence()).isEqualTo(2));

      store.tamper(1, altered);
      assertThat(guard.auditLog().verify().broken())
          .hasValueSatisfying(b -> assertThat(b.sequence()).isEqualTo(2));
    }

    @Test
    void theGuidelinesFiguresComeFromTheLog() throws Exception {
      Guard guard = guard();
      guard.evaluateAll(List.of(request("fine"), request("oddpkg"), request("badpkg")));
      guard.approvals().approve(guard.evaluate(request("oddpkg")), USER, "ok", Optional.empty());
      guard.evaluate(request("oddpkg"));

      Metrics metrics = Metrics.of(store.all(), Instant.EPOCH);

      assertThat(metrics.evaluations()).isEqualTo(5);
      assertThat(metrics.decisions())
          .containsEntry(Decision.REVIEW, 3L)
          .containsEntry(Decision.REJECT, 1L)
          .containsEntry(Decision.ALLOW, 1L);
      assertThat(metrics.needingApproval()).isEqualTo(3);
      assertThat(metrics.approved()).isEqualTo(1);
      assertThat(metrics.approvalsGiven()).isEqualTo(1);
      assertThat(metrics.failuresByRule()).containsEntry("concern", 4L);
      assertThat(metrics.daily()).hasSize(1);
      assertThat(metrics.daily().values().iterator().next())
          .containsEntry(Decision.REVIEW, 3L)
          .containsEntry(Decision.ALLOW, 1L);
      assertThat(metrics.toOpenMetrics())
          .contains(
              "pkgguard_evaluations_total{decision=\"review\"} 3",
              "pkgguard_check_failures_total{rule=\"concern\"} 4",
              "# EOF");
    }
  }

  @Nested
  class EmergencyPause {

    @Test
    void anAdministratorsPauseReachesEveryGuardOnTheStoreAndIsAudited() throws Exception {
      Guard mine = guard();
      Guard other = guard();
      assertThatThrownBy(() -> mine.emergencyPause().pause(USER, "no"))
          .hasMessageContaining("bob is not one");

      mine.emergencyPause().pause(ADMIN, "a compromised mirror");
      clock.advance(Duration.ofSeconds(3));

      Verdict paused = other.evaluate(request("fine"));
      assertThat(paused.decision()).isEqualTo(Decision.REJECT);
      assertThat(paused.findings().get(0).message())
          .contains("installations are paused: a" + " compromised mirror (paused by alice");

      other.emergencyPause().resume(ADMIN);
      clock.advance(Duration.ofSeconds(3));
      assertThat(mine.evaluate(request("fine")).decision()).isEqualTo(Decision.ALLOW);
      assertThat(store.all())
          .extracting(AuditRecord::kind)
          .contains(AuditRecord.Kind.PAUSE, AuditRecord.Kind.RESUME);
    }
  }

  @Nested
  class StoreFailures {

    @Test
    void aStoreThatCannotBeReachedRejectsEverythingNeverAllows() {
      Guard guard = guard();
      store.down(true);

      Verdict fine = guard.evaluate(request("fine"));
      Verdict odd = guard.evaluate(request("oddpkg"));

      assertThat(fine.decision()).isEqualTo(Decision.REJECT);
      assertThat(fine.findings().get(0).message())
          .contains(
              "cannot tell whether installations" + " are paused, nor check approvals",
              "connection refused");
      assertThat(odd.decision()).isEqualTo(Decision.REJECT);
    }

    @Test
    void aStoreThatFailsAfterThePauseCheckStillRejects() throws Exception {
      Guard guard = guard();
      guard.evaluate(request("fine"));
      store.down(true);

      Verdict verdict = guard.evaluate(request("fine"));

      assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
      assertThat(verdict.findingsOf("store"))
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.message())
                      .contains("the evaluation cannot be recorded in the audit log"));
      assertThatThrownBy(() -> guard.approvals().list())
          .isInstanceOfSatisfying(
              ApprovalException.class,
              e -> assertThat(e.reason()).isEqualTo(ApprovalException.Reason.STORE));
    }
  }
}
