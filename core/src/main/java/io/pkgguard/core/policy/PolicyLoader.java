package io.pkgguard.core.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Decision;
import io.pkgguard.api.RiskLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import java.util.regex.Pattern;

/**
 * Reads policies from TOML: a policy file of its own, or the {@code [tool.pkgguard]} table of a
 * {@code pyproject.toml}. The file is laid over the built-in default (tables merge key by key,
 * arrays replace) and validated strictly: an unknown key, a wrong type or an out-of-range value
 * is a {@link ConfigurationException} naming the file, the line, the key and what was expected.
 */
public final class PolicyLoader {

  /** Policy files larger than this are refused; real ones are a few kilobytes. */
  static final int MAX_POLICY_BYTES = 1 << 20;

  private static final String DEFAULT_RESOURCE = "default-policy.toml";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*([-_][a-z0-9]+)*");
  private static final Set<String> TOP_LEVEL =
      Set.of("decisions", "limits", "pause", "deny", "sources", "rules");
  private static final Set<String> LIMIT_KEYS =
      Set.of("rule-timeout-ms", "fetch-timeout-ms", "max-response-bytes", "concurrency",
          "max-attempts", "per-host-concurrency", "cache-bytes");
  private static final Set<String> PAUSE_KEYS = Set.of("active", "reason");
  private static final Set<String> SOURCE_KEYS =
      Set.of("type", "url", "trusted-hosts", "service-hosts", "enabled", "options");

