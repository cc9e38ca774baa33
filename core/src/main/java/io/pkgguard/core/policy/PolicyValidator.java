package io.pkgguard.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.RiskLevel;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a policy's TOML tree before it is used: only known keys, values of the right types and
 * ranges, monotonic decisions, safe source URLs. Each problem is a {@link ConfigurationException}
 * naming the file, the line (when it can be found) and the key, and saying what was expected.
 */
final class PolicyValidator {

  static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*([-_][a-z0-9]+)*");
  private static final Set<String> TOP_LEVEL =
      Set.of(
          "decisions",
          "limits",
          "dependencies",
          "inspection",
          "pause",
          "deny",
          "sources",
          "advisories",
          "rules",
          "store",
          "approvals",
          "install",
          "plugins");
  private static final Set<String> APPROVAL_KEYS = Set.of("administrators", "max-days");
  private static final Set<String> INSTALL_KEYS =
      Set.of("build-sdists", "allow-system", "lock-wait-ms", "pip-timeout-ms");
  private static final Set<String> LIMIT_KEYS =
      Set.of(
          "rule-timeout-ms",
          "rule-timeout-ms-per-text-mib",
          "fetch-timeout-ms",
          "max-response-bytes",
          "concurrency",
          "max-attempts",
          "per-host-concurrency",
          "cache-bytes",
          "stall-timeout-ms",
          "host-cooldown-ms");
  private static final Set<String> DEPENDENCY_KEYS =
      Set.of("walk", "max-depth", "max-packages", "complex-packages", "complex-depth");
  private static final Set<String> INSPECTION_KEYS =
      Set.of(
          "files",
          "max-file-bytes",
          "max-evaluation-bytes",
          "download-timeout-ms",
          "max-entries",
          "max-entry-bytes",
          "max-unpacked-bytes",
          "max-compression-ratio",
          "max-path-depth",
          "max-text-bytes",
          "max-text-total",
          "cached-files");
  private static final Set<String> PAUSE_KEYS = Set.of("active", "reason");
  private static final Set<String> SOURCE_KEYS =
      Set.of("type", "url", "trusted-hosts", "service-hosts", "enabled", "required", "options");

  private PolicyValidator() {}

