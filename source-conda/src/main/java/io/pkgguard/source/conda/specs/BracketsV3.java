package io.pkgguard.source.conda.specs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key-value brackets of a match spec as conda's repodata-v3 parser reads them: each key once,
 * values maybe quoted, {@code extras} and {@code flags} as YAML flow lists ({@code [a, 'b']}, or
 * one item), {@code when} a condition validated as match specs, nothing left unrecognised.
 */
final class BracketsV3 {

  private static final Pattern KEY_VALUE =
      Pattern.compile(
          "(?<key>[a-zA-Z0-9_-]+?) *= *(?:\\[ *(?<list>[^\\[\\]]*?) *\\]"
              + "|(?<quote>[\"']?)(?<value>.*?)\\k<quote>)(?:[, ]|$)");
  private static final Pattern EMPTY_ITEM = Pattern.compile(",\\s*,");

  private BracketsV3() {}

  /** The fields in {@code inside} (the text between the brackets); lists joined by NUL. */
  static Map<String, String> read(String original, String inside) throws InvalidMatchSpecException {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher pairs = KEY_VALUE.matcher(inside);
    int end = -1;
    while (pairs.find()) {
      end = pairs.end();
      String key = pairs.group("key");
      if (fields.containsKey(key)) {
        throw new InvalidMatchSpecException(
            original, "each key can only be specified once: repeated '" + key + "'");
      }
      String value =
          pairs.group("value") != null && !pairs.group("value").isEmpty()
              ? pairs.group("value")
              : pairs.group("list") != null ? "[" + pairs.group("list") + "]" : "";
      boolean listed = pairs.group("list") != null;
      if (key.isEmpty() || value.isEmpty()) {
        throw new InvalidMatchSpecException(
            original, "key-value mismatch in brackets; a key or a value is missing");
      }
      if (value.contains("][")) {
        throw new InvalidMatchSpecException(original, "multiple bracket sections are not allowed");
      }
      switch (key) {
        case "extras", "flags" -> value = items(original, key, value, listed);
        case "when" -> checkWhen(original, value);
        default -> {
          // other fields keep their text
        }
      }
      fields.put(key, value);
    }
    String remainder = end < 0 ? inside.strip() : strip(inside.substring(end), ", ");
    if (!remainder.isEmpty() && end >= 0) {
      throw new InvalidMatchSpecException(
          original, "unrecognized content in brackets: '" + remainder + "'");
    }
    if (fields.isEmpty()) {
      if (inside.startsWith("version")) {
        fields.put(
            "version", MatchSpec.sanitizeVersion(inside.substring("version".length()), null));
      } else {
        throw new InvalidMatchSpecException(
            original,
            "no key-value pairs found in square brackets; did you mean extras=[" + inside + "]?");
      }
    }
    if (fields.containsKey("version")) {
      fields.put("version", MatchSpec.sanitizeVersion(fields.get("version"), fields.get("build")));
    }
    return fields;
  }

  /** A YAML flow list's items as strings (or one bare item), joined by NUL. */
  private static String items(String original, String key, String value, boolean listed)
      throws InvalidMatchSpecException {
    String inner = value;
    if (listed || value.startsWith("[") || value.endsWith("]")) {
      if (value.startsWith("[") != value.endsWith("]")) {
        throw new InvalidMatchSpecException(
            original, "'" + key + "' value has unbalanced brackets: " + value);
      }
      inner = strip(value, "[]");
    }
    if (EMPTY_ITEM.matcher(inner).find()) {
      throw new InvalidMatchSpecException(original, "'" + key + "' list has an empty item");
    }
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          item.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ',') {
        items.add(item.toString().strip());
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    String last = item.toString().strip();
    if (!last.isEmpty() || items.isEmpty()) {
      items.add(last);
    }
    if (items.stream().anyMatch(String::isEmpty)) {
      throw new InvalidMatchSpecException(original, "'" + key + "' list has an empty item");
    }
    return String.join("\u0000", items);
  }

  /** {@code when}: match specs joined by {@code and} / {@code or}, none with a {@code when}. */
  private static void checkWhen(String original, String value) throws InvalidMatchSpecException {
    if (value.isBlank()) {
      throw new InvalidMatchSpecException(original, "'when' value must not be empty");
    }
    for (String conjunct : value.split(" and ", -1)) {
      for (String part : conjunct.split(" or ", -1)) {
        MatchSpec inner = MatchSpec.parseV3(strip(part, " ()"));
        if (inner.has("when")) {
          throw new InvalidMatchSpecException(original, "'when' cannot be nested");
        }
      }
    }
  }

  private static String strip(String text, String characters) {
    int start = 0;
    int end = text.length();
    while (start < end && characters.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && characters.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }
}
