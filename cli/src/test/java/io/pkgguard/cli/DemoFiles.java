package io.pkgguard.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Small, well-formed distribution files for test mirrors: nothing in them is suspicious. */
final class DemoFiles {

  private DemoFiles() {}

  /** A pure-Python wheel of {@code name} with METADATA declaring {@code requires}, and RECORD. */
  static byte[] wheel(String name, String version, List<String> requires) {
    return wheel(name, version, requires, Map.of());
  }

  /** The same wheel holding {@code more} files too (path to text). */
  static byte[] wheel(
      String name, String version, List<String> requires, Map<String, String> more) {
    String module = name.replace('-', '_').replace('.', '_');
    String distInfo = module + "-" + version + ".dist-info/";
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        module + "/__init__.py",
        ("\"\"\"" + name + ".\"\"\"\n\nVALUE = 1\n").getBytes(StandardCharsets.UTF_8));
    more.forEach((path, text) -> entries.put(path, text.getBytes(StandardCharsets.UTF_8)));
    StringBuilder metadata =
        new StringBuilder("Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n");
    requires.forEach(r -> metadata.append("Requires-Dist: ").append(r).append('\n'));
    entries.put(distInfo + "METADATA", metadata.toString().getBytes(StandardCharsets.UTF_8));
    entries.put(
        distInfo + "WHEEL",
        "Wheel-Version: 1.0\nRoot-Is-Purelib: true\n".getBytes(StandardCharsets.UTF_8));
    StringBuilder record = new StringBuilder();
    entries.forEach(
        (path, bytes) ->
            record
                .append(path)
                .append(",sha256=")
                .append(Base64.getUrlEncoder().withoutPadding().encodeToString(digest(bytes)))
                .append(',')
                .append(bytes.length)
                .append('\n'));
    record.append(distInfo).append("RECORD,,\n");
    entries.put(distInfo + "RECORD", record.toString().getBytes(StandardCharsets.UTF_8));
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

  /**
   * A conda package ({@code .conda}): a zip of {@code metadata.json} and two zstd-compressed tars,
   * {@code info-*} with {@code info/index.json} and {@code pkg-*} with {@code files}.
   */
  static byte[] conda(String name, String version, Map<String, String> files) {
    String stem = name + "-" + version + "-py_0";
    Map<String, String> info =
        Map.of(
            "info/index.json",
            "{\"name\": \"" + name + "\", \"version\": \"" + version + "\", \"build\": \"py_0\"}");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        "metadata.json", "{\"conda_pkg_format_version\": 2}".getBytes(StandardCharsets.UTF_8));
    entries.put("info-" + stem + ".tar.zst", zstdTar(info));
    entries.put("pkg-" + stem + ".tar.zst", zstdTar(files));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] zstdTar(Map<String, String> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(
            new org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream(
                out))) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
        entry.setSize(bytes.length);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A gzipped tar sdist with a plain setup.py. */
  static byte[] sdist(String name, String version) {
    String root = name + "-" + version + "/";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
      byte[] setup =
          ("from setuptools import setup\nsetup(name='" + name + "', version='" + version + "')\n")
              .getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry entry = new TarArchiveEntry(root + "setup.py");
      entry.setSize(setup.length);
      tar.putArchiveEntry(entry);
      tar.write(setup);
      tar.closeArchiveEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest(bytes));
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
