package io.pkgguard.source.conda.channel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A channel subdir's {@code repodata.json}, read once as a stream and indexed by package name:
 * the index keeps, per name, where each record lies in the file (two numbers per record), and
 * reads the records of one name back when asked. Memory is therefore about 16 bytes per record
 * plus the distinct names, whatever the file's size: conda-forge's {@code linux-64} (hundreds of
 * MB) fits in a few tens of MB of heap. Thread-safe once built.
 *
 * <p>Hostile files are refused with the file and position: duplicate keys at any depth, wrong
 * types, truncation, nesting deeper than 32, more than {@link #MAX_RECORDS} records.
 */
public final class RepodataIndex {

  /** The most records one repodata file may hold (conda-forge's largest has about 10^6). */
  public static final int MAX_RECORDS = 4_000_000;

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(32)
                  .maxNumberLength(32)
                  .maxStringLength(1 << 20)
                  .build())
          .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(JSON);

  private final Path file;
  private final String what;
  private final Optional<String> subdir;
  private final Optional<String> baseUrl;
  private final Map<String, long[]> spans;
  private final int records;

  private RepodataIndex(
      Path file,
      String what,
      Optional<String> subdir,
      Optional<String> baseUrl,
      Map<String, long[]> spans,
      int records) {
    this.file = file;
    this.what = what;
    this.subdir = subdir;
    this.baseUrl = baseUrl;
    this.spans = spans;
    this.records = records;
  }

  /**
   * Reads and indexes a repodata file.
   *
   * @param file the file, which must stay in place while the index is used
   * @param what how to name the file in messages (its URL)
   * @return the index
   * @throws SourceException {@code MALFORMED} saying what is wrong and where
   */
  public static RepodataIndex build(Path file, String what) throws SourceException {
    Map<String, LongList> byName = new HashMap<>();
    Optional<String> subdir = Optional.empty();
    Optional<String> baseUrl = Optional.empty();
    int count = 0;
    java.util.Set<String> topLevel = new java.util.HashSet<>();
    LongList filenameHashes = new LongList();
    try (JsonParser parser = JSON.createParser(file.toFile())) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw malformed(what, "the file is empty");
      }
      expect(parser, first, JsonToken.START_OBJECT, what, "the document");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        if (!topLevel.add(field)) {
          throw malformed(what, "the key '" + field + "' appears twice");
        }
        JsonToken value = parser.nextToken();
        switch (field) {
          case "packages", "packages.conda" -> {
            expect(parser, value, JsonToken.START_OBJECT, what, "'" + field + "'");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              long start = parser.currentTokenLocation().getByteOffset();
              String filename = parser.currentName();
              expect(parser, parser.nextToken(), JsonToken.START_OBJECT, what, filename);
              String name = recordName(parser, filename, what);
              long end = parser.currentLocation().getByteOffset();
              if (++count > MAX_RECORDS) {
                throw malformed(what, "more than " + MAX_RECORDS + " package records");
              }
              byName.computeIfAbsent(name, n -> new LongList()).add(start, end);
              filenameHashes.add(hash(filename));
            }
          }
          case "info", "metadata" -> {
            expect(parser, value, JsonToken.START_OBJECT, what, "'" + field + "'");
            JsonNode info = MAPPER.readTree(parser);
            JsonNode sub = info.get("subdir");
            if (sub != null && sub.isTextual()) {
              subdir = Optional.of(sub.asText());
            }
            JsonNode base = info.get("base_url");
            // CEP 15's base_url lives in info; conda-subchannel's metadata.base_url is the channel.
            if (field.equals("info")
                && base != null
                && base.isTextual()
                && !base.asText().isBlank()) {
              baseUrl = Optional.of(base.asText().strip());
            }
          }
          default -> parser.skipChildren();
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw malformed(what, "unexpected content after the document");
      }
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw malformed(
          what,
          "invalid or truncated JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + " ("
              + e.getOriginalMessage()
              + ")");
    } catch (IOException e) {
      throw new SourceException(Reason.UNAVAILABLE, what + " cannot be read: " + e.getMessage(), e);
    }
    checkUnique(filenameHashes.toArray(), what);
    Map<String, long[]> spans = new HashMap<>(byName.size() * 2);
    byName.forEach((name, list) -> spans.put(name, list.toArray()));
    return new RepodataIndex(file, what, subdir, baseUrl, Map.copyOf(spans), count);
  }

  /**
   * Refuses a file that lists one file name twice (the second would silently win in conda): by
   * 64-bit hashes, sorted, 8 bytes per record instead of a set of every name.
   */
  private static void checkUnique(long[] hashes, String what) throws SourceException {
    Arrays.sort(hashes);
    for (int i = 1; i < hashes.length; i++) {
      if (hashes[i] == hashes[i - 1]) {
        throw malformed(what, "a package file name appears twice");
      }
    }
  }

  private static long hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** Reads one record's fields up to its end, returning its lower-cased name. */
  private static String recordName(JsonParser parser, String filename, String what)
      throws IOException, SourceException {
    String name = null;
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      if (!seen.add(field)) {
        throw malformed(what, filename + ": the key '" + field + "' appears twice");
      }
      JsonToken value = parser.nextToken();
      if (field.equals("name")) {
        if (value != JsonToken.VALUE_STRING || parser.getText().isBlank()) {
          throw malformed(what, filename + ": 'name' is not a non-empty string");
        }
        name = parser.getText().toLowerCase(Locale.ROOT);
      } else {
        parser.skipChildren();
      }
    }
    if (name == null) {
      throw malformed(what, filename + " has no 'name'");
    }
    return name;
  }

  private static void expect(
      JsonParser parser, JsonToken actual, JsonToken expected, String what, String where)
      throws SourceException {
    if (actual != expected) {
      throw malformed(
          what,
          where
              + " is "
              + (actual == null ? "missing (the file ends early)" : describe(actual))
              + ", not "
              + describe(expected)
              + " (line "
              + parser.currentLocation().getLineNr()
              + ")");
    }
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
  }

  static SourceException malformed(String what, String problem) {
    return new SourceException(Reason.MALFORMED, what + ": " + problem);
  }

  /** {@return the subdir the file says it describes, if it says} */
  public Optional<String> subdir() {
    return subdir;
  }

  /**
   * {@return where the files are, if the repodata says (CEP 15's {@code base_url}); otherwise
   * beside the repodata}
   */
  public Optional<String> baseUrl() {
    return baseUrl;
  }

  /** {@return how many package records the file holds} */
  public int recordCount() {
    return records;
  }

  /** {@return how many distinct package names the file holds} */
  public int nameCount() {
    return spans.size();
  }

  /**
   * The records of one package, read back from the file.
   *
   * @param name the package name (compared lower-cased)
   * @return its records, in file order; empty if the channel does not have it
   * @throws SourceException {@code MALFORMED} if a record has the wrong shape
   */
  public List<RepodataRecord> records(String name) throws SourceException {
    long[] found = spans.get(name.toLowerCase(Locale.ROOT));
    if (found == null) {
      return List.of();
    }
    List<RepodataRecord> result = new ArrayList<>(found.length / 2);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int i = 0; i < found.length; i += 2) {
        int length = Math.toIntExact(found[i + 1] - found[i]);
        ByteBuffer bytes = ByteBuffer.allocate(length + 2);
        bytes.put((byte) '{').limit(length + 1);
        while (bytes.hasRemaining()) {
          if (channel.read(bytes, found[i] + bytes.position() - 1) < 0) {
            throw malformed(what, "changed while in use");
          }
        }
        bytes.limit(length + 2).put((byte) '}');
        JsonNode entry = MAPPER.readTree(bytes.array());
        var field = entry.fields().next();
        result.add(record(field.getKey(), field.getValue()));
      }
    } catch (IOException e) {
      throw new SourceException(Reason.UNAVAILABLE, what + " cannot be read: " + e.getMessage(), e);
    }
    return List.copyOf(result);
  }

  private RepodataRecord record(String filename, JsonNode node) throws SourceException {
    Fields fields = new Fields(node, what + ": " + filename);
    return new RepodataRecord(
        filename,
        fields.text("name").orElseThrow(),
        fields.required("version"),
        fields.required("build"),
        fields.number("build_number").orElse(0L),
        fields.text("subdir").or(() -> subdir).orElse(""),
        fields.texts("depends"),
        fields.texts("constrains"),
        fields.text("license"),
        fields.text("sha256").map(s -> s.toLowerCase(Locale.ROOT)),
        fields.text("md5"),
        fields.number("size").map(OptionalLong::of).orElse(OptionalLong.empty()),
        fields.number("timestamp").map(RepodataIndex::instant),
        fields.featuresText("track_features"),
        fields.noarch());
  }

  /** conda timestamps are milliseconds, older ones seconds. */
  private static Instant instant(long value) {
    return value > 253_402_300_799L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
  }

  /** Typed access to a record's fields, failing with the record named. */
  private record Fields(JsonNode node, String where) {

    Optional<String> text(String key) throws SourceException {
      JsonNode value = node.get(key);
      if (value == null || value.isNull()) {
        return Optional.empty();
      }
      if (!value.isTextual()) {
        throw malformed(where, "'" + key + "' is not a string");
      }
      return value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }

    String required(String key) throws SourceException {
      return text(key).orElseThrow(() -> malformed(where, "no '" + key + "'"));
    }

    Optional<Long> number(String key) throws SourceException {
      JsonNode value = node.get(key);
      if (value == null || value.isNull()) {
        return Optional.empty();
      }
      if (!value.canConvertToExactIntegral() || !value.canConvertToLong() || value.asLong() < 0) {
        throw malformed(where, "'" + key + "' is not a whole number");
      }
      return Optional.of(value.asLong());
    }

    List<String> texts(String key) throws SourceException {
      JsonNode value = node.get(key);
      if (value == null || value.isNull()) {
        return List.of();
      }
      if (!value.isArray()) {
        throw malformed(where, "'" + key + "' is not a list");
      }
      List<String> items = new ArrayList<>();
      for (JsonNode item : value) {
        if (!item.isTextual()) {
          throw malformed(where, "'" + key + "' holds something other than strings");
        }
        items.add(item.asText());
      }
      return items;
    }

    String featuresText(String key) throws SourceException {
      JsonNode value = node.get(key);
      if (value != null && value.isArray()) {
        return String.join(" ", texts(key));
      }
      return text(key).orElse("");
    }

    Optional<String> noarch() throws SourceException {
      JsonNode value = node.get("noarch");
      if (value == null || value.isNull() || (value.isBoolean() && !value.asBoolean())) {
        return Optional.empty();
      }
      if (value.isBoolean()) {
        return Optional.of("generic"); // conda-build 2 wrote noarch: true
      }
      return text("noarch");
    }
  }

  /** A growable list of longs, without boxing. */
  private static final class LongList {
    private long[] values = new long[2];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = value;
    }

    void add(long a, long b) {
      add(a);
      add(b);
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
