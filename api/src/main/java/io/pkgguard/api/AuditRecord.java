package io.pkgguard.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * One entry of the audit log: an evaluation, an approval or its revocation, a pause or resume, an
 * installation. Records form a hash chain: each carries the hash of the one before, and its own
 * hash covers every field, so that altering, removing or reordering a record is detectable.
 *
 * @param sequence its position in the log, from 1, without gaps
 * @param time when it happened, by the clock of the host that wrote it
 * @param actor who (the host's identity for the user)
 * @param host which machine
 * @param kind what happened
 * @param subject what it concerns ({@code pypi:requests 2.32.3}); empty when nothing in particular
 * @param summary one line for people
 * @param policyFingerprint the policy in force; empty when none applies
 * @param details facts for tools (decision, findings, digests, ...), sorted by key
 * @param previousHash the hash of record {@code sequence - 1}; 64 zeros for the first
 * @param hash this record's hash (SHA-256 of its canonical form, lower-case hex)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AuditRecord(
    long sequence,
    Instant time,
    String actor,
    String host,
    Kind kind,
    String subject,
    String summary,
    String policyFingerprint,
    Map<String, String> details,
    String previousHash,
    String hash) {

  /** What an audit record is about. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** A package was evaluated. */
    EVALUATION,
    /** Somebody asked for an approval an administrator must give. */
    APPROVAL_REQUESTED,
    /** An approval was given. */
    APPROVAL,
    /** An approval was withdrawn. */
    REVOCATION,
    /** Installations were paused. */
    PAUSE,
    /** Installations were resumed. */
    RESUME,
    /** A step of an installation (planned, installed, verified, rolled back). */
    INSTALLATION
  }

  /**
   * Creates the value, checking its components.
   *
   * @param sequence its position in the log
   * @param time when it happened
   * @param actor who
   * @param host which machine
   * @param kind what happened
   * @param subject what it concerns
   * @param summary one line for people
   * @param policyFingerprint the policy in force
   * @param details facts for tools
   * @param previousHash the previous record's hash
   * @param hash this record's hash
   */
  public AuditRecord {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence starts at 1");
    }
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(policyFingerprint, "policyFingerprint");
    details = java.util.Collections.unmodifiableMap(new TreeMap<>(details));
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }
}
