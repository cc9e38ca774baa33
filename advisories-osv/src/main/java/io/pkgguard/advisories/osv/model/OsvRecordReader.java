package io.pkgguard.advisories.osv.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.pkgguard.api.Advisory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads OSV records from JSON or YAML. Thread-safe.
 *
 * <p>Hostile input is expected (records come from the network and from archives anybody can
 * build): a record larger than the limit, nested deeper than 64 levels, with strings over 1 MB,
 * YAML aliases or an event with two kinds is refused with an {@link OsvFormatException} that names
 * the record and the field. Fields the format leaves open (unknown range types, unknown
 * severity types, extra keys) are kept or ignored, never an error.
 */
public final class OsvRecordReader {

  /** The default largest record, in bytes (the largest PyPI records are a few hundred KB). */
  public static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

  private static final int MAX_DEPTH = 64;
  private static final int MAX_STRING = 1024 * 1024;
  private static final int MAX_ID = 200;

  private final int maxBytes;
  private final ObjectMapper json;
  private final ObjectMapper yaml;

  /** A reader with the default size limit. */
  public OsvRecordReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A reader that refuses records larger than {@code maxBytes}. */
  public OsvRecordReader(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING)
            .maxDocumentLength(maxBytes)
            .build();
    JsonFactory jsonFactory = JsonFactory.builder().streamReadConstraints(limits).build();
    this.json = JsonMapper.builder(jsonFactory).build();
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(0);
    loader.setNestingDepthLimit(MAX_DEPTH);
    loader.setCodePointLimit(maxBytes);
    loader.setAllowDuplicateKeys(false);
    YAMLFactory yamlFactory =
        YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(limits).build();
    this.yaml = new YAMLMapper(yamlFactory);
  }

  /**
   * The record in {@code bytes}, read as YAML when {@code origin} ends in {@code .yaml} or {@code
   * .yml}, else as JSON.
   *
   * @param origin where the bytes come from (a file name, a URL), for messages
   * @throws OsvFormatException if it is not a readable OSV record
   */
  public OsvRecord read(byte[] bytes, String origin) throws OsvFormatException {
    return toRecord(tree(bytes, origin), origin);
  }

  /** The parsed document, checked for size and syntax only. */
  public JsonNode tree(byte[] bytes, String origin) throws OsvFormatException {
    if (bytes.length > maxBytes) {
      throw new OsvFormatException(
          origin
              + ": "
              + bytes.length
              + " bytes, more than the "
              + maxBytes
              + "-byte limit for one OSV record");
    }
    if (bytes.length == 0) {
      throw new OsvFormatException(origin + ": empty");
    }
    String lower = origin.toLowerCase(Locale.ROOT);
    boolean isYaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
    try {
      JsonNode node = (isYaml ? yaml : json).readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw new OsvFormatException(origin + ": empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new OsvFormatException(
          origin + ": not valid " + (isYaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage(), e);
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports its limits (aliases, code points) as runtime exceptions.
      throw new OsvFormatException(
          origin + ": not valid " + (isYaml ? "YAML" : "JSON") + ": " + e.getMessage(), e);
    }
  }

  /** The record a parsed document describes. */
  public OsvRecord toRecord(JsonNode node, String origin) throws OsvFormatException {
    Fields f = new Fields(origin);
    if (!node.isObject()) {
      throw f.error("", "an object expected, found " + kind(node));
    }
    String id = f.requiredText(node, "id");
    if (id.length() > MAX_ID || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw f.error("id", "'" + shorten(id) + "' is not an advisory id");
    }
    Fields r = new Fields(origin + " (" + id + ")");
    List<OsvAffected> affected = new ArrayList<>();
    int i = 0;
    for (JsonNode a : r.array(node, "affected")) {
      affected.add(affected(r, a, "affected[" + i++ + "]"));
    }
    Optional<String> databaseSeverity = Optional.empty();
    JsonNode database = node.path("database_specific");
    if (database.isObject() && database.path("severity").isTextual()) {
      databaseSeverity =
          Optional.of(database.path("severity").asText().strip()).filter(s -> !s.isEmpty());
    }
    return new OsvRecord(
        id,
        r.texts(node, "aliases"),
        r.optionalText(node, "summary"),
        r.optionalText(node, "details"),
        r.time(node, "modified"),
        r.time(node, "withdrawn"),
        severities(r, node, "severity"),
        databaseSeverity,
        affected,
        references(node));
  }

  /** The package names the record's {@code affected} entries name, as well as can be read. */
  public static List<Map.Entry<String, String>> packagesOf(JsonNode node) {
    List<Map.Entry<String, String>> packages = new ArrayList<>();
    for (JsonNode a : node.path("affected")) {
      JsonNode p = a.path("package");
      if (p.path("ecosystem").isTextual() && p.path("name").isTextual()) {
        packages.add(Map.entry(p.path("ecosystem").asText(), p.path("name").asText()));
      }
    }
    return packages;
  }

  private static OsvAffected affected(Fields r, JsonNode a, String path) throws OsvFormatException {
    if (!a.isObject()) {
      throw r.error(path, "an object expected, found " + kind(a));
    }
    JsonNode p = a.path("package");
    if (!p.isObject()) {
      throw r.error(path + ".package", "missing");
    }
    String ecosystem = r.requiredText(p, "ecosystem", path + ".package.ecosystem");
    String name = r.requiredText(p, "name", path + ".package.name");
    List<OsvRange> ranges = new ArrayList<>();
    int i = 0;
    for (JsonNode range : r.array(a, "ranges", path + ".ranges")) {
      ranges.add(range(r, range, path + ".ranges[" + i++ + "]"));
    }
    return new OsvAffected(
        ecosystem,
        name,
        ranges,
        r.texts(a, "versions", path + ".versions"),
        severities(r, a, path + ".severity"));
  }

  private static OsvRange range(Fields r, JsonNode range, String path) throws OsvFormatException {
    if (!range.isObject()) {
      throw r.error(path, "an object expected, found " + kind(range));
    }
    String type = r.requiredText(range, "type", path + ".type");
    List<OsvEvent> events = new ArrayList<>();
    int i = 0;
    for (JsonNode event : r.array(range, "events", path + ".events")) {
      events.add(event(r, event, path + ".events[" + i++ + "]"));
    }
    if (events.isEmpty()) {
      throw r.error(path + ".events", "a range needs at least one event");
    }
    return new OsvRange(type, events);
  }

  private static OsvEvent event(Fields r, JsonNode event, String path) throws OsvFormatException {
    if (!event.isObject() || event.size() != 1) {
      throw r.error(
          path,
          "an event is an object with exactly one of introduced, fixed,"
              + " last_affected, limit; found "
              + shorten(event.toString()));
    }
    String field = event.fieldNames().next();
    for (OsvEvent.Kind kind : OsvEvent.Kind.values()) {
      if (kind.field().equals(field)) {
        JsonNode value = event.get(field);
        if (!value.isTextual() && !value.isNumber()) {
          throw r.error(path + "." + field, "a version string expected, found " + kind(value));
        }
        String version = value.asText().strip();
        if (version.isEmpty() || version.length() > MAX_ID) {
          throw r.error(path + "." + field, "'" + shorten(version) + "' is not a version");
        }
        return new OsvEvent(kind, version);
      }
    }
    throw r.error(path, "unknown event '" + shorten(field) + "'");
  }

  private static List<Advisory.Severity> severities(Fields r, JsonNode node, String path)
      throws OsvFormatException {
    JsonNode array = node.path("severity");
    List<Advisory.Severity> severities = new ArrayList<>();
    if (array.isMissingNode() || array.isNull()) {
      return severities;
    }
    if (!array.isArray()) {
      throw r.error(path, "an array expected, found " + kind(array));
    }
    for (JsonNode s : array) {
      if (s.path("type").isTextual() && s.path("score").isTextual()) {
        severities.add(
            new Advisory.Severity(
                s.path("type").asText().strip(), s.path("score").asText().strip()));
      }
    }
    return severities;
  }

  private static List<URI> references(JsonNode node) {
    List<URI> advisories = new ArrayList<>();
    List<URI> others = new ArrayList<>();
    for (JsonNode ref : node.path("references")) {
      String url = ref.path("url").asText("");
      try {
        URI uri = new URI(url.strip());
        if ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) {
          ("ADVISORY".equals(ref.path("type").asText()) ? advisories : others).add(uri);
        }
      } catch (URISyntaxException e) {
        // a reference that is not a URL is no reference
      }
    }
    advisories.addAll(others);
    return advisories;
  }

  /** Reads the timestamp forms records use: RFC 3339 with zone, without (UTC), or a date. */
  static Optional<Instant> timestamp(String text) {
    return io.pkgguard.api.Timestamps.parse(text);
  }

  private static String kind(JsonNode node) {
    return node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }

  /** Field access with messages naming the record and the field. */
  private static final class Fields {

    private final String origin;

    Fields(String origin) {
      this.origin = origin;
    }

    OsvFormatException error(String path, String problem) {
      return new OsvFormatException(origin + (path.isEmpty() ? "" : ": " + path) + ": " + problem);
    }

    String requiredText(JsonNode node, String field) throws OsvFormatException {
      return requiredText(node, field, field);
    }

    String requiredText(JsonNode node, String field, String path) throws OsvFormatException {
      JsonNode value = node.path(field);
      if (!value.isTextual() || value.asText().isBlank()) {
        throw error(
            path,
            value.isMissingNode()
                ? "missing"
                : "a non-empty string expected," + " found " + kind(value));
      }
      return value.asText().strip();
    }

    String optionalText(JsonNode node, String field) throws OsvFormatException {
      JsonNode value = node.path(field);
      if (value.isMissingNode() || value.isNull()) {
        return "";
      }
      if (!value.isTextual()) {
        throw error(field, "a string expected, found " + kind(value));
      }
      return value.asText();
    }

    Optional<Instant> time(JsonNode node, String field) throws OsvFormatException {
      String text = optionalText(node, field);
      if (text.isBlank()) {
        return Optional.empty();
      }
      Optional<Instant> time = timestamp(text);
      if (time.isEmpty()) {
        throw error(field, "'" + shorten(text) + "' is not an RFC 3339 time");
      }
      return time;
    }

    Iterable<JsonNode> array(JsonNode node, String field) throws OsvFormatException {
      return array(node, field, field);
    }

    Iterable<JsonNode> array(JsonNode node, String field, String path) throws OsvFormatException {
      JsonNode value = node.path(field);
      if (value.isMissingNode() || value.isNull()) {
        return List.of();
      }
      if (!value.isArray()) {
        throw error(path, "an array expected, found " + kind(value));
      }
      return value;
    }

    List<String> texts(JsonNode node, String field) throws OsvFormatException {
      return texts(node, field, field);
    }

    List<String> texts(JsonNode node, String field, String path) throws OsvFormatException {
      List<String> texts = new ArrayList<>();
      Iterator<JsonNode> it = array(node, field, path).iterator();
      while (it.hasNext()) {
        JsonNode value = it.next();
        if (!value.isTextual() && !value.isNumber()) {
          throw error(path, "strings expected, found " + kind(value));
        }
        texts.add(value.asText().strip());
      }
      return texts;
    }
  }
}
