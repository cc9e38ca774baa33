package io.pkgguard.core.administration;

import io.pkgguard.api.Approval;
import io.pkgguard.api.ApprovedFinding;
import io.pkgguard.api.AuditEntry;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.Decision;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.StoreException;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.policy.Policy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * Gives, asks for and withdraws approvals of a guard's verdicts, in its store; every one is a
 * record of the audit log. A REVIEW may be approved by the user who asked for the package; a
 * SPECIAL_APPROVAL only by an administrator the policy names ({@code [approvals]
 * administrators}); a REJECT never (only a policy change can lift a rule). An approval binds the
 * verdict's exact files, findings and policy, for at most the policy's {@code max-days}.
 * Identities are what the host says they are: the command line uses the OS user. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Approvals {

  private final SharedState state;
  private final Policy policy;
  private final Clock clock;
  private final String host;
  private final UnaryOperator<PackageId> normalize;

  /**
   * @param state the store
   * @param policy the policy the verdicts are decided under
   * @param clock the clock
   * @param host which machine records are written from
   * @param normalize a package id with its name in its ecosystem's normal form
   */
  public Approvals(
      SharedState state,
      Policy policy,
      Clock clock,
      String host,
      UnaryOperator<PackageId> normalize) {
    this.state = state;
    this.policy = policy;
    this.clock = clock;
    this.host = host;
    this.normalize = normalize;
  }

  /**
   * Approves a verdict: a REVIEW by anybody (usually the user who asked for it), a
   * SPECIAL_APPROVAL by an administrator.
   *
   * @param verdict the verdict, as the guard gave it (its files, findings and policy are bound)
   * @param approver who approves
   * @param reason why, in the approver's words
   * @param until until when it holds; empty: the policy's longest ({@code max-days})
   * @return the approval, kept and recorded
   * @throws ApprovalException if it may not be given, or could not be recorded
   */
  public Approval approve(Verdict verdict, String approver, String reason, Optional<Instant> until)
      throws ApprovalException {
    check(verdict, approver);
    if (reason.isBlank()) {
      throw new ApprovalException(
          ApprovalException.Reason.INVALID,
          "an approval needs a"
              + " reason: say why this package may be installed despite its findings");
    }
    Instant now = clock.instant();
    Instant latest = now.plus(policy.approvals().maxValidity());
    Instant expires = until.orElse(latest);
    if (!expires.isAfter(now)) {
      throw new ApprovalException(
          ApprovalException.Reason.INVALID,
          "an approval until " + expires + " would have expired already");
    }
    if (expires.isAfter(latest)) {
      throw new ApprovalException(
          ApprovalException.Reason.INVALID,
          "an approval holds at most"
              + " "
              + policy.approvals().maxValidity().toDays()
              + " days ([approvals] max-days);"
              + " until "
              + expires
              + " is longer");
    }
    List<String> digests = ApprovalMatcher.digests(verdict).orElseThrow();
    Approval approval =
        new Approval(
            UUID.randomUUID().toString(),
            normalize.apply(verdict.id()),
            verdict.version().orElseThrow(),
            digests,
            verdict.policyFingerprint(),
            verdict.decision(),
            ApprovalMatcher.needingApproval(verdict, policy.decisions()).stream()
                .map(ApprovedFinding::of)
                .toList(),
            approver,
            reason,
            now,
            Optional.of(expires),
            Optional.empty());
    Map<String, String> details = new TreeMap<>();
    details.put("approval", approval.id());
    details.put("decision", approval.decision().name());
    details.put("artifacts", String.join(",", approval.artifacts()));
    details.put(
        "findings",
        String.join(
            ",", approval.findings().stream().map(f -> f.ruleId() + ":" + f.level()).toList()));
    details.put("expires", expires.toString());
    save(
        approval,
        new AuditEntry(
            now,
            approver,
            host,
            AuditRecord.Kind.APPROVAL,
            subject(approval),
            "approved " + verdict.decision() + ": " + reason,
            verdict.policyFingerprint(),
            details));
    return approval;
  }

  /**
   * Checks that {@code approver} may approve {@code verdict}, without approving it: for a host
   * that asks before it offers the choice (and for a command line that asks before a prompt).
   *
   * @param verdict the verdict
   * @param approver who would approve
   * @throws ApprovalException if the verdict is not approvable ({@link
   *     ApprovalException.Reason#NOT_APPROVABLE}) or the approver may not ({@link
   *     ApprovalException.Reason#NOT_PERMITTED})
   */
  public void check(Verdict verdict, String approver) throws ApprovalException {
    requireApprovable(verdict);
    if (verdict.decision() == Decision.SPECIAL_APPROVAL
        && !policy.approvals().isAdministrator(approver)) {
      throw new ApprovalException(
          ApprovalException.Reason.NOT_PERMITTED,
          verdict.id().name()
              + " needs special approval, which only an administrator named in the policy's"
              + " [approvals] administrators may give; "
              + approver
              + " is not one");
    }
  }

  /**
   * Asks for an approval: a REVIEW is approved by the user themselves (the guidelines' explicit
   * user approval); a SPECIAL_APPROVAL is recorded as a request for an administrator.
   *
   * @param verdict the verdict
   * @param user who asks
   * @param reason why the package is needed
   * @return the approval for a REVIEW; empty for a request an administrator must grant
   * @throws ApprovalException if it cannot be approved or recorded
   */
  public Optional<Approval> request(Verdict verdict, String user, String reason)
      throws ApprovalException {
    requireApprovable(verdict);
    if (verdict.decision() == Decision.REVIEW) {
      return Optional.of(approve(verdict, user, reason, Optional.empty()));
    }
    Map<String, String> details = new TreeMap<>();
    details.put("decision", verdict.decision().name());
    details.put("artifacts", String.join(",", ApprovalMatcher.digests(verdict).orElseThrow()));
    try {
      state.append(
          List.of(
              new AuditEntry(
                  clock.instant(),
                  user,
                  host,
                  AuditRecord.Kind.APPROVAL_REQUESTED,
                  Settlement.subject(verdict.id(), verdict.version().orElseThrow()),
                  "asks an administrator's approval: " + reason,
                  verdict.policyFingerprint(),
                  details)));
    } catch (StoreException e) {
      throw new ApprovalException(
          ApprovalException.Reason.STORE,
          "the request could not be" + " recorded: " + e.getMessage(),
          e);
    }
    return Optional.empty();
  }

  /**
   * Withdraws an approval: by the person who gave it, or an administrator.
   *
   * @param approvalId the approval's id, or a prefix of it that names one approval
   * @param by who withdraws it
   * @param reason why
   * @return the approval, revoked
   * @throws ApprovalException if there is no such approval, the person may not, or it could not
   *     be recorded
   */
  public Approval revoke(String approvalId, String by, String reason) throws ApprovalException {
    List<Approval> matching = list().stream().filter(a -> a.id().startsWith(approvalId)).toList();
    if (approvalId.length() < 4 || matching.size() != 1) {
      throw new ApprovalException(
          ApprovalException.Reason.INVALID,
          matching.isEmpty()
              ? "no approval has the id " + approvalId
              : "the id "
                  + approvalId
                  + " names "
                  + matching.size()
                  + " approvals; give more of it");
    }
    Approval approval = matching.get(0);
    if (!approval.approvedBy().equals(by) && !policy.approvals().isAdministrator(by)) {
      throw new ApprovalException(
          ApprovalException.Reason.NOT_PERMITTED,
          "only "
              + approval.approvedBy()
              + ", who gave it, or an administrator may withdraw approval "
              + approval.id());
    }
    if (approval.revocation().isPresent()) {
      throw new ApprovalException(
          ApprovalException.Reason.INVALID, "approval " + approval.id() + " was revoked already");
    }
    Instant now = clock.instant();
    Approval revoked = approval.revoked(by, now, reason);
    save(
        revoked,
        new AuditEntry(
            now,
            by,
            host,
            AuditRecord.Kind.REVOCATION,
            subject(approval),
            "revoked the approval by " + approval.approvedBy() + ": " + reason,
            approval.policyFingerprint(),
            Map.of("approval", approval.id())));
    return revoked;
  }

  /**
   * {@return every kept approval, newest first}
   *
   * @throws ApprovalException if the store cannot be read
   */
  public List<Approval> list() throws ApprovalException {
    try {
      return state.store().approvals();
    } catch (StoreException e) {
      throw new ApprovalException(
          ApprovalException.Reason.STORE, "approvals cannot be read: " + e.getMessage(), e);
    }
  }

  private void save(Approval approval, AuditEntry entry) throws ApprovalException {
    try {
      state.store().save(approval, List.of(entry), state.chain());
    } catch (StoreException e) {
      throw new ApprovalException(
          ApprovalException.Reason.STORE,
          "the approval could not be" + " recorded: " + e.getMessage(),
          e);
    }
  }

  private static String subject(Approval approval) {
    return Settlement.subject(approval.packageId(), approval.version());
  }

  private static void requireApprovable(Verdict verdict) throws ApprovalException {
    String name = verdict.id().name() + verdict.version().map(v -> " " + v).orElse("");
    switch (verdict.decision()) {
      case ALLOW ->
          throw new ApprovalException(
              ApprovalException.Reason.NOT_APPROVABLE,
              name + " is allowed: there is nothing to approve");
      case REJECT ->
          throw new ApprovalException(
              ApprovalException.Reason.NOT_APPROVABLE,
              name
                  + " is rejected, and a rejection is never approvable; only a change of the policy"
                  + " (an allow entry with a reason, or a rule's level) can lift it");
      default -> {
        // REVIEW and SPECIAL_APPROVAL are approvable.
      }
    }
    if (!verdict.complete()
        || verdict.version().isEmpty()
        || ApprovalMatcher.digests(verdict).isEmpty()) {
      throw new ApprovalException(
          ApprovalException.Reason.NOT_APPROVABLE,
          name
              + " was not"
              + " judged by its files (no verified digest), so there is nothing an approval could be"
              + " bound to");
    }
  }
}
