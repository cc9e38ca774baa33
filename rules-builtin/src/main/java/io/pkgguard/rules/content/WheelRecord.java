package io.pkgguard.rules.content;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.InspectedDistribution;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A wheel's {@code .dist-info/RECORD} against its contents (the wheel format, PEP 427 and PEP
 * 376): every file but RECORD itself (and its signatures) must be listed with a hash, and the
 * sha256 hashes must be those of the bytes. pip checks RECORD as it installs; a wheel that fails
 * here was altered after it was built, or built to deceive.
 */
final class WheelRecord {

  /** What is wrong; empty lists (and no {@code missing}) mean RECORD is consistent. */
  record Check(
      Optional<String> missing,
      List<String> unlisted,
      List<String> unhashed,
      List<String> wrongHash) {

    boolean consistent() {
      return missing.isEmpty() && unlisted.isEmpty() && unhashed.isEmpty() && wrongHash.isEmpty();
    }
  }

  private WheelRecord() {}

  static Check check(InspectedDistribution wheel) {
    List<ArchiveEntry> records =
        wheel.entries().stream().filter(e -> e.path().matches("[^/]+\\.dist-info/RECORD")).toList();
    if (records.isEmpty()) {
      return new Check(
          Optional.of("the wheel has no .dist-info/RECORD"), List.of(), List.of(), List.of());
    }
    if (records.size() > 1) {
      return new Check(
          Optional.of(
              "the wheel has "
                  + records.size()
                  + " .dist-info"
                  + " directories with a RECORD; an installer expects one"),
          List.of(),
          List.of(),
          List.of());
    }
    ArchiveEntry record = records.get(0);
    if (record.text().isEmpty() || record.textTruncated()) {
      return new Check(Optional.empty(), List.of(), List.of(), List.of());
    }
    Map<String, String> hashes = new HashMap<>();
    for (String line : record.text().get().split("\r?\n")) {
      List<String> fields = csv(line);
      if (!fields.isEmpty() && !fields.get(0).isEmpty()) {
        hashes.put(fields.get(0), fields.size() > 1 ? fields.get(1) : "");
      }
    }
    String distInfo = record.path().substring(0, record.path().length() - "RECORD".length());
    List<String> unlisted = new ArrayList<>();
    List<String> unhashed = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (ArchiveEntry entry : wheel.entries()) {
      if (entry.type() != ArchiveEntry.Type.FILE
          || entry.path().equals(record.path())
          || entry.path().equals(distInfo + "RECORD.jws")
          || entry.path().equals(distInfo + "RECORD.p7s")) {
        continue;
      }
      String listed = hashes.get(entry.path());
      if (listed == null) {
        unlisted.add(entry.path());
      } else if (listed.isEmpty()) {
        unhashed.add(entry.path());
      } else if (listed.startsWith("sha256=")
          && entry.sha256().isPresent()
          && !sameDigest(listed.substring(7), entry.sha256().get())) {
        wrong.add(entry.path());
      }
    }
    return new Check(Optional.empty(), unlisted, unhashed, wrong);
  }

  /**
   * Whether a RECORD digest describes {@code hex}: the standard form is URL-safe base64 without
   * padding; some repackagers (Debian's dh-python) write hexadecimal, which says the same.
   */
  static boolean sameDigest(String listed, String hex) {
    return listed.equals(urlSafe(hex)) || listed.equalsIgnoreCase(hex);
  }

  /** The RECORD form of a digest: URL-safe base64 without padding. */
  static String urlSafe(String hex) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(hex));
  }

  /** One CSV line as Python's csv module writes it: commas, double quotes doubled inside. */
  static List<String> csv(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