  /** Checks a policy tree; the first problem is thrown, naming file, line and key. */
  static void validate(ObjectNode root, Located where) {
    unknownKeys(root, TOP_LEVEL, where, List.of());
    if (root.has("decisions")) {
      ObjectNode decisions = table(root.get("decisions"), where, List.of("decisions"));
      Set<String> levels = new LinkedHashSet<>();
      for (RiskLevel level : RiskLevel.values()) {
        levels.add(level.name().toLowerCase(Locale.ROOT));
      }
      unknownKeys(decisions, levels, where, List.of("decisions"));
      decisions
          .fields()
          .forEachRemaining(e -> decision(e.getValue(), where, List.of("decisions", e.getKey())));
      if (decisions.has("critical")
          && decisions.get("critical").isTextual()
          && !decisions.get("critical").asText().equals("reject")) {
        throw fail(
            where,
            List.of("decisions", "critical"),
            "critical findings are always"
                + " rejected (the guidelines' immediate rejection), so [decisions] critical can only"
                + " be \"reject\"; to accept one package despite a finding, lower that rule's level"
                + " for it in [rules.<id>], which verdicts then list as a relaxation");
      }
    }
    if (root.has("limits")) {
      ObjectNode limits = table(root.get("limits"), where, List.of("limits"));
      unknownKeys(limits, LIMIT_KEYS, where, List.of("limits"));
      limits
          .fields()
          .forEachRemaining(
              e -> {
                List<String> path = List.of("limits", e.getKey());
                long max =
                    switch (e.getKey()) {
                      case "concurrency" -> 256;
                      case "max-attempts" -> 10;
                      case "per-host-concurrency" -> 64;
                      case "cache-bytes" -> 1L << 34;
                      case "max-response-bytes" -> 1L << 31;
                      default -> Duration.ofMinutes(10).toMillis();
                    };
                long min =
                    e.getKey().equals("cache-bytes")
                            || e.getKey().equals("host-cooldown-ms")
                            || e.getKey().equals("rule-timeout-ms-per-text-mib")
                        ? 0
                        : 1;
                wholeNumber(e.getValue(), min, max, where, path);
              });
    }
    if (root.has("dependencies")) {
      ObjectNode dependencies = table(root.get("dependencies"), where, List.of("dependencies"));
      unknownKeys(dependencies, DEPENDENCY_KEYS, where, List.of("dependencies"));
      dependencies
          .fields()
          .forEachRemaining(
              e -> {
                List<String> path = List.of("dependencies", e.getKey());
                if (e.getKey().equals("walk")) {
                  bool(e.getValue(), where, path);
                } else {
                  wholeNumber(
                      e.getValue(),
                      1,
                      e.getKey().endsWith("depth") ? 1_000 : 1_000_000,
                      where,
                      path);
                }
              });
    }
    if (root.has("inspection")) {
      ObjectNode inspection = table(root.get("inspection"), where, List.of("inspection"));
      unknownKeys(inspection, INSPECTION_KEYS, where, List.of("inspection"));
      inspection
          .fields()
          .forEachRemaining(
              e -> {
                List<String> path = List.of("inspection", e.getKey());
                switch (e.getKey()) {
                  case "files" -> {
                    String value = string(e.getValue(), where, path);
                    if (!value.equals("best") && !value.equals("all")) {
                      throw fail(
                          where,
                          path,
                          "must be \"best\" (the file an installer would choose"
                              + " for the target) or \"all\" (every file of the release), not \""
                              + value
                              + "\"");
                    }
                  }
                  case "max-entries", "max-compression-ratio", "max-path-depth" ->
                      wholeNumber(e.getValue(), 1, 10_000_000, where, path);
                  case "max-text-bytes" -> wholeNumber(e.getValue(), 1, 1L << 30, where, path);
                  case "cached-files" -> wholeNumber(e.getValue(), 0, 1_000_000, where, path);
                  case "download-timeout-ms" ->
                      wholeNumber(e.getValue(), 1, Duration.ofHours(2).toMillis(), where, path);
                  default -> wholeNumber(e.getValue(), 1, 1L << 40, where, path);
                }
              });
    }
    if (root.has("pause")) {
      ObjectNode pause = table(root.get("pause"), where, List.of("pause"));
      unknownKeys(pause, PAUSE_KEYS, where, List.of("pause"));
      if (pause.has("active")) {
        bool(pause.get("active"), where, List.of("pause", "active"));
      }
      if (pause.has("reason")) {
        string(pause.get("reason"), where, List.of("pause", "reason"));
      }
    }
    if (root.has("store")) {
      ObjectNode store = table(root.get("store"), where, List.of("store"));
      store
          .fields()
          .forEachRemaining(
              e -> {
                List<String> path = List.of("store", e.getKey());
                if (e.getKey().matches("password|secret|token|credentials")) {
                  throw fail(
                      where,
                      path,
                      "credentials never go in the policy file: name the"
                          + " environment variable that holds them (password-env, user-env)");
                }
                if (e.getKey().equals("pause-check-ms")) {
                  wholeNumber(e.getValue(), 100, 60_000, where, path);
                } else if (e.getKey().equals("type")) {
                  String value = string(e.getValue(), where, path);
                  if (!ID.matcher(value).matches()) {
                    throw fail(
                        where,
                        path,
                        "a store type is a lower-case id such as \"sqlite\","
                            + " \"postgresql\" or \"none\", not \""
                            + value
                            + "\"");
                  }
                } else if (!e.getValue().isIntegralNumber() && !e.getValue().isBoolean()) {
                  string(
                      e.getValue(), where, path); // a store's own option: text, a number or a flag
                }
              });
    }
    if (root.has("approvals")) {
      ObjectNode approvals = table(root.get("approvals"), where, List.of("approvals"));
      unknownKeys(approvals, APPROVAL_KEYS, where, List.of("approvals"));
      if (approvals.has("administrators")) {
        for (String identity :
            strings(
                approvals.get("administrators"), where, List.of("approvals", "administrators"))) {
          if (identity.isBlank()) {
            throw fail(
                where,
                List.of("approvals", "administrators"),
                "an administrator's" + " identity cannot be empty");
          }
        }
      }
      if (approvals.has("max-days")) {
        wholeNumber(approvals.get("max-days"), 1, 3650, where, List.of("approvals", "max-days"));
      }
    }
    if (root.has("install")) {
      ObjectNode install = table(root.get("install"), where, List.of("install"));
      unknownKeys(install, INSTALL_KEYS, where, List.of("install"));
      for (String flag : List.of("build-sdists", "allow-system")) {
        if (install.has(flag)) {
          bool(install.get(flag), where, List.of("install", flag));
        }
      }
      if (install.has("lock-wait-ms")) {
        wholeNumber(
            install.get("lock-wait-ms"), 0, 3_600_000, where, List.of("install", "lock-wait-ms"));
      }
      if (install.has("pip-timeout-ms")) {
        wholeNumber(
            install.get("pip-timeout-ms"),
            1_000,
            7_200_000,
            where,
            List.of("install", "pip-timeout-ms"));
      }
    }
    if (root.has("plugins")) {
      ObjectNode plugins = table(root.get("plugins"), where, List.of("plugins"));
      unknownKeys(plugins, Set.of("dirs"), where, List.of("plugins"));
      if (plugins.has("dirs")) {
        for (String dir : strings(plugins.get("dirs"), where, List.of("plugins", "dirs"))) {
          if (dir.isBlank()) {
            throw fail(where, List.of("plugins", "dirs"), "a plugin directory cannot be empty");
          }
        }
      }
    }
    if (root.has("deny")) {
      for (String entry : strings(root.get("deny"), where, List.of("deny"))) {
        if (!entry.matches("[a-z0-9]+:.+")) {
          throw fail(
              where,
              List.of("deny"),
              "entry \"" + entry + "\" must be written ecosystem:name, such as \"pypi:evil-pkg\"");
        }
      }
    }
    if (root.has("sources")) {
      ObjectNode sources = table(root.get("sources"), where, List.of("sources"));
      sources
          .fields()
          .forEachRemaining(e -> validateSource("sources", e.getKey(), e.getValue(), where));
    }
    if (root.has("advisories")) {
      ObjectNode advisories = table(root.get("advisories"), where, List.of("advisories"));
      advisories
          .fields()
          .forEachRemaining(e -> validateSource("advisories", e.getKey(), e.getValue(), where));
    }
    if (root.has("rules")) {
      ObjectNode rules = table(root.get("rules"), where, List.of("rules"));
      rules.fields().forEachRemaining(e -> validateRule(e.getKey(), e.getValue(), where));
    }
  }

