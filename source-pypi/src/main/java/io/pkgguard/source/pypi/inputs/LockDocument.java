package io.pkgguard.source.pypi.inputs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A lock file parsed into a tree, with what its readers share: limits, syntax errors with line
 * and column, the line of the n-th {@code [[table]]} for errors about an entry, and checked field
 * access.
 */
final class LockDocument {

  static final int MAX_BYTES = 64 * 1024 * 1024;

  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1024 * 1024).build();
  private static final ObjectMapper TOML =
      new TomlMapper(TomlFactory.builder().streamReadConstraints(LIMITS).build());
  private static final ObjectMapper JSON =
      JsonMapper.builder(
              com.fasterxml.jackson.core.JsonFactory.builder()
                  .streamReadConstraints(LIMITS)
                  .build())
          .build();

  final String file;
  final JsonNode root;
  private final List<String> lines;
  private final java.util.Map<String, List<Integer>> tables = new java.util.HashMap<>();

  private LockDocument(String file, JsonNode root, List<String> lines) {
    this.file = file;
    this.root = root;
    this.lines = lines;
  }

  /** Parses TOML or JSON; syntax errors name line and column. */
  static LockDocument parse(String file, byte[] bytes, boolean toml) throws InputFileException {
    if (bytes.length > MAX_BYTES) {
      throw new InputFileException(
          file,
          bytes.length + " bytes, more than the " + MAX_BYTES + "-byte limit for a lock file");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw new InputFileException(file, "empty; regenerate the lock file");
    }
    try {
      JsonNode root = (toml ? TOML : JSON).readTree(bytes);
      if (root == null || !root.isObject()) {
        throw new InputFileException(
            file,
            "not a "
                + (toml ? "TOML" : "JSON")
                + " document"
                + " with tables; regenerate the lock file");
      }
      return new LockDocument(file, root, text.lines().toList());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      SourceLocation where =
          at == null
              ? new SourceLocation(file, 0, 0)
              : new SourceLocation(
                  file, Math.max(1, at.getLineNr()), Math.max(0, at.getColumnNr()));
      throw new InputFileException(
          where,
          "not valid "
              + (toml ? "TOML" : "JSON")
              + " ("
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + "); the file is truncated"
              + " or damaged: regenerate it");
    } catch (IOException e) {
      throw new InputFileException(file, "cannot be read: " + e.getMessage());
    }
  }

  /** The line of the {@code index}-th (0-based) {@code [[header]]} table, or line 0. */
  SourceLocation tableLocation(String header, int index) {
    List<Integer> found =
        tables.computeIfAbsent(
            header,
            h -> {
              List<Integer> at = new java.util.ArrayList<>();
              for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("[[" + h + "]]")) {
                  at.add(i + 1);
                }
              }
              return at;
            });
    return index < found.size()
        ? new SourceLocation(file, found.get(index), 1)
        : new SourceLocation(file, 0, 0);
  }

  /** The first line mentioning {@code "key"} (for JSON lock files), or line 0. */
  SourceLocation keyLocation(String key) {
    // Keys are asked for in file order: searching on from the last one found keeps a file of
    // n packages linear (from the top each time, 10,000 packages took 80 times 1,000's).
    String quoted = "\"" + key + "\"";
    int size = lines.size();
    for (int step = 0; step < size; step++) {
      int i = (keyCursor + step) % size;
      int column = lines.get(i).indexOf(quoted);
      if (column >= 0) {
        keyCursor = i;
        return new SourceLocation(file, i + 1, column + 1);
      }
    }
    return new SourceLocation(file, 0, 0);
  }

  /** Where the last key was found. */
  private int keyCursor;

  static String requiredText(JsonNode node, String field, SourceLocation at)
      throws InputFileException {
    JsonNode value = node.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new InputFileException(at, "'" + field + "' is missing or not a string");
    }
    return value.asText().strip();
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText().strip())
        : Optional.empty();
  }

  /** {@code algorithm:hex} checked for a known algorithm and the right length. */
  static String hash(String algorithm, String hex, SourceLocation at) throws InputFileException {
    String a = algorithm.toLowerCase(Locale.ROOT);
    String h = hex.toLowerCase(Locale.ROOT);
    int length =
        switch (a) {
          case "sha256" -> 64;
          case "sha384" -> 96;
          case "sha512" -> 128;
          default -> -1;
        };
    if (length < 0) {
      throw new InputFileException(
          at, "hash algorithm '" + algorithm + "' is not sha256," + " sha384 or sha512");
    }
    if (h.length() != length || !h.matches("[0-9a-f]+")) {
      throw new InputFileException(
          at,
          "a "
              + a
              + " hash is "
              + length
              + " hexadecimal digits;"
              + " '"
              + (h.length() > 20 ? h.substring(0, 20) + "…" : h)
              + "' is not");
    }
    return a + ":" + h;
  }

  /** {@code sha256:hex} split and checked. */
  static String hash(String prefixed, SourceLocation at) throws InputFileException {
    int colon = prefixed.indexOf(':');
    if (colon < 0) {
      throw new InputFileException(at, "hash '" + prefixed + "' is not algorithm:hex");
    }
    return hash(prefixed.substring(0, colon), prefixed.substring(colon + 1), at);
  }

  /** PEP 751 hash tables ({@code {sha256 = "…"}}), checked, into {@code into}. */
  static void hashObjects(JsonNode hashes, List<String> into, SourceLocation at)
      throws InputFileException {
    Iterator<Map.Entry<String, JsonNode>> fields = hashes.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> h = fields.next();
      into.add(LockDocument.hash(h.getKey(), h.getValue().asText(""), at));
    }
  }

  /**
   * A package's environment marker: a string, a table of markers (one per group, as newer
   * poetry.lock files write them) or a list of them (uv.lock's {@code resolution-markers}); a
   * table or list holds where any of its markers does. Each is checked as PEP 508 marker syntax.
   */
  static Optional<String> marker(JsonNode node, String field, SourceLocation at)
      throws InputFileException {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    List<String> markers = new ArrayList<>();
    if (value.isTextual()) {
      markers.add(value.asText());
    } else if (value.isArray() || value.isObject()) {
      for (JsonNode m : value) {
        if (!m.isTextual()) {
          throw new InputFileException(
              at, "'" + field + "' holds something other than" + " marker strings");
        }
        markers.add(m.asText());
      }
    } else {
      throw new InputFileException(at, "'" + field + "' is not a marker string");
    }
    List<String> checked = new ArrayList<>();
    for (String m : markers) {
      if (m.isBlank()) {
        continue;
      }
      try {
        io.pkgguard.source.pypi.requirements.RequirementParser.parseMarker(m);
      } catch (io.pkgguard.source.pypi.requirements.InvalidRequirementException e) {
        throw new InputFileException(
            at, "'" + field + "' is not a PEP 508 marker: " + e.getMessage());
      }
      checked.add(m.strip());
    }
    if (checked.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        checked.size() == 1 ? checked.get(0) : "(" + String.join(") or (", checked) + ")");
  }

  /** The first of {@code fields} that holds text. */
  static Optional<String> firstText(JsonNode node, String... fields) {
    for (String f : fields) {
      Optional<String> value = LockDocument.text(node, f);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** The options without repeats, in order. */
  static List<IndexOption> distinct(List<IndexOption> indexes) {
    List<IndexOption> out = new ArrayList<>();
    for (IndexOption o : indexes) {
      if (out.stream().noneMatch(x -> x.kind() == o.kind() && x.value().equals(o.value()))) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * Where a locked package comes from, by the keys Pipfile.lock and pdm.lock share: {@code git}, an
   * {@code editable} flag, a {@code path}, or a direct URL under {@code urlKey}; else an index.
   */
  static LockedPackage.Kind kindOf(JsonNode p, String urlKey) {
    if (p.has("git")) {
      return LockedPackage.Kind.VCS;
    }
    if (p.path("editable").asBoolean(false)) {
      return LockedPackage.Kind.EDITABLE;
    }
    if (p.has("path")) {
      return LockedPackage.Kind.LOCAL_PATH;
    }
    return p.has(urlKey) ? LockedPackage.Kind.URL : LockedPackage.Kind.INDEX;
  }
}
