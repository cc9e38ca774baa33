package io.pkgguard.core.administration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.api.AuditEntry;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.StoreException;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Reads, checks and exports the audit log of a guard's store. Records export as JSON Lines, one
 * object per record with the fields of {@link AuditRecord}; an export can be checked on its own
 * ({@link #fromJson} per line, then {@link AuditChain#verify}). Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AuditLog {

  /** Records read from the store at a time. */
  private static final int PAGE = 10_000;

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private final SharedState state;
  private final String actor;
  private final String host;
  private final java.time.Clock clock;
  private final String policyFingerprint;

  /**
   * @param state the store
   * @param actor who the records a host writes name (the guard's identity)
   * @param host which machine
   * @param clock the clock
   * @param policyFingerprint the guard's policy
   */
  public AuditLog(
      SharedState state,
      String actor,
      String host,
      java.time.Clock clock,
      String policyFingerprint) {
    this.state = state;
    this.actor = actor;
    this.host = host;
    this.clock = clock;
    this.policyFingerprint = policyFingerprint;
  }

  /**
   * Records a step of an installation: what a host did with the verdicts (evaluations, approvals
   * and pauses are recorded by the guard itself and cannot be written here). The record names the
   * guard's identity, this machine and the guard's policy.
   *
   * @param subject the packages it concerns, as {@code pypi:name version} (several joined by
   *     {@code , })
   * @param summary one line for people
   * @param details facts for tools; {@code outcome} ({@code started}, {@code installed}, {@code
   *     failed}, {@code rolled-back}, {@code removed}, {@code reverted}, ...) is what the
   *     installation success figure counts ({@code installed} against {@code failed} and {@code
   *     rolled-back})
   * @return the record as sealed into the chain; empty when the policy keeps no store ({@code
   *     [store] type = "none"})
   * @throws StoreException if it cannot be recorded
   */
  public Optional<AuditRecord> recordInstallation(
      String subject, String summary, Map<String, String> details) throws StoreException {
    return state
        .append(
            List.of(
                new AuditEntry(
                    clock.instant(),
                    actor,
                    host,
                    AuditRecord.Kind.INSTALLATION,
                    subject,
                    summary,
                    policyFingerprint,
                    details)))
        .stream()
        .findFirst();
  }

  /**
   * {@return the records matching {@code filter}, in order}
   *
   * @param filter which records
   * @throws StoreException if the log cannot be read
   */
  public List<AuditRecord> records(Predicate<AuditRecord> filter) throws StoreException {
    List<AuditRecord> found = new ArrayList<>();
    forEach(
        record -> {
          if (filter.test(record)) {
            found.add(record);
          }
        });
    return found;
  }

  /**
   * Checks the whole chain, page by page.
   *
   * @return how many records were read, the last hash and the first break, if any
   * @throws StoreException if the log cannot be read
   */
  public AuditChain.Verification verify() throws StoreException {
    String previous = AuditChain.GENESIS;
    long next = 1;
    long read = 0;
    while (true) {
      List<AuditRecord> page = state.store().records(next, PAGE);
      if (page.isEmpty()) {
        return new AuditChain.Verification(read, previous, Optional.empty());
      }
      read += page.size();
      Optional<AuditChain.Break> broken = AuditChain.verify(page, previous);
      if (broken.isPresent()) {
        return new AuditChain.Verification(read, previous, broken);
      }
      previous = page.get(page.size() - 1).hash();
      next = page.get(page.size() - 1).sequence() + 1;
    }
  }

  /**
   * Writes the records matching {@code filter} as JSON Lines.
   *
   * @param out where
   * @param filter which records
   * @throws StoreException if the log cannot be read
   * @throws IOException if writing fails
   */
  public void writeJsonLines(Writer out, Predicate<AuditRecord> filter)
      throws StoreException, IOException {
    List<IOException> failure = new ArrayList<>();
    forEach(
        record -> {
          if (failure.isEmpty() && filter.test(record)) {
            try {
              out.write(toJson(record));
              out.write('\n');
            } catch (IOException e) {
              failure.add(e);
            }
          }
        });
    if (!failure.isEmpty()) {
      throw failure.get(0);
    }
    out.flush();
  }

  /**
   * Hands each record matching {@code filter} to {@code action}, in order, a page at a time: for
   * logs too long to hold.
   *
   * @param filter which records
   * @param action what to do with each
   * @throws StoreException if the log cannot be read
   */
  public void forEach(
      Predicate<AuditRecord> filter, java.util.function.Consumer<AuditRecord> action)
      throws StoreException {
    forEach(
        record -> {
          if (filter.test(record)) {
            action.accept(record);
          }
        });
  }

  private void forEach(java.util.function.Consumer<AuditRecord> action) throws StoreException {
    long next = 1;
    while (true) {
      List<AuditRecord> page = state.store().records(next, PAGE);
      if (page.isEmpty()) {
        return;
      }
      page.forEach(action);
      next = page.get(page.size() - 1).sequence() + 1;
    }
  }

  /**
   * {@return one record as a JSON object on one line}
   *
   * @param record the record
   */
  public static String toJson(AuditRecord record) {
    ObjectNode node = JSON.createObjectNode();
    node.put("sequence", record.sequence());
    node.put("time", record.time().toString());
    node.put("actor", record.actor());
    node.put("host", record.host());
    node.put("kind", record.kind().name());
    node.put("subject", record.subject());
    node.put("summary", record.summary());
    node.put("policyFingerprint", record.policyFingerprint());
    ObjectNode details = node.putObject("details");
    record.details().forEach(details::put);
    node.put("previousHash", record.previousHash());
    node.put("hash", record.hash());
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }

  /**
   * Reads one JSON Lines record.
   *
   * @param line the line
   * @return the record
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static AuditRecord fromJson(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    Map<String, String> details = new TreeMap<>();
    node.path("details")
        .fields()
        .forEachRemaining(e -> details.put(e.getKey(), e.getValue().asText()));
    try {
      return new AuditRecord(
          required(node, "sequence").asLong(),
          Instant.parse(required(node, "time").asText()),
          required(node, "actor").asText(),
          required(node, "host").asText(),
          AuditRecord.Kind.valueOf(required(node, "kind").asText()),
          required(node, "subject").asText(),
          required(node, "summary").asText(),
          required(node, "policyFingerprint").asText(),
          details,
          required(node, "previousHash").asText(),
          required(node, "hash").asText());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("its time is not an ISO-8601 instant");
    }
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      throw new IllegalArgumentException("it has no " + field);
    }
    return value;
  }
}