  private static void validateSource(String kind, String id, JsonNode node, Located where) {
    List<String> path = List.of(kind, id);
    if (!ID.matcher(id).matches()) {
      throw fail(where, path, "source id '" + id + "' must be lower-case letters, digits and -");
    }
    ObjectNode source = table(node, where, path);
    unknownKeys(source, SOURCE_KEYS, where, path);
    if (source.has("type")) {
      string(source.get("type"), where, child(path, "type"));
    }
    if (source.has("url")) {
      indexUrl(string(source.get("url"), where, child(path, "url")), where, child(path, "url"));
    }
    for (String key : List.of("trusted-hosts", "service-hosts")) {
      if (source.has(key)) {
        for (String host : strings(source.get(key), where, child(path, key))) {
          if (!host.matches("[A-Za-z0-9.-]+(:[0-9]+)?")) {
            throw fail(
                where,
                child(path, key),
                "\"" + host + "\" is not a host name; give names such as \"files.example.com\"");
          }
        }
      }
    }
    if (source.has("enabled")) {
      bool(source.get("enabled"), where, child(path, "enabled"));
    }
    if (source.has("required")) {
      bool(source.get("required"), where, child(path, "required"));
    }
    if (source.has("options")) {
      ObjectNode options = table(source.get("options"), where, child(path, "options"));
      options
          .fields()
          .forEachRemaining(
              e -> string(e.getValue(), where, List.of(kind, id, "options", e.getKey())));
    }
  }

