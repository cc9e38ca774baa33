package io.pkgguard.source.pypi.metadata;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads core metadata: RFC 822 style headers ({@code Name: value}, continuation lines starting
 * with white space), field names case-insensitive, multiple-use fields repeated, and the
 * description either in a {@code Description} header (continuation lines prefixed with
 * {@code "       |"} by old tools) or as the body after the first empty line (metadata 2.1+).
 * {@code Name} and {@code Version} are required. Stateless.
 */
public final class CoreMetadataParser {

  /** Core metadata files larger than this are refused; real ones are at most a few hundred kB. */
  public static final int MAX_BYTES = 4 << 20;

  private CoreMetadataParser() {}

  /** Parses UTF-8 core metadata. */
  public static CoreMetadata parse(byte[] bytes) throws InvalidCoreMetadataException {
    if (bytes.length > MAX_BYTES) {
      throw new InvalidCoreMetadataException("core metadata larger than " + MAX_BYTES + " bytes");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidCoreMetadataException("core metadata is not UTF-8");
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    String[] lines = text.split("\r\n|\n|\r", -1);
    int i = 0;
    String field = null;
    StringBuilder value = null;
    for (; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        i++;
        break;
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && field != null) {
        value.append('\n').append(line);
        continue;
      }
      if (field != null) {
        add(fields, field, value.toString());
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new InvalidCoreMetadataException("line " + (i + 1) + " is not 'Field: value'");
      }
      field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      value = new StringBuilder(line.substring(colon + 1).strip());
    }
    if (field != null) {
      add(fields, field, value.toString());
    }
    StringBuilder body = new StringBuilder();
    for (int b = i; b < lines.length; b++) {
      body.append(lines[b]);
      if (b < lines.length - 1) {
        body.append('\n');
      }
    }
    String name = required(fields, "name");
    String version = required(fields, "version");
    String description =
        body.toString().strip().isEmpty()
            ? first(fields, "description").map(CoreMetadataParser::unfoldDescription).orElse("")
            : body.toString().strip();
    Map<String, String> projectUrls = new LinkedHashMap<>();
    for (String entry : all(fields, "project-url")) {
      int comma = entry.indexOf(',');
      if (comma > 0) {
        projectUrls.put(entry.substring(0, comma).strip(), entry.substring(comma + 1).strip());
      }
    }
    return new CoreMetadata(
        name,
        version,
        first(fields, "summary").orElse(""),
        description,
        first(fields, "author"),
        first(fields, "author-email"),
        first(fields, "maintainer"),
        first(fields, "maintainer-email"),
        first(fields, "license"),
        first(fields, "license-expression"),
        all(fields, "classifier"),
        projectUrls,
        first(fields, "home-page"),
        all(fields, "requires-dist"),
        first(fields, "requires-python"));
  }

  private static void add(Map<String, List<String>> fields, String field, String value) {
    fields.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
  }

  private static String required(Map<String, List<String>> fields, String field)
      throws InvalidCoreMetadataException {
    return first(fields, field)
        .orElseThrow(
            () -> new InvalidCoreMetadataException("core metadata has no " + field + " field"));
  }

  private static Optional<String> first(Map<String, List<String>> fields, String field) {
    List<String> values = fields.getOrDefault(field, List.of());
    return values.isEmpty() || values.get(0).isBlank() || values.get(0).strip().equals("UNKNOWN")
        ? Optional.empty()
        : Optional.of(values.get(0).strip());
  }

  private static List<String> all(Map<String, List<String>> fields, String field) {
    return fields.getOrDefault(field, List.of()).stream()
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  /** Old tools fold the description with "       |" (eight columns) before each line. */
  private static String unfoldDescription(String folded) {
    StringBuilder out = new StringBuilder();
    for (String line : folded.split("\n", -1)) {
      String stripped =
          line.startsWith("       |")
              ? line.substring(8)
              : line.startsWith(" ") || line.startsWith("\t") ? line.substring(1) : line;
      out.append(stripped).append('\n');
    }
    return out.toString().strip();
  }
}