  private static final TomlMapper MAPPER =
      new TomlMapper(
          TomlFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(64)
                      .maxStringLength(MAX_POLICY_BYTES)
                      .build())
              .build());

  private static final Policy DEFAULTS = loadDefaults();

  private PolicyLoader() {}

  /** The built-in policy. */
  static Policy defaults() {
    return DEFAULTS;
  }

  /**
   * Reads a policy file: {@code pyproject.toml} is read from its {@code [tool.pkgguard]} table,
   * any other file as a policy of its own.
   *
   * @throws ConfigurationException if the file cannot be read or is not a valid policy
   */
  public static Policy load(Path file) {
    String origin = file.toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new ConfigurationException(origin + ": is a directory, not a policy file");
      }
      if (Files.size(file) > MAX_POLICY_BYTES) {
        throw new ConfigurationException(
            origin + ": larger than " + MAX_POLICY_BYTES + " bytes; is this really a policy?");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(origin + ": no such file");
    } catch (IOException e) {
      throw new ConfigurationException(origin + ": cannot be read (" + e.getMessage() + ")", e);
    }
    String text = decodeUtf8(bytes, origin);
    boolean pyproject = file.getFileName() != null
        && file.getFileName().toString().equals("pyproject.toml");
    return pyproject ? parsePyproject(text, origin) : parse(text, origin);
  }

  /**
   * Parses policy TOML text laid over the built-in default.
   *
   * @param text the TOML
   * @param origin how to name the text in messages (a file name)
   */
  public static Policy parse(String text, String origin) {
    ObjectNode user = readToml(text, origin);
    return fromUserTree(user, new Located(origin, text, List.of()));
  }

  /** Parses the {@code [tool.pkgguard]} table of a {@code pyproject.toml} text. */
  public static Policy parsePyproject(String text, String origin) {
    ObjectNode root = readToml(text, origin);
    JsonNode table = root.path("tool").path("pkgguard");
    if (!table.isObject()) {
      throw new ConfigurationException(
          origin + ": has no [tool.pkgguard] table; add one, or pass a policy file of its own");
    }
    return fromUserTree((ObjectNode) table, new Located(origin, text, List.of("tool", "pkgguard")));
  }

  private static Policy fromUserTree(ObjectNode user, Located where) {
    validate(user, where);
    ObjectNode merged = defaultTree().deepCopy();
    merge(merged, user);
    return build(merged, where.origin(), fingerprintOf(merged));
  }

  private static Policy loadDefaults() {
    ObjectNode tree = defaultTree();
    validate(tree, new Located("built-in policy", defaultText(), List.of()));
    return build(tree, "built-in", fingerprintOf(tree));
  }

  private static ObjectNode defaultTree() {
    return readToml(defaultText(), "built-in policy");
  }

  private static String defaultText() {
    try (InputStream in = PolicyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String decodeUtf8(byte[] bytes, String origin) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ConfigurationException(origin + ": is not UTF-8 text; TOML files must be UTF-8");
    }
  }

  private static ObjectNode readToml(String text, String origin) {
    if (text.length() > MAX_POLICY_BYTES) {
      throw new ConfigurationException(origin + ": larger than " + MAX_POLICY_BYTES + " bytes");
    }
    try {
      JsonNode node = MAPPER.readTree(text);
      return node instanceof ObjectNode object ? object : MAPPER.createObjectNode();
    } catch (JacksonException e) {
      JsonLocation location = e.getLocation();
      String line = location != null && location.getLineNr() > 0
          ? ":" + location.getLineNr() + ":" + location.getColumnNr()
          : "";
      throw new ConfigurationException(
          origin + line + ": invalid TOML: " + e.getOriginalMessage()
              + " (see https://toml.io for the syntax)");
    }
  }

  /**
   * Where a key of a policy is written, for messages about it: {@code file:line} when the policy
   * was loaded from a file that still has the key, otherwise its origin.
   */
  public static String location(Policy policy, List<String> path) {
    Path file;
    try {
      file = Path.of(policy.origin());
    } catch (java.nio.file.InvalidPathException e) {
      return policy.origin();
    }
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_POLICY_BYTES) {
        return policy.origin();
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<String> full = new ArrayList<>();
      if (file.getFileName().toString().equals("pyproject.toml")) {
        full.addAll(List.of("tool", "pkgguard"));
      }
      full.addAll(path);
      return TomlLineFinder.lineOf(text, full).stream()
          .mapToObj(line -> policy.origin() + ":" + line).findFirst().orElse(policy.origin());
    } catch (IOException | java.io.UncheckedIOException e) {
      return policy.origin();
    }
  }

  // ---- validation (the user's tree, before merging, so messages point at the user's file) ----

  private static void validate(ObjectNode root, Located where) {
    unknownKeys(root, TOP_LEVEL, where, List.of());
    if (root.has("decisions")) {
      ObjectNode decisions = table(root.get("decisions"), where, List.of("decisions"));
      Set<String> levels = new LinkedHashSet<>();
      for (RiskLevel level : RiskLevel.values()) {
        levels.add(level.name().toLowerCase(Locale.ROOT));
      }
      unknownKeys(decisions, levels, where, List.of("decisions"));
      decisions.fields().forEachRemaining(e -> decision(e.getValue(), where,
          List.of("decisions", e.getKey())));
    }
    if (root.has("limits")) {
      ObjectNode limits = table(root.get("limits"), where, List.of("limits"));
      unknownKeys(limits, LIMIT_KEYS, where, List.of("limits"));
      limits.fields().forEachRemaining(e -> {
        List<String> path = List.of("limits", e.getKey());
        long max = switch (e.getKey()) {
          case "concurrency" -> 256;
          case "max-attempts" -> 10;
          case "per-host-concurrency" -> 64;
          case "cache-bytes" -> 1L << 34;
          case "max-response-bytes" -> 1L << 31;
          default -> Duration.ofMinutes(10).toMillis();
        };
        wholeNumber(e.getValue(), e.getKey().equals("cache-bytes") ? 0 : 1, max, where, path);
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
    if (root.has("deny")) {
      for (String entry : strings(root.get("deny"), where, List.of("deny"))) {
        if (!entry.matches("[a-z0-9]+:.+")) {
          throw fail(where, List.of("deny"),
              "entry \"" + entry + "\" must be written ecosystem:name, such as \"pypi:evil-pkg\"");
        }
      }
    }
    if (root.has("sources")) {
      ObjectNode sources = table(root.get("sources"), where, List.of("sources"));
      sources.fields().forEachRemaining(e -> validateSource(e.getKey(), e.getValue(), where));
    }
    if (root.has("rules")) {
      ObjectNode rules = table(root.get("rules"), where, List.of("rules"));
      rules.fields().forEachRemaining(e -> validateRule(e.getKey(), e.getValue(), where));
    }
  }

  private static void validateSource(String id, JsonNode node, Located where) {
    List<String> path = List.of("sources", id);
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
            throw fail(where, child(path, key), "\"" + host
                + "\" is not a host name; give names such as \"files.example.com\"");
          }
        }
      }
    }
    if (source.has("enabled")) {
      bool(source.get("enabled"), where, child(path, "enabled"));
    }
    if (source.has("options")) {
      ObjectNode options = table(source.get("options"), where, child(path, "options"));
      options.fields().forEachRemaining(e ->
          string(e.getValue(), where, List.of("sources", id, "options", e.getKey())));
    }
  }

  private static void validateRule(String id, JsonNode node, Located where) {
    List<String> path = List.of("rules", id);
    if (!ID.matcher(id).matches()) {
      throw fail(where, path, "rule id '" + id + "' must be lower-case words joined by -");
    }
    ObjectNode rule = table(node, where, path);
    rule.fields().forEachRemaining(e -> {
      List<String> key = child(path, e.getKey());
      JsonNode value = e.getValue();
      if (e.getKey().equals("enabled")) {
        bool(value, where, key);
      } else if (!(value.isBoolean() || value.isIntegralNumber() || value.isTextual()
          || (value.isArray() && allText(value)))) {
        throw fail(where, key,
            "expected true/false, a whole number, a string or a list of strings, found "
                + describe(value));
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
      throw fail(where, path,
          "\"" + text + "\" must be an https: URL (http: only on loopback) or a file: URL");
    }
    if (uri.getUserInfo() != null) {
      throw fail(where, path,
          "do not put credentials in the URL; they would be logged and recorded in verdicts");
    }
    return uri;
  }

  // ---- building the Policy from a merged, valid tree ----

  private static Policy build(ObjectNode tree, String origin, String fingerprint) {
    var decisions = new EnumMap<RiskLevel, Decision>(RiskLevel.class);
    JsonNode decisionNode = tree.path("decisions");
    for (RiskLevel level : RiskLevel.values()) {
      JsonNode value = decisionNode.get(level.name().toLowerCase(Locale.ROOT));
      if (value == null) {
        throw new ConfigurationException(origin + ": [decisions] has no entry for "
            + level.name().toLowerCase(Locale.ROOT));
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
    Limits limits = new Limits(
        Duration.ofMillis(limitsNode.path("rule-timeout-ms").asLong()),
        Duration.ofMillis(limitsNode.path("fetch-timeout-ms").asLong()),
        limitsNode.path("max-response-bytes").asLong(),
        limitsNode.path("concurrency").asInt(),
        limitsNode.path("max-attempts").asInt(),
        limitsNode.path("per-host-concurrency").asInt(),
        limitsNode.path("cache-bytes").asLong());
    JsonNode pauseNode = tree.path("pause");
    Pause pause = new Pause(pauseNode.path("active").asBoolean(false),
        pauseNode.path("reason").asText(""));
    List<String> deny = new ArrayList<>();
    tree.path("deny").forEach(n -> deny.add(n.asText()));

    var sources = new LinkedHashMap<String, SourceConfig>();
    tree.path("sources").fields().forEachRemaining(e -> {
      JsonNode s = e.getValue();
      if (!s.hasNonNull("type") || !s.hasNonNull("url")) {
        throw new ConfigurationException(origin + ": [sources." + e.getKey()
            + "] needs both 'type' (such as \"pypi-json\") and 'url'");
      }
      Set<String> hosts = new LinkedHashSet<>();
      s.path("trusted-hosts").forEach(h -> hosts.add(h.asText().toLowerCase(Locale.ROOT)));
      Set<String> serviceHosts = new LinkedHashSet<>();
      s.path("service-hosts").forEach(h -> serviceHosts.add(h.asText().toLowerCase(Locale.ROOT)));
      Map<String, String> options = new TreeMap<>();
      s.path("options").fields().forEachRemaining(o -> options.put(o.getKey(), o.getValue().asText()));
      sources.put(e.getKey(), new SourceConfig(e.getKey(), s.get("type").asText(),
          URI.create(s.get("url").asText()), hosts, serviceHosts, s.path("enabled").asBoolean(true),
          options));
    });

    var rules = new TreeMap<String, RuleSettings>();
    tree.path("rules").fields().forEachRemaining(e -> {
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
    return new Policy(mapping, limits, pause, deny, sources, rules, origin, fingerprint);
  }

  private static Object plain(JsonNode value) {
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

  private static Decision parseDecision(String text) {
    return Decision.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  private static void merge(ObjectNode target, ObjectNode overlay) {
    overlay.fields().forEachRemaining(e -> {
      JsonNode existing = target.get(e.getKey());
      if (existing instanceof ObjectNode existingTable && e.getValue() instanceof ObjectNode add) {
        merge(existingTable, add);
      } else {
        target.set(e.getKey(), e.getValue().deepCopy());
      }
    });
  }

  private static String fingerprintOf(ObjectNode tree) {
    return PolicyFingerprint.of(canonical(tree));
  }

  /** The tree as text with keys sorted at every level, so equal policies fingerprint equally. */
  private static String canonical(JsonNode node) {
    if (node.isObject()) {
      var sorted = new TreeMap<String, String>();
      node.fields().forEachRemaining(e -> sorted.put(e.getKey(), canonical(e.getValue())));
      return sorted.toString();
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(canonical(n)));
      return items.toString();
    }
    return node.toString();
  }

  // ---- small typed checks ----

  private static ObjectNode table(JsonNode node, Located where, List<String> path) {
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw fail(where, path, "expected a table, found " + describe(node));
  }

  private static void unknownKeys(ObjectNode node, Set<String> known, Located where,
      List<String> path) {
    node.fieldNames().forEachRemaining(key -> {
      if (!known.contains(key)) {
        throw fail(where, child(path, key), "unknown key '" + key + "'"
            + (path.isEmpty() ? " at the top level" : " in [" + String.join(".", path) + "]")
            + "; expected one of: " + String.join(", ", new java.util.TreeSet<>(known)));
      }
    });
  }

  private static void decision(JsonNode node, Located where, List<String> path) {
    String text = string(node, where, path);
    try {
      parseDecision(text);
    } catch (IllegalArgumentException e) {
      throw fail(where, path, "expected one of allow, review, special-approval, reject, found \""
          + text + "\"");
    }
  }

  private static void wholeNumber(JsonNode node, long min, long max, Located where,
      List<String> path) {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw fail(where, path, "expected a whole number, found " + describe(node));
    }
    long value = node.longValue();
    if (value < min || value > max) {
      throw fail(where, path, "expected a whole number from " + min + " to " + max
          + ", found " + value);
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
    String line = TomlLineFinder.lineOf(where.text(), full)
        .stream().mapToObj(n -> ":" + n).findFirst().orElse("");
    return new ConfigurationException(
        where.origin() + line + ": " + String.join(".", path) + ": " + message);
  }

  /** Text being validated, for messages: its origin, content and the table it sits under. */
  record Located(String origin, String text, List<String> prefix) {}
}
