package io.pkgguard.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Writes a report as one SARIF 2.1.0 log, as code-scanning dashboards read it: one run of the
 * tool {@code pkgguard}, its rules from the rules' descriptors (help from their explanation, the
 * default level, GitHub's {@code security-severity}), and one result per finding above NONE. A
 * result points at the line of the requirements, lock or project file that asked for the package
 * — for a dependency, the line that pulled it in, the chain of packages in the message — and
 * carries the package's verdict as properties; findings of packages named on the command line have
 * a logical location (the package) only. Each run also lists every subject's verdict in its
 * properties. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SarifReport {

  /** The schema address the log declares. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build();

  /** The core's summary of a package inside an environment; the package's own findings say it. */
  private static final String ENVIRONMENT_RULE = "environment";

  private SarifReport() {}

  /**
   * {@return the SARIF log for a report}
   *
   * @param report what to write
   */
  public static String write(Report report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "pkgguard");
    driver.put("semanticVersion", report.toolVersion());
    driver.put("version", report.toolVersion());
    Rules rules = new Rules(report.rules(), driver.putArray("rules"));
    run.putArray("invocations")
        .addObject()
        .put("executionSuccessful", true)
        .put("endTimeUtc", report.createdAt().toString());
    ArrayNode results = run.putArray("results");
    ArrayNode verdicts = run.putObject("properties").putArray("verdicts");
    for (Report.Subject subject : report.subjects()) {
      verdicts.add(summary(subject));
      if (subject.environment()) {
        for (Finding finding : subject.verdict().findings()) {
          if (finding.level() != RiskLevel.NONE
              && !(finding.ruleId().equals(ENVIRONMENT_RULE)
                  && finding.evidence().values().containsKey("package"))) {
            results.add(environmentResult(subject, finding, rules));
          }
        }
      }
      for (PackageWalk.Visit visit : PackageWalk.of(subject)) {
        for (Finding finding : visit.verdict().findings()) {
          if (finding.level() != RiskLevel.NONE) {
            results.add(packageResult(subject, visit, finding, rules));
          }
        }
      }
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }

  private static ObjectNode summary(Report.Subject subject) {
    Verdict v = subject.verdict();
    ObjectNode node = MAPPER.createObjectNode();
    subject.file().ifPresent(f -> node.put("file", f));
    node.put("ecosystem", v.id().ecosystem());
    node.put("name", v.id().name());
    v.version().ifPresent(version -> node.put("version", version));
    node.put("decision", v.decision().name());
    node.put("effectiveDecision", v.effectiveDecision().name());
    node.put("risk", v.risk().name());
    node.put("complete", v.complete());
    if (subject.environment()) {
      node.put("packages", v.dependencies().size());
    }
    return node;
  }

  private static ObjectNode environmentResult(
      Report.Subject subject, Finding finding, Rules rules) {
    ObjectNode result = base(finding, rules, finding.message());
    int line = parseLine(finding.evidence().values().get("line")).orElse(0);
    String written = finding.evidence().values().getOrDefault("file", "");
    boolean ownFile =
        subject.description().map(d -> d.file().equals(written)).orElse(true) || line <= 0;
    // An option the installer's configuration sets points at that file (pip.conf, uv.toml); one
    // set by a variable at the checked file, whose message names the variable.
    Optional<String> file = ownFile ? subject.file() : Optional.of(written);
    file.ifPresent(
        f ->
            physical(
                result.putArray("locations").addObject(),
                f,
                new EnvironmentDescription.Location(f, ownFile ? Math.max(1, line) : line, 0)));
    fingerprint(result, subject.file().orElse(""), "", finding);
    ObjectNode properties = result.putObject("properties");
    properties.put("decision", subject.verdict().decision().name());
    evidence(properties, finding);
    return result;
  }

  private static ObjectNode packageResult(
      Report.Subject subject, PackageWalk.Visit visit, Finding finding, Rules rules) {
    Verdict v = visit.verdict();
    ObjectNode result = base(finding, rules, visit.pathText() + ": " + finding.message());
    ObjectNode location = result.putArray("locations").addObject();
    if (subject.file().isPresent()) {
      String file = subject.file().get();
      physical(
          location, file, visit.line().orElse(new EnvironmentDescription.Location(file, 1, 0)));
    }
    ObjectNode logical = location.putArray("logicalLocations").addObject();
    logical.put("name", v.id().name());
    logical.put("fullyQualifiedName", PackageWalk.key(v));
    logical.put("kind", "package");
    fingerprint(result, subject.file().orElse(""), PackageWalk.key(v), finding);
    ObjectNode properties = result.putObject("properties");
    properties.put("ecosystem", v.id().ecosystem());
    properties.put("package", v.id().name());
    v.version().ifPresent(version -> properties.put("version", version));
    properties.put("decision", v.decision().name());
    properties.put("effectiveDecision", v.effectiveDecision().name());
    ArrayNode path = properties.putArray("dependencyPath");
    visit.path().forEach(p -> path.add(PackageWalk.key(p)));
    evidence(properties, finding);
    return result;
  }

  private static ObjectNode base(Finding finding, Rules rules, String text) {
    ObjectNode result = MAPPER.createObjectNode();
    result.put("ruleId", finding.ruleId());
    result.put("ruleIndex", rules.index(finding));
    result.put("level", level(finding.level()));
    String message =
        finding.remediation().isBlank() ? text : text + " (fix: " + finding.remediation() + ")";
    result.putObject("message").put("text", message);
    return result;
  }

  /** Puts a physicalLocation into a SARIF location object. */
  private static void physical(
      ObjectNode container, String file, EnvironmentDescription.Location at) {
    ObjectNode location = container.putObject("physicalLocation");
    location.putObject("artifactLocation").put("uri", uri(file));
    ObjectNode region = location.putObject("region");
    region.put("startLine", Math.max(1, at.line()));
    if (at.column() > 0) {
      region.put("startColumn", at.column());
    }
  }

  /** A relative path as a relative URI reference: {@code /} separators, reserved bytes escaped. */
  static String uri(String file) {
    StringBuilder out = new StringBuilder();
    for (byte b : file.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  private static void evidence(ObjectNode properties, Finding finding) {
    properties.put("findingLevel", finding.level().name());
    properties.put("category", finding.category().name());
    ObjectNode evidence = properties.putObject("evidence");
    finding.evidence().values().forEach(evidence::put);
    if (!finding.remediation().isBlank()) {
      properties.put("remediation", finding.remediation());
    }
  }

  /** A fingerprint that stays the same while the file, package and finding do. */
  private static void fingerprint(ObjectNode result, String file, String pkg, Finding finding) {
    String identity = file + "\n" + pkg + "\n" + finding.key();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      result
          .putObject("partialFingerprints")
          .put("pkgguardFinding/v1", HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** SARIF's level: what fails a build is an error, what needs a look a warning. */
  static String level(RiskLevel level) {
    return switch (level) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, NONE -> "note";
    };
  }

  /** GitHub's {@code security-severity}: critical above 9.0, high from 7.0, medium from 4.0. */
  static String securitySeverity(RiskLevel level) {
    return switch (level) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "3.0";
      case NONE -> "0.0";
    };
  }

  private static Optional<Integer> parseLine(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The run's rule table: every descriptor, and a plain entry for ids no descriptor has. */
  private static final class Rules {
    private final Map<String, Integer> indexes = new LinkedHashMap<>();
    private final ArrayNode array;

    Rules(List<RuleDescriptor> descriptors, ArrayNode array) {
      this.array = array;
      for (RuleDescriptor d : descriptors) {
        if (indexes.containsKey(d.id())) {
          continue;
        }
        ObjectNode rule = add(d.id(), d.level());
        rule.putObject("shortDescription").put("text", d.summary());
        if (!d.explanation().isBlank()) {
          rule.putObject("fullDescription").put("text", d.explanation());
          rule.putObject("help").put("text", d.explanation());
        }
        ((ArrayNode) rule.path("properties").path("tags"))
            .add(d.category().name().toLowerCase(Locale.ROOT));
      }
    }

    int index(Finding finding) {
      Integer index = indexes.get(finding.ruleId());
      if (index == null) {
        ObjectNode rule = add(finding.ruleId(), finding.level());
        rule.putObject("shortDescription").put("text", "pkgguard's " + finding.ruleId() + " check");
        ((ArrayNode) rule.path("properties").path("tags"))
            .add(finding.category().name().toLowerCase(Locale.ROOT));
        index = indexes.get(finding.ruleId());
      }
      return index;
    }

    private ObjectNode add(String id, RiskLevel level) {
      indexes.put(id, array.size());
      ObjectNode rule = array.addObject();
      rule.put("id", id);
      rule.putObject("defaultConfiguration").put("level", level(level));
      ObjectNode properties = rule.putObject("properties");
      properties.putArray("tags").add("security").add("supply-chain");
      properties.put("security-severity", securitySeverity(level));
      return rule;
    }
  }
}
