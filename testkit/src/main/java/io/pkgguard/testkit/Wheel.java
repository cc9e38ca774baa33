package io.pkgguard.testkit;

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
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apiguardian.api.API;

/**
 * Builds a small wheel in memory: the files given, plus the {@code .dist-info} directory an
 * installer expects ({@code METADATA}, {@code WHEEL}, {@code entry_points.txt} when there are
 * console scripts, and a {@code RECORD} whose hashes and sizes match), so that a rule sees a
 * consistent wheel unless the test spoils it on purpose ({@link #record(String)}).
 *
 * <pre>{@code
 * DistributionArchive wheel = Wheel.of("demo", "1.0")
 *     .file("demo/__init__.py", "VALUE = 1\n")
 *     .requires("requests>=2")
 *     .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Wheel {

  private final String name;
  private final String version;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final List<String> requires = new ArrayList<>();
  private final List<String> scripts = new ArrayList<>();
  private final StringBuilder metadataExtra = new StringBuilder();
  private String tag = "py3-none-any";
  private Optional<String> record = Optional.empty();

  private Wheel(String name, String version) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
  }

  /**
   * A wheel of a project at a version.
   *
   * @param name the project's name, as it is written in the file name ({@code my_pkg})
   * @param version its version
   * @return the builder
   */
  public static Wheel of(String name, String version) {
    return new Wheel(name, version);
  }

  /**
   * Adds a text file (UTF-8).
   *
   * @param path its path in the wheel, such as {@code demo/__init__.py}
   * @param text its content
   * @return this builder
   */
  public Wheel file(String path, String text) {
    return file(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Adds a file.
   *
   * @param path its path in the wheel
   * @param bytes its content
   * @return this builder
   */
  public Wheel file(String path, byte[] bytes) {
    files.put(Objects.requireNonNull(path, "path"), bytes.clone());
    return this;
  }

  /**
   * Adds a {@code Requires-Dist} line to METADATA.
   *
   * @param requirement a PEP 508 requirement
   * @return this builder
   */
  public Wheel requires(String requirement) {
    requires.add(Objects.requireNonNull(requirement, "requirement"));
    return this;
  }

  /**
   * Adds other METADATA headers, written as they appear there ({@code "Summary: x"}).
   *
   * @param header one header line
   * @return this builder
   */
  public Wheel metadata(String header) {
    metadataExtra.append(Objects.requireNonNull(header, "header")).append('\n');
    return this;
  }

  /**
   * Declares a console script in {@code entry_points.txt}.
   *
   * @param declaration such as {@code demo = demo.cli:main}
   * @return this builder
   */
  public Wheel consoleScript(String declaration) {
    scripts.add(Objects.requireNonNull(declaration, "declaration"));
    return this;
  }

  /**
   * The compatibility tag of the file name (default {@code py3-none-any}).
   *
   * @param value such as {@code cp311-cp311-manylinux_2_17_x86_64}
   * @return this builder
   */
  public Wheel tag(String value) {
    tag = Objects.requireNonNull(value, "value");
    return this;
  }

  /**
   * Replaces the generated RECORD with this text, to test what a lying or broken RECORD does.
   *
   * @param text the RECORD's content
   * @return this builder
   */
  public Wheel record(String text) {
    record = Optional.of(Objects.requireNonNull(text, "text"));
    return this;
  }

  /** {@return the wheel's file name} */
  public String filename() {
    return name + "-" + version + "-" + tag + ".whl";
  }

  /** {@return the wheel} */
  public DistributionArchive build() {
    String distInfo = name + "-" + version + ".dist-info/";
    Map<String, byte[]> entries = new LinkedHashMap<>(files);
    StringBuilder metadata =
        new StringBuilder("Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n");
    requires.forEach(r -> metadata.append("Requires-Dist: ").append(r).append('\n'));
    metadata.append(metadataExtra).append("\n");
    entries.put(distInfo + "METADATA", utf8(metadata.toString()));
    entries.put(
        distInfo + "WHEEL",
        utf8(
            "Wheel-Version: 1.0\nGenerator: pkgguard-testkit\n"
                + "Root-Is-Purelib: true\nTag: "
                + tag
                + "\n"));
    if (!scripts.isEmpty()) {
      entries.put(
          distInfo + "entry_points.txt",
          utf8("[console_scripts]\n" + String.join("\n", scripts) + "\n"));
    }
    entries.put(
        distInfo + "RECORD", utf8(record.orElseGet(() -> recordOf(entries, distInfo + "RECORD"))));
    return new DistributionArchive(filename(), zip(entries));
  }

  private static String recordOf(Map<String, byte[]> entries, String recordPath) {
    StringBuilder text = new StringBuilder();
    entries.forEach(
        (path, bytes) ->
            text.append(path.contains(",") ? '"' + path + '"' : path)
                .append(",sha256=")
                .append(Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(bytes)))
                .append(',')
                .append(bytes.length)
                .append('\n'));
    return text.append(recordPath).append(",,\n").toString();
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        ZipEntry zipEntry = new ZipEntry(entry.getKey());
        zipEntry.setTime(315532800000L); // 1980-01-01: the same bytes on every run
        zip.putNextEntry(zipEntry);
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
