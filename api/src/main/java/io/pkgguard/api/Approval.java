package io.pkgguard.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Somebody's permission to install exactly one judged release, despite the findings that made its
 * verdict ask for it. It binds who, when, why and until when to exactly what: the package and
 * version, the SHA-256 of every artifact the verdict judged, the policy fingerprint it was judged
 * under, and the findings approved. It satisfies a later verdict only if all of those are the
 * same, it has not expired and it was not revoked; a REJECT is never approvable.
 *
 * @param id a unique id (a UUID)
 * @param packageId the package
 * @param version the exact version
 * @param artifacts the SHA-256 digests (lower-case hex) of the files judged, sorted
 * @param policyFingerprint the fingerprint of the policy the verdict was reached under
 * @param decision what was approved: {@link Decision#REVIEW} (the user's own approval) or {@link
 *     Decision#SPECIAL_APPROVAL} (an administrator's, which also covers a review)
 * @param findings the findings approved
 * @param approvedBy who approved, as the host identifies people
 * @param reason why, in the approver's words
 * @param approvedAt when
 * @param expiresAt until when it holds; empty: until revoked
 * @param revocation who revoked it, when and why; empty while it stands
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Approval(
    String id,
    PackageId packageId,
    String version,
    List<String> artifacts,
    String policyFingerprint,
    Decision decision,
    List<ApprovedFinding> findings,
    String approvedBy,
    String reason,
    Instant approvedAt,
    Optional<Instant> expiresAt,
    Optional<Revocation> revocation) {

  /**
   * Creates the value, checking its components.
   *
   * @param id a unique id
   * @param packageId the package
   * @param version the exact version
   * @param artifacts the SHA-256 digests of the files judged
   * @param policyFingerprint the policy's fingerprint
   * @param decision what was approved
   * @param findings the findings approved
   * @param approvedBy who approved
   * @param reason why
   * @param approvedAt when
   * @param expiresAt until when; empty: until revoked
   * @param revocation the revocation, if any
   */
  public Approval {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(packageId, "packageId");
    Objects.requireNonNull(version, "version");
    artifacts = List.copyOf(artifacts).stream().sorted().toList();
    Objects.requireNonNull(policyFingerprint, "policyFingerprint");
    Objects.requireNonNull(decision, "decision");
    if (decision != Decision.REVIEW && decision != Decision.SPECIAL_APPROVAL) {
      throw new IllegalArgumentException(
          "only REVIEW and SPECIAL_APPROVAL can be approved, not " + decision);
    }
    findings = List.copyOf(findings);
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(approvedAt, "approvedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(revocation, "revocation");
  }

  /**
   * {@return whether it still holds at {@code now}: not revoked, not expired}
   *
   * @param now the time to judge at
   */
  public boolean standsAt(Instant now) {
    return revocation.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
  }

  /**
   * {@return this approval, revoked}
   *
   * @param by who revoked it
   * @param at when
   * @param why why
   */
  public Approval revoked(String by, Instant at, String why) {
    return new Approval(
        id,
        packageId,
        version,
        artifacts,
        policyFingerprint,
        decision,
        findings,
        approvedBy,
        reason,
        approvedAt,
        expiresAt,
        Optional.of(new Revocation(by, at, why)));
  }

  /**
   * Who withdrew an approval, when and why.
   *
   * @param by who
   * @param at when
   * @param reason why
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Revocation(String by, Instant at, String reason) {

    /**
     * Creates the value, checking its components.
     *
     * @param by who
     * @param at when
     * @param reason why
     */
    public Revocation {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
