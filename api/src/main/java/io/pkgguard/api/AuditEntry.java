package io.pkgguard.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * An audit record before it has its place in the log: what a store appends, sealing it with its
 * sequence number and the chain's hashes (see {@link StateStore#append}).
 *
 * @param time when it happened
 * @param actor who
 * @param host which machine
 * @param kind what happened
 * @param subject what it concerns; possibly empty
 * @param summary one line for people
 * @param policyFingerprint the policy in force; possibly empty
 * @param details facts for tools
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AuditEntry(
    Instant time,
    String actor,
    String host,
    AuditRecord.Kind kind,
    String subject,
    String summary,
    String policyFingerprint,
    Map<String, String> details) {

  /**
   * Creates the value, checking its components.
   *
   * @param time when it happened
   * @param actor who
   * @param host which machine
   * @param kind what happened
   * @param subject what it concerns
   * @param summary one line for people
   * @param policyFingerprint the policy in force
   * @param details facts for tools
   */
  public AuditEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(policyFingerprint, "policyFingerprint");
    details = java.util.Collections.unmodifiableMap(new TreeMap<>(details));
  }
}
