package io.pkgguard.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.api.Approval;
import io.pkgguard.api.ApprovedFinding;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.Decision;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PauseState;
import io.pkgguard.api.RiskLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How records, approvals and the pause are kept: JSON text, every field spelled out, times as
 * ISO-8601 instants (exact to the nanosecond, whatever the database's own timestamp precision, so
 * that a record reads back exactly as it was hashed).
 */
final class StoredForm {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private StoredForm() {}

  static String record(AuditRecord record) {
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
    return write(node);
  }

  static AuditRecord record(String text) {
    JsonNode node = read(text);
    Map<String, String> details = new TreeMap<>();
    node.path("details")
        .fields()
        .forEachRemaining(e -> details.put(e.getKey(), e.getValue().asText()));
    return new AuditRecord(
        node.path("sequence").asLong(),
        Instant.parse(node.path("time").asText()),
        node.path("actor").asText(),
        node.path("host").asText(),
        AuditRecord.Kind.valueOf(node.path("kind").asText()),
        node.path("subject").asText(),
        node.path("summary").asText(),
        node.path("policyFingerprint").asText(),
        details,
        node.path("previousHash").asText(),
        node.path("hash").asText());
  }

  static String approval(Approval approval) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", approval.id());
    node.put("ecosystem", approval.packageId().ecosystem());
    node.put("name", approval.packageId().name());
    node.put("version", approval.version());
    ArrayNode artifacts = node.putArray("artifacts");
    approval.artifacts().forEach(artifacts::add);
    node.put("policyFingerprint", approval.policyFingerprint());
    node.put("decision", approval.decision().name());
    ArrayNode findings = node.putArray("findings");
    for (ApprovedFinding f : approval.findings()) {
      findings
          .addObject()
          .put("rule", f.ruleId())
          .put("level", f.level().name())
          .put("key", f.key());
    }
    node.put("approvedBy", approval.approvedBy());
    node.put("reason", approval.reason());
    node.put("approvedAt", approval.approvedAt().toString());
    node.put("expiresAt", approval.expiresAt().map(Instant::toString).orElse(null));
    approval
        .revocation()
        .ifPresent(
            r ->
                node.putObject("revocation")
                    .put("by", r.by())
                    .put("at", r.at().toString())
                    .put("reason", r.reason()));
    return write(node);
  }

  static Approval approval(String text) {
    JsonNode node = read(text);
    List<String> artifacts = new ArrayList<>();
    node.path("artifacts").forEach(a -> artifacts.add(a.asText()));
    List<ApprovedFinding> findings = new ArrayList<>();
    node.path("findings")
        .forEach(
            f ->
                findings.add(
                    new ApprovedFinding(
                        f.path("rule").asText(),
                        RiskLevel.valueOf(f.path("level").asText()),
                        f.path("key").asText())));
    JsonNode expires = node.path("expiresAt");
    JsonNode revocation = node.path("revocation");
    return new Approval(
        node.path("id").asText(),
        new PackageId(node.path("ecosystem").asText(), node.path("name").asText()),
        node.path("version").asText(),
        artifacts,
        node.path("policyFingerprint").asText(),
        Decision.valueOf(node.path("decision").asText()),
        findings,
        node.path("approvedBy").asText(),
        node.path("reason").asText(),
        Instant.parse(node.path("approvedAt").asText()),
        expires.isTextual() ? Optional.of(Instant.parse(expires.asText())) : Optional.empty(),
        revocation.isObject()
            ? Optional.of(
                new Approval.Revocation(
                    revocation.path("by").asText(),
                    Instant.parse(revocation.path("at").asText()),
                    revocation.path("reason").asText()))
            : Optional.empty());
  }

  static String pause(PauseState state) {
    ObjectNode node = JSON.createObjectNode();
    node.put("active", state.active());
    node.put("reason", state.reason());
    node.put("by", state.by());
    node.put("since", state.since().toString());
    return write(node);
  }

  static PauseState pause(String text) {
    JsonNode node = read(text);
    return new PauseState(
        node.path("active").asBoolean(),
        node.path("reason").asText(),
        node.path("by").asText(),
        Instant.parse(node.path("since").asText()));
  }

  private static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "a stored value is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
