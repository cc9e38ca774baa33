package io.pkgguard.installer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A wheel built in the test as the wheel format (PEP 427) describes one: its modules, METADATA
 * with its requirements, WHEEL, entry points if any, and a RECORD of every file — or, on request,
 * a RECORD that lies about one file.
 */
public final class TestWheel {

  private final String name;
  private final String version;
  private final List<String> requires = new ArrayList<>();
  private final Map<String, String> files = new LinkedHashMap<>();
  private String consoleScript;
  private String lyingAbout;
  private String wheelVersion = "1.0";

  public TestWheel(String name, String version) {
    this.name = name;
    this.version = version;
    files.put(
        module() + "/__init__.py",
        "\"\"\""
            + name
            + ".\"\"\"\n\nVERSION = \""
            + version
            + "\"\n\n\ndef main():\n    print(\""
            + name
            + " "
            + version
            + "\")\n");
  }

  String name() {
    return name;
  }

  String version() {
    return version;
  }

  String module() {
    return name.replace('-', '_').replace('.', '_');
  }

  public String filename() {
    return module() + "-" + version + "-py3-none-any.whl";
  }

  List<String> requires() {
    return requires;
  }

  public TestWheel requiring(String... requirements) {
    requires.addAll(List.of(requirements));
    return this;
  }

  public TestWheel file(String path, String text) {
    files.put(path, text);
    return this;
  }

  /** Declares a console script {@code name} calling the package's main(). */
  public TestWheel consoleScript(String script) {
    consoleScript = script;
    return this;
  }

  /** Its RECORD gives {@code path} the digest of other bytes. */
  TestWheel recordLyingAbout(String path) {
    lyingAbout = path;
    return this;
  }

  /** Its WHEEL declares this format version (pip refuses a major version it does not know). */
  TestWheel wheelVersion(String value) {
    wheelVersion = value;
    return this;
  }

  byte[] bytes() {
    String distInfo = module() + "-" + version + ".dist-info/";
    Map<String, byte[]> entries = new LinkedHashMap<>();
    files.forEach((path, text) -> entries.put(path, text.getBytes(StandardCharsets.UTF_8)));
    StringBuilder metadata =
        new StringBuilder(
            "Metadata-Version: 2.1\nName: "
                + name
                + "\nVersion: "
                + version
                + "\nSummary: Does one useful thing well\n"
                + "Author: Ada Lovelace\nLicense-Expression: MIT\n");
    requires.forEach(r -> metadata.append("Requires-Dist: ").append(r).append('\n'));
    entries.put(distInfo + "METADATA", utf8(metadata.toString()));
    entries.put(
        distInfo + "WHEEL",
        utf8(
            "Wheel-Version: "
                + wheelVersion
                + "\nGenerator: pkgguard-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"));
    if (consoleScript != null) {
      entries.put(
          distInfo + "entry_points.txt",
          utf8("[console_scripts]\n" + consoleScript + " = " + module() + ":main\n"));
    }
    StringBuilder record = new StringBuilder();
    entries.forEach(
        (path, bytes) ->
            record
                .append(path)
                .append(",sha256=")
                .append(digest(path.equals(lyingAbout) ? utf8("other bytes") : bytes))
                .append(',')
                .append(bytes.length)
                .append('\n'));
    record.append(distInfo).append("RECORD,,\n");
    entries.put(distInfo + "RECORD", utf8(record.toString()));
    return zip(entries);
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTime(315532800000L); // 1980-01-01: the same bytes on every run
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String digest(byte[] bytes) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
