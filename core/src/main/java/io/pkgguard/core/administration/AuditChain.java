package io.pkgguard.core.administration;

import io.pkgguard.api.AuditEntry;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.StateStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The audit log's hash chain. A record's hash is the SHA-256 of its canonical form: every field
 * (the previous record's hash included), each as its length and its UTF-8 text, so that no two
 * different records share a form. Changing, removing or reordering any record breaks the chain at
 * that record, and {@link #verify} names it. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AuditChain implements StateStore.Sealer {

  /** The previous hash of the first record. */
  public static final String GENESIS = "0".repeat(64);

  @Override
  public AuditRecord seal(AuditEntry entry, long previousSequence, String previousHash) {
    long sequence = previousSequence + 1;
    String hash =
        hash(
            sequence,
            entry.time().toString(),
            entry.actor(),
            entry.host(),
            entry.kind().name(),
            entry.subject(),
            entry.summary(),
            entry.policyFingerprint(),
            entry.details(),
            previousHash);
    return new AuditRecord(
        sequence,
        entry.time(),
        entry.actor(),
        entry.host(),
        entry.kind(),
        entry.subject(),
        entry.summary(),
        entry.policyFingerprint(),
        entry.details(),
        previousHash,
        hash);
  }

  /**
   * Where a log breaks its chain.
   *
   * @param sequence the record's sequence (for a missing record, the one expected)
   * @param problem what is wrong with it
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Break(long sequence, String problem) {}

  /**
   * What checking a whole log found.
   *
   * @param records how many records were read
   * @param lastHash the hash of the last record read ({@link #GENESIS} for an empty log): what a
   *     copy kept elsewhere can be compared with
   * @param broken the first break, or empty if the chain is whole
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Verification(long records, String lastHash, Optional<Break> broken) {

    /** {@return whether the chain is whole} */
    public boolean intact() {
      return broken.isEmpty();
    }
  }

  /**
   * Checks records read in order: sequences from the first given without gaps, each previous
   * hash equal to the record before's hash, each hash equal to the hash of its content.
   *
   * @param records the log, or a part of it, in order
   * @param previousHash the hash the first record must follow ({@link #GENESIS} from the start)
   * @return the first break, or empty if the chain is whole
   */
  public static Optional<Break> verify(List<AuditRecord> records, String previousHash) {
    String expected = previousHash;
    long sequence = records.isEmpty() ? 0 : records.get(0).sequence();
    if (previousHash.equals(GENESIS) && sequence > 1) {
      return Optional.of(
          new Break(
              1,
              "the log starts at record "
                  + sequence
                  + ": records 1 to "
                  + (sequence - 1)
                  + " were removed"));
    }
    for (AuditRecord record : records) {
      if (record.sequence() != sequence) {
        return Optional.of(
            new Break(
                sequence,
                record.sequence() < sequence
                    ? "record "
                        + record.sequence()
                        + " comes again or out of order after "
                        + (sequence - 1)
                    : "records " + sequence + " to " + (record.sequence() - 1) + " were removed"));
      }
      if (!record.previousHash().equals(expected)) {
        return Optional.of(
            new Break(
                sequence,
                "it does not follow the record before it (its"
                    + " previous hash is "
                    + shortHash(record.previousHash())
                    + ", the record before"
                    + " hashes to "
                    + shortHash(expected)
                    + "): a record before it was removed, changed"
                    + " or moved"));
      }
      String actual =
          hash(
              record.sequence(),
              record.time().toString(),
              record.actor(),
              record.host(),
              record.kind().name(),
              record.subject(),
              record.summary(),
              record.policyFingerprint(),
              record.details(),
              record.previousHash());
      if (!actual.equals(record.hash())) {
        return Optional.of(
            new Break(
                sequence,
                "its content does not match its hash: it was" + " altered after it was written"));
      }
      expected = record.hash();
      sequence++;
    }
    return Optional.empty();
  }

  private static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
  }

  private static String hash(
      long sequence,
      String time,
      String actor,
      String host,
      String kind,
      String subject,
      String summary,
      String policy,
      Map<String, String> details,
      String previousHash) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    field(digest, "pkgguard-audit-1");
    field(digest, Long.toString(sequence));
    field(digest, time);
    field(digest, actor);
    field(digest, host);
    field(digest, kind);
    field(digest, subject);
    field(digest, summary);
    field(digest, policy);
    field(digest, Integer.toString(details.size()));
    // Details arrive sorted by key (AuditRecord and AuditEntry keep them in a sorted map).
    details.forEach(
        (key, value) -> {
          field(digest, key);
          field(digest, value);
        });
    field(digest, previousHash);
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void field(MessageDigest digest, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    digest.update(bytes);
  }
}
