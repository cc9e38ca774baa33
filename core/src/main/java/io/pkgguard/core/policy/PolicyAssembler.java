package io.pkgguard.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Decision;
import io.pkgguard.api.RiskLevel;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a merged, valid policy tree into a {@link Policy}. The tree has passed {@link
 * PolicyValidator}, so only the built-in policy's gaps (a source without a type, say) can still
 * be reported here.
 */
final class PolicyAssembler {

  private PolicyAssembler() {}

  static Policy build(ObjectNode tree, String origin, String fingerprint) {
    var decisions = new EnumMap<RiskLevel, Decision>(RiskLevel.class);
    JsonNode decisionNode = tree.path("decisions");
    for (RiskLevel level : RiskLevel.values()) {
      JsonNode value = decisionNode.get(level.name().toLowerCase(Locale.ROOT));
      if (value == null) {
        throw new ConfigurationException(
            origin + ": [decisions] has no entry for " + level.name().toLowerCase(Locale.ROOT));
      }
      decisions.put(level, parseDecision(value.asText()));
    }
    DecisionMapping mapping;
    try {
      mapping = new DecisionMapping(decisions);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(origin + ": [decisions] " + e.getMessage());
    }
    JsonNode limitsNode = tree.path("limits");
    Limits limits =
        new Limits(
            Duration.ofMillis(limitsNode.path("rule-timeout-ms").asLong()),
            Duration.ofMillis(limitsNode.path("rule-timeout-ms-per-text-mib").asLong()),
            Duration.ofMillis(limitsNode.path("fetch-timeout-ms").asLong()),
            limitsNode.path("max-response-bytes").asLong(),
            limitsNode.path("concurrency").asInt(),
            limitsNode.path("max-attempts").asInt(),
            limitsNode.path("per-host-concurrency").asInt(),
            limitsNode.path("cache-bytes").asLong(),
            Duration.ofMillis(limitsNode.path("stall-timeout-ms").asLong()),
            Duration.ofMillis(limitsNode.path("host-cooldown-ms").asLong()));
    JsonNode walkNode = tree.path("dependencies");
    DependencyLimits dependencies =
        new DependencyLimits(
            walkNode.path("walk").asBoolean(true),
            walkNode.path("max-depth").asInt(),
            walkNode.path("max-packages").asInt(),
            walkNode.path("complex-packages").asInt(),
            walkNode.path("complex-depth").asInt());
    JsonNode inspectNode = tree.path("inspection");
    InspectionSettings inspection =
        new InspectionSettings(
            inspectNode.path("files").asText("best").equals("all"),
            inspectNode.path("max-file-bytes").asLong(),
            inspectNode.path("max-evaluation-bytes").asLong(),
            Duration.ofMillis(inspectNode.path("download-timeout-ms").asLong()),
            new ArchiveLimits(
                inspectNode.path("max-entries").asInt(),
                inspectNode.path("max-entry-bytes").asLong(),
                inspectNode.path("max-unpacked-bytes").asLong(),
                inspectNode.path("max-compression-ratio").asInt(),
                inspectNode.path("max-path-depth").asInt(),
                inspectNode.path("max-text-bytes").asInt(),
                inspectNode.path("max-text-total").asLong()),
            inspectNode.path("cached-files").asInt());
    JsonNode pauseNode = tree.path("pause");
    Pause pause =
        new Pause(
            pauseNode.path("active").asBoolean(false), pauseNode.path("reason").asText(""), false);
    List<String> deny = new ArrayList<>();
    tree.path("deny").forEach(n -> deny.add(n.asText()));

    var sources = sourceTables(tree.path("sources"), "sources", "\"pypi-json\"", origin);
    var advisories = sourceTables(tree.path("advisories"), "advisories", "\"osv-api\"", origin);

    var rules = new TreeMap<String, RuleSettings>();
    tree.path("rules")
        .fields()
        .forEachRemaining(
            e -> {
              var values = new LinkedHashMap<String, Object>();
              boolean enabled = true;
              var fields = e.getValue().fields();
              while (fields.hasNext()) {
                var field = fields.next();
                if (field.getKey().equals("enabled")) {
                  enabled = field.getValue().asBoolean();
                } else {
                  values.put(field.getKey(), plain(field.getValue()));
                }
              }
              rules.put(e.getKey(), new RuleSettings(enabled, values));
            });
    JsonNode storeNode = tree.path("store");
    var storeOptions = new TreeMap<String, String>();
    storeNode
        .fields()
        .forEachRemaining(
            e -> {
              if (!e.getKey().equals("type") && !e.getKey().equals("pause-check-ms")) {
                storeOptions.put(e.getKey(), e.getValue().asText());
              }
            });
    StoreConfig store =
        new StoreConfig(
            storeNode.path("type").asText(StoreConfig.NONE),
            storeOptions,
            Duration.ofMillis(storeNode.path("pause-check-ms").asLong(2000)));
    JsonNode approvalsNode = tree.path("approvals");
    List<String> administrators = new ArrayList<>();
    approvalsNode.path("administrators").forEach(n -> administrators.add(n.asText()));
    ApprovalSettings approvals =
        new ApprovalSettings(
            administrators, Duration.ofDays(approvalsNode.path("max-days").asLong(90)));
    return new Policy(
        mapping,
        limits,
        dependencies,
        inspection,
        pause,
        deny,
        sources,
        advisories,
        rules,
        store,
        approvals,
        install(tree.path("install")),
        new PluginSettings(strings(tree.path("plugins").path("dirs"))),
        origin,
        fingerprint);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** The {@code [install]} table; defaults for what it does not say. */
  private static InstallSettings install(JsonNode node) {
    return new InstallSettings(
        node.path("build-sdists").asBoolean(false),
        node.path("allow-system").asBoolean(false),
        Duration.ofMillis(node.path("lock-wait-ms").asLong(30_000)),
        Duration.ofMillis(node.path("pip-timeout-ms").asLong(600_000)));
  }

  /** The {@code [sources.<id>]} or {@code [advisories.<id>]} tables, in order. */
  private static Map<String, SourceConfig> sourceTables(
      JsonNode tables, String kind, String typeExample, String origin) {
    var configs = new LinkedHashMap<String, SourceConfig>();
    tables
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode s = e.getValue();
              if (!s.hasNonNull("type") || !s.hasNonNull("url")) {
                throw new ConfigurationException(
                    origin
                        + ": ["
                        + kind
                        + "."
                        + e.getKey()
                        + "] needs both 'type' (such as "
                        + typeExample
                        + ") and 'url'");
              }
              Set<String> hosts = new LinkedHashSet<>();
              s.path("trusted-hosts").forEach(h -> hosts.add(h.asText().toLowerCase(Locale.ROOT)));
              Set<String> serviceHosts = new LinkedHashSet<>();
              s.path("service-hosts")
                  .forEach(h -> serviceHosts.add(h.asText().toLowerCase(Locale.ROOT)));
              Map<String, String> options = new TreeMap<>();
              s.path("options")
                  .fields()
                  .forEachRemaining(o -> options.put(o.getKey(), o.getValue().asText()));
              configs.put(
                  e.getKey(),
                  new SourceConfig(
                      e.getKey(),
                      s.get("type").asText(),
                      URI.create(s.get("url").asText()),
                      hosts,
                      serviceHosts,
                      s.path("enabled").asBoolean(true),
                      s.path("required").asBoolean(true),
                      options));
            });
    return configs;
  }

  static Object plain(JsonNode value) {
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber()) {
      return value.longValue();
    }
    if (value.isArray()) {
      List<String> list = new ArrayList<>();
      value.forEach(v -> list.add(v.asText()));
      return List.copyOf(list);
    }
    return value.asText();
  }

  static Decision parseDecision(String text) {
    return Decision.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
