package io.pkgguard.source.pypi.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the conformance vectors in the test resources (formats: conformance/README.md). */
public final class ConformanceData {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ConformanceData() {}

  /** The rows of a TSV file after its header, fields unescaped. */
  public static List<List<String>> tsv(String resource) {
    List<List<String>> rows = new ArrayList<>();
    boolean header = true;
    for (String line : lines(resource)) {
      if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      List<String> fields = new ArrayList<>();
      for (String field : line.split("\t", -1)) {
        fields.add(unescape(field));
      }
      rows.add(fields);
    }
    return rows;
  }

  /** The rows of a file without a header (order files), fields unescaped, comments kept. */
  public static List<String> rawLines(String resource) {
    return lines(resource);
  }

  /**
   * The blocks of an order file: name to ranks, each rank a group of equal versions, ranks
   * strictly ascending.
   */
  public static java.util.Map<String, List<List<String>>> orderBlocks(String resource) {
    java.util.Map<String, List<List<String>>> blocks = new java.util.LinkedHashMap<>();
    List<List<String>> current = null;
    for (String line : lines(resource)) {
      if (line.startsWith("# block: ")) {
        current = new ArrayList<>();
        blocks.put(line.substring("# block: ".length()), current);
      } else if (!line.startsWith("#") && !line.isEmpty() && current != null) {
        List<String> group = new ArrayList<>();
        for (String field : line.split("\t")) {
          group.add(unescape(field));
        }
        current.add(group);
      }
    }
    return blocks;
  }

  /** The objects of a JSONL file. */
  public static List<JsonNode> jsonl(String resource) {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : lines(resource)) {
      if (!line.isBlank()) {
        try {
          rows.add(MAPPER.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return rows;
  }

  /** Decodes the five escapes of the conformance files: \\ \t \n \r \\uXXXX. */
  static String unescape(String field) {
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c != '\\' || i + 1 >= field.length()) {
        out.append(c);
        continue;
      }
      char next = field.charAt(++i);
      switch (next) {
        case '\\' -> out.append('\\');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'u' -> {
          out.append((char) Integer.parseInt(field.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append('\\').append(next);
      }
    }
    return out.toString();
  }

  private static List<String> lines(String resource) {
    InputStream in = ConformanceData.class.getResourceAsStream("/" + resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
