package io.pkgguard.source.pypi.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed, path-aware reads of an untrusted JSON tree. A field of the wrong type is an error that
 * names its path; an absent or {@code null} optional field is empty. Blank strings count as
 * absent, since indexes use {@code ""}, {@code null} and "UNKNOWN" interchangeably for "not given".
 */
final class JsonFields {

  /** The document does not have the shape the API promises. */
  static final class ShapeException extends Exception {
    private static final long serialVersionUID = 1L;

    ShapeException(String path, String expected, JsonNode found) {
      super(path + ": expected " + expected + ", found " + kind(found));
    }
  }

  private JsonFields() {}

  static JsonNode object(JsonNode parent, String field, String path) throws ShapeException {
    JsonNode node = parent.get(field);
    if (node == null || !node.isObject()) {
      throw new ShapeException(path, "an object", node);
    }
    return node;
  }

  static Optional<JsonNode> optionalObject(JsonNode parent, String field, String path)
      throws ShapeException {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw new ShapeException(path, "an object", node);
    }
    return Optional.of(node);
  }

  static List<JsonNode> array(JsonNode parent, String field, String path) throws ShapeException {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new ShapeException(path, "an array", node);
    }
    List<JsonNode> items = new ArrayList<>(node.size());
    node.forEach(items::add);
    return items;
  }

  static String requiredText(JsonNode parent, String field, String path) throws ShapeException {
    return text(parent, field, path)
        .orElseThrow(() -> new ShapeException(path, "a non-empty string", parent.get(field)));
  }

  static Optional<String> text(JsonNode parent, String field, String path) throws ShapeException {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw new ShapeException(path, "a string", node);
    }
    String value = node.textValue();
    return value.isBlank() || value.strip().equalsIgnoreCase("UNKNOWN")
        ? Optional.empty()
        : Optional.of(value);
  }

  static List<String> texts(JsonNode parent, String field, String path) throws ShapeException {
    List<String> values = new ArrayList<>();
    int i = 0;
    for (JsonNode item : array(parent, field, path)) {
      if (!item.isTextual()) {
        throw new ShapeException(path + "[" + i + "]", "a string", item);
      }
      values.add(item.textValue());
      i++;
    }
    return values;
  }

  static boolean flag(JsonNode parent, String field, String path) throws ShapeException {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new ShapeException(path, "true or false", node);
    }
    return node.booleanValue();
  }

  static Optional<Long> wholeNumber(JsonNode parent, String field, String path)
      throws ShapeException {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
      throw new ShapeException(path, "a non-negative whole number", node);
    }
    return Optional.of(node.longValue());
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
