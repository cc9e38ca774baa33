package io.pkgguard.source.conda.inputs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pkgguard.api.EnvironmentFileException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML file read safely (environment.yml, conda-lock.yml, pixi.lock): at most a few aliases
 * (a "billion laughs" file is refused, not expanded), no duplicate keys, bounded nesting and
 * size; and the line of every value, by its JSON pointer, for locations in reports.
 */
final class YamlDocument {

  /** The largest file read. */
  static final int MAX_CODE_POINTS = 16 << 20;

  private static final YAMLFactory YAML;

  static {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowDuplicateKeys(false);
    options.setNestingDepthLimit(32);
    options.setCodePointLimit(MAX_CODE_POINTS);
    YAML =
        YAMLFactory.builder()
            .loaderOptions(options)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxNumberLength(64)
                    .maxStringLength(1 << 20)
                    .build())
            .build();
  }

  private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

  private final JsonNode root;
  private final Map<String, Integer> lines;

  private YamlDocument(JsonNode root, Map<String, Integer> lines) {
    this.root = root;
    this.lines = lines;
  }

  /**
   * Reads a YAML document.
   *
   * @param file the file's name, for messages
   * @param text its content
   * @return the document
   * @throws EnvironmentFileException naming the file, line and problem
   */
  static YamlDocument read(String file, String text) throws EnvironmentFileException {
    try {
      JsonNode root = MAPPER.readTree(text);
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw new EnvironmentFileException(file + ": the file is empty");
      }
      if (!root.isObject()) {
        throw new EnvironmentFileException(file + ": the document is not a mapping of keys");
      }
      return new YamlDocument(root, lines(text));
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new EnvironmentFileException(
          file
              + (at == null ? "" : ":" + at.getLineNr())
              + ": not valid YAML, or beyond safe limits ("
              + firstLine(e.getOriginalMessage())
              + ")",
          e);
    } catch (IOException | RuntimeException e) {
      throw new EnvironmentFileException(
          file + ": not valid YAML (" + firstLine(String.valueOf(e.getMessage())) + ")", e);
    }
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  /** The line of each value, by JSON pointer ({@code /dependencies/3}). */
  private static Map<String, Integer> lines(String text) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(text)) {
      if (parser.nextToken() != null) {
        walk(parser, "", lines);
      }
    }
    return lines;
  }

  /**
   * Records the current value's line (a key's line for a mapping's values) and its children's;
   * nesting is bounded by the parser.
   */
  private static void walk(JsonParser parser, String pointer, Map<String, Integer> lines)
      throws IOException {
    lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String child = pointer + "/" + escape(parser.currentName());
        lines.put(child, parser.currentTokenLocation().getLineNr()); // a key's own line
        parser.nextToken();
        walk(parser, child, lines);
      }
    } else if (token == JsonToken.START_ARRAY) {
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        walk(parser, pointer + "/" + index++, lines);
      }
    }
  }

  /** JSON pointer escaping (RFC 6901), so that {@link JsonNode#at} finds the same node. */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** {@return the document's root mapping} */
  JsonNode root() {
    return root;
  }

  /**
   * {@return the line of the value at {@code pointer}, or of its nearest ancestor; 1 if unknown}
   */
  int line(String pointer) {
    String at = pointer;
    while (true) {
      Integer line = lines.get(at);
      if (line != null) {
        return line;
      }
      int slash = at.lastIndexOf('/');
      if (slash < 0) {
        return 1;
      }
      at = at.substring(0, slash);
    }
  }
}
