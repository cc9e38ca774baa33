package io.pkgguard.core.verdict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.api.Artifact;
import io.pkgguard.api.Finding;
import io.pkgguard.api.Verdict;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Writes verdicts as JSON. The document is {@code {"schemaVersion": 1, "verdicts": [...]}}; each
 * verdict has {@code ecosystem}, {@code name}, {@code version} (null when it could not be
 * resolved), {@code decision}, {@code risk}, {@code complete}, {@code artifacts} ({@code filename},
 * {@code url}, {@code sha256} or null), {@code findings} ({@code rule}, {@code level}, {@code
 * category}, {@code message}, {@code evidence}, {@code remediation}), {@code dependencies} (verdicts
 * of the same shape), {@code rulesRun}, {@code relaxations} ({@code kind}, {@code subject},
 * {@code reason}: rules the policy disables or the host removed), {@code effectiveDecision} (what
 * the host may do: the decision, or ALLOW when approvals satisfy it) and {@code approvals} ({@code
 * id}, {@code decision}, {@code approvedBy}, {@code reason}, {@code approvedAt}, {@code expiresAt}
 * or null), {@code policyFingerprint},
 * {@code startedAt} and {@code finishedAt} (ISO-8601 instants). Non-ASCII characters are written as escapes. Enum values are written as their constant names ({@code
 * SPECIAL_APPROVAL}, {@code HIGH}). Thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class VerdictJson {

  // Non-ASCII is written as backslash-u escapes: still the same JSON values, and untrusted text
  // (bidi
  // overrides, look-alike letters) cannot act on a terminal that shows the document.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build();

  private VerdictJson() {}

  /** The JSON document for a list of verdicts. */
  public static String write(List<Verdict> verdicts) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", Verdict.SCHEMA_VERSION);
    ArrayNode array = root.putArray("verdicts");
    verdicts.forEach(v -> array.add(toNode(v)));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }

  /** One verdict as a JSON object. */
  public static ObjectNode toNode(Verdict verdict) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("ecosystem", verdict.id().ecosystem());
    node.put("name", verdict.id().name());
    node.put("version", verdict.version().orElse(null));
    node.put("decision", verdict.decision().name());
    node.put("effectiveDecision", verdict.effectiveDecision().name());
    node.put("risk", verdict.risk().name());
    node.put("complete", verdict.complete());
    ArrayNode artifacts = node.putArray("artifacts");
    for (Artifact artifact : verdict.artifacts()) {
      ObjectNode a = artifacts.addObject();
      a.put("filename", artifact.filename());
      a.put("url", artifact.url().toString());
      a.put("sha256", artifact.sha256().orElse(null));
    }
    ArrayNode findings = node.putArray("findings");
    for (Finding finding : verdict.findings()) {
      ObjectNode f = findings.addObject();
      f.put("rule", finding.ruleId());
      f.put("level", finding.level().name());
      f.put("category", finding.category().name());
      f.put("message", finding.message());
      ObjectNode evidence = f.putObject("evidence");
      finding.evidence().values().forEach(evidence::put);
      f.put("remediation", finding.remediation());
    }
    ArrayNode dependencies = node.putArray("dependencies");
    verdict.dependencies().forEach(d -> dependencies.add(toNode(d)));
    ArrayNode rules = node.putArray("rulesRun");
    verdict.rulesRun().forEach(rules::add);
    ArrayNode approvals = node.putArray("approvals");
    for (io.pkgguard.api.Approval approval : verdict.approvals()) {
      ObjectNode a = approvals.addObject();
      a.put("id", approval.id());
      a.put("decision", approval.decision().name());
      a.put("approvedBy", approval.approvedBy());
      a.put("reason", approval.reason());
      a.put("approvedAt", approval.approvedAt().toString());
      a.put("expiresAt", approval.expiresAt().map(Object::toString).orElse(null));
    }
    ArrayNode relaxations = node.putArray("relaxations");
    for (io.pkgguard.api.Relaxation relaxation : verdict.relaxations()) {
      ObjectNode r = relaxations.addObject();
      r.put("kind", relaxation.kind().name());
      r.put("subject", relaxation.subject());
      r.put("reason", relaxation.reason());
    }
    node.put("policyFingerprint", verdict.policyFingerprint());
    node.put("startedAt", verdict.startedAt().toString());
    node.put("finishedAt", verdict.finishedAt().toString());
    return node;
  }
}