  private static void validateRule(String id, JsonNode node, Located where) {
    List<String> path = List.of("rules", id);
    if (!ID.matcher(id).matches()) {
      throw fail(where, path, "rule id '" + id + "' must be lower-case words joined by -");
    }
    ObjectNode rule = table(node, where, path);
    rule.fields()
        .forEachRemaining(
            e -> {
              List<String> key = child(path, e.getKey());
              JsonNode value = e.getValue();
              if (e.getKey().equals("enabled")) {
                bool(value, where, key);
              } else if (!(value.isBoolean()
                  || value.isIntegralNumber()
                  || value.isTextual()
                  || (value.isArray() && allText(value)))) {
                throw fail(
                    where,
                    key,
                    "expected true/false, a whole number, a string or a list of strings, found "
                        + describe(value));
              } else if (value.isIntegralNumber() && !value.canConvertToLong()) {
                // read as a long it would wrap around: 2^64 + 100 would become 100
                throw fail(
                    where,
                    key,
                    "expected a whole number from "
                        + Long.MIN_VALUE
                        + " to "
                        + Long.MAX_VALUE
                        + ", found "
                        + value.asText());
              }
            });
  }

  static URI indexUrl(String text, Located where, List<String> path) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw fail(where, path, "\"" + text + "\" is not a URL (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!Set.of("https", "http", "file").contains(scheme) || !uri.isAbsolute()) {
      throw fail(
          where,
          path,
          "\"" + text + "\" must be an https: URL (http: only on loopback) or a file: URL");
    }
    if (uri.getUserInfo() != null) {
      throw fail(
          where,
          path,
          "do not put credentials in the URL; they would be logged and recorded in verdicts");
    }
    return uri;
  }

  private static ObjectNode table(JsonNode node, Located where, List<String> path) {
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw fail(where, path, "expected a table, found " + describe(node));
  }

  private static void unknownKeys(
      ObjectNode node, Set<String> known, Located where, List<String> path) {
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!known.contains(key)) {
                throw fail(
                    where,
                    child(path, key),
                    "unknown key '"
                        + key
                        + "'"
                        + (path.isEmpty()
                            ? " at the top level"
                            : " in [" + String.join(".", path) + "]")
                        + "; expected one of: "
                        + String.join(", ", new java.util.TreeSet<>(known)));
              }
            });
  }

  private static void decision(JsonNode node, Located where, List<String> path) {
    String text = string(node, where, path);
    try {
      PolicyAssembler.parseDecision(text);
    } catch (IllegalArgumentException e) {
      throw fail(
          where,
          path,
          "expected one of allow, review, special-approval, reject, found \"" + text + "\"");
    }
  }

  private static void wholeNumber(
      JsonNode node, long min, long max, Located where, List<String> path) {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw fail(where, path, "expected a whole number, found " + describe(node));
    }
    long value = node.longValue();
    if (value < min || value > max) {
      throw fail(
          where, path, "expected a whole number from " + min + " to " + max + ", found " + value);
    }
  }

  private static void bool(JsonNode node, Located where, List<String> path) {
    if (!node.isBoolean()) {
      throw fail(where, path, "expected true or false, found " + describe(node));
    }
  }

  private static String string(JsonNode node, Located where, List<String> path) {
    if (!node.isTextual()) {
      throw fail(where, path, "expected a string, found " + describe(node));
    }
    return node.textValue();
  }

  private static List<String> strings(JsonNode node, Located where, List<String> path) {
    if (!node.isArray() || !allText(node)) {
      throw fail(where, path, "expected a list of strings, found " + describe(node));
    }
    List<String> values = new ArrayList<>();
    node.forEach(n -> values.add(n.textValue()));
    return values;
  }

  private static boolean allText(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static String describe(JsonNode node) {
    if (node.isTextual()) {
      return "the string \"" + node.textValue() + "\"";
    }
    if (node.isObject()) {
      return "a table";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isBoolean()) {
      return "the boolean " + node.booleanValue();
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static List<String> child(List<String> path, String key) {
    List<String> result = new ArrayList<>(path);
    result.add(key);
    return List.copyOf(result);
  }

  private static ConfigurationException fail(Located where, List<String> path, String message) {
    List<String> full = new ArrayList<>(where.prefix());
    full.addAll(path);
    String line =
        TomlLineFinder.lineOf(where.text(), full).stream()
            .mapToObj(n -> ":" + n)
            .findFirst()
            .orElse("");
    return new ConfigurationException(
        where.origin() + line + ": " + String.join(".", path) + ": " + message);
  }

  /** Text being validated, for messages: its origin, content and the table it sits under. */
  record Located(String origin, String text, List<String> prefix) {}
}
