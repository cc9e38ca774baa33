package io.pkgguard.installer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A distribution's {@code RECORD} (PEP 376, the wheel format): one CSV row per installed file with
 * its path (relative to the directory that holds the {@code .dist-info}), hash and size.
 */
final class RecordFile {

  /**
   * One row.
   *
   * @param path as written (forward slashes, possibly {@code ../} for scripts)
   * @param sha256 the URL-safe base64 digest without padding; empty when the row has none (the
   *     RECORD itself, compiled bytecode)
   * @param size the size in bytes, if given
   */
  record Row(String path, Optional<String> sha256, Optional<Long> size) {}

  private RecordFile() {}

  /**
   * Parses RECORD text as Python's csv module writes it.
   *
   * @throws IllegalArgumentException if a row names a hash other than sha256 or an absolute path
   */
  static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (line.isEmpty()) {
        continue;
      }
      List<String> fields = csv(line);
      String path = fields.get(0);
      if (path.isEmpty()) {
        continue;
      }
      if (path.startsWith("/") || path.matches("[A-Za-z]:.*")) {
        throw new IllegalArgumentException("RECORD names an absolute path: " + path);
      }
      Optional<String> hash = Optional.empty();
      if (fields.size() > 1 && !fields.get(1).isEmpty()) {
        String h = fields.get(1);
        if (!h.startsWith("sha256=")) {
          throw new IllegalArgumentException(
              "RECORD gives " + path + " a hash that is not" + " sha256: " + h);
        }
        hash = Optional.of(h.substring("sha256=".length()));
      }
      Optional<Long> size = Optional.empty();
      if (fields.size() > 2 && fields.get(2).matches("\\d{1,18}")) {
        size = Optional.of(Long.parseLong(fields.get(2)));
      }
      rows.add(new Row(path, hash, size));
    }
    return rows;
  }

  /** One CSV line: commas, fields in double quotes with doubled quotes inside. */
  private static List<String> csv(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /** {@return the RECORD form of a file's SHA-256: URL-safe base64 without padding} */
  static String digest(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return digest(in);
    }
  }

  /** {@return the RECORD form of a stream's SHA-256} */
  static String digest(InputStream in) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    byte[] chunk = new byte[64 * 1024];
    int read;
    while ((read = in.read(chunk)) > 0) {
      sha256.update(chunk, 0, read);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest());
  }

  /** {@return a hexadecimal SHA-256 in RECORD form} */
  static String fromHex(String hex) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(java.util.HexFormat.of().parseHex(hex));
  }
}
