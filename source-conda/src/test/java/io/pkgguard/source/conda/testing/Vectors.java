package io.pkgguard.source.conda.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The conda conformance vectors in the test resources (formats: conformance/README.md). */
public final class Vectors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Vectors() {}

  /** The rows after the header of a tab-separated file, each field unescaped. */
  public static List<List<String>> table(String name) {
    List<List<String>> rows = new ArrayList<>();
    boolean headerSeen = false;
    for (String line : lines(name)) {
      if (line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        continue;
      }
      rows.add(fields(line));
    }
    return rows;
  }

  /** The blocks of an order file: block name to ranks, each rank a group of equal versions. */
  public static Map<String, List<List<String>>> ranks(String name) {
    Map<String, List<List<String>>> blocks = new LinkedHashMap<>();
    List<List<String>> block = new ArrayList<>();
    for (String line : lines(name)) {
      if (line.startsWith("# block: ")) {
        block = new ArrayList<>();
        blocks.put(line.substring(9), block);
      } else if (!line.startsWith("#") && !line.isEmpty()) {
        block.add(fields(line));
      }
    }
    return blocks;
  }

  /** The objects of a JSON-lines file. */
  public static List<JsonNode> objects(String name) {
    List<JsonNode> objects = new ArrayList<>();
    for (String line : lines(name)) {
      try {
        objects.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": " + line, e);
      }
    }
    return objects;
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    for (String field : line.split("\t", -1)) {
      fields.add(unescape(field));
    }
    return fields;
  }

  /** Undoes the README's five escapes: backslash, tab, LF, CR and backslash-u. */
  private static String unescape(String field) {
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < field.length()) {
      char c = field.charAt(i++);
      if (c != '\\' || i == field.length()) {
        text.append(c);
        continue;
      }
      char kind = field.charAt(i++);
      switch (kind) {
        case 't' -> text.append('\t');
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 'u' -> {
          text.append((char) Integer.parseInt(field, i, i + 4, 16));
          i += 4;
        }
        default -> text.append(kind);
      }
    }
    return text.toString();
  }

  private static List<String> lines(String name) {
    InputStream in = Vectors.class.getResourceAsStream("/conformance/" + name);
    if (in == null) {
      throw new IllegalStateException("no test resource conformance/" + name);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
