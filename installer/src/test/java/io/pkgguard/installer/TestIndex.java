package io.pkgguard.installer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A local mirror in the PyPI JSON API layout ({@code index/<name>/json}, documents built field
 * for field as docs.pypi.org/api/json describes them: constructed, not recorded) with the files
 * in {@code packages/} beside it, as a bandersnatch mirror keeps them.
 */
public final class TestIndex {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Established (older than the age rule's 30 days) and maintained (under 2 years). */
  static final Instant UPLOADED = Instant.now().minus(Duration.ofDays(200));

  private final Path index;
  private final Path packages;

  public TestIndex(Path root) {
    this.index = root.resolve("index");
    this.packages = root.resolve("packages").resolve("ab").resolve("cd");
  }

  public URI uri() {
    return index.toUri();
  }

  /** Where the mirror keeps a file. */
  public Path file(String filename) {
    return packages.resolve(filename);
  }

  /** A well-kept project whose one file is this wheel. */
  public TestIndex publish(TestWheel wheel) {
    return publish(
        wheel.name(),
        wheel.version(),
        wheel.requires(),
        true,
        wheel.filename(),
        "bdist_wheel",
        wheel.bytes());
  }

  /** The same, but the index names no author or maintainer: a REVIEW. */
  TestIndex publishWithoutAuthor(TestWheel wheel) {
    return publish(
        wheel.name(),
        wheel.version(),
        wheel.requires(),
        false,
        wheel.filename(),
        "bdist_wheel",
        wheel.bytes());
  }

  /** A well-kept project whose one file is a source distribution built by {@link #sdist}. */
  TestIndex publishSdist(String name, String version) {
    return publish(
        name,
        version,
        List.of(),
        true,
        name + "-" + version + ".tar.gz",
        "sdist",
        sdist(name, version));
  }

  private TestIndex publish(
      String name,
      String version,
      List<String> requires,
      boolean author,
      String filename,
      String type,
      byte[] bytes) {
    ObjectNode document = JSON.createObjectNode();
    ObjectNode info = document.putObject("info");
    info.put("name", name);
    info.put("version", version);
    info.put("summary", "Does one useful thing well");
    info.put("description", "A long description of what it does, and how.");
    info.put("license_expression", "MIT");
    if (author) {
      info.put("author", "Ada Lovelace");
      info.putObject("project_urls").put("Source", "https://github.com/example/" + name);
    }
    ArrayNode requiresDist = info.putArray("requires_dist");
    requires.forEach(requiresDist::add);
    ArrayNode urls = document.putArray("urls");
    ObjectNode file = urls.addObject();
    file.put("filename", filename);
    file.put("packagetype", type);
    file.put("url", "https://files.pythonhosted.org/packages/ab/cd/" + filename);
    file.put("upload_time_iso_8601", UPLOADED.toString());
    file.put("yanked", false);
    file.putObject("digests").put("sha256", sha256(bytes));
    file.put("size", bytes.length);
    document.putObject("releases").set(version, urls);
    document.putArray("vulnerabilities");
    try {
      Files.createDirectories(packages);
      Files.write(packages.resolve(filename), bytes);
      Path dir = index.resolve(name);
      Files.createDirectories(dir);
      JSON.writeValue(dir.resolve("json").toFile(), document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * A source distribution with its own build backend in the tree (PEP 517 {@code backend-path}),
   * written with the standard library only, so that it builds with no index and no isolation.
   */
  static byte[] sdist(String name, String version) {
    String module = name.replace('-', '_');
    String root = name + "-" + version + "/";
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        root + "PKG-INFO",
        "Metadata-Version: 2.1\nName: "
            + name
            + "\nVersion: "
            + version
            + "\nSummary: Does one useful thing well\nAuthor: Ada Lovelace\n");
    files.put(
        root + "pyproject.toml",
        "[build-system]\nrequires = []\n"
            + "build-backend = \"backend\"\nbackend-path = [\".\"]\n");
    files.put(
        root + "backend.py",
        String.join(
            "\n",
            "import base64, hashlib, os, zipfile",
            "NAME, VERSION, MODULE = "
                + quoted(name)
                + ", "
                + quoted(version)
                + ", "
                + quoted(module),
            "def _digest(data):",
            "    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=')"
                + ".decode()",
            "def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):",
            "    info = MODULE + '-' + VERSION + '.dist-info'",
            "    files = {}",
            "    with open(os.path.join('src', MODULE + '.py'), 'rb') as f:",
            "        files[MODULE + '.py'] = f.read()",
            "    files[info + '/METADATA'] = ('Metadata-Version: 2.1\\nName: ' + NAME",
            "        + '\\nVersion: ' + VERSION + '\\n').encode()",
            "    files[info + '/WHEEL'] = b'Wheel-Version: 1.0\\nGenerator: in-tree\\n"
                + "Root-Is-Purelib: true\\nTag: py3-none-any\\n'",
            "    record = ''.join(p + ',sha256=' + _digest(d) + ',' + str(len(d)) + '\\n'",
            "                     for p, d in files.items()) + info + '/RECORD,,\\n'",
            "    files[info + '/RECORD'] = record.encode()",
            "    wheel = MODULE + '-' + VERSION + '-py3-none-any.whl'",
            "    with zipfile.ZipFile(os.path.join(wheel_directory, wheel), 'w') as z:",
            "        for p, d in files.items():",
            "            z.writestr(p, d)",
            "    return wheel",
            ""));
    files.put(root + "src/" + module + ".py", "VERSION = " + quoted(version) + "\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
      for (Map.Entry<String, String> e : files.entrySet()) {
        byte[] bytes = TestWheel.utf8(e.getValue());
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(bytes.length);
        entry.setModTime(315532800000L);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String quoted(String text) {
    return "'" + text + "'";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An offline advisory database with one record, of a project none of the tests installs. */
  public static Path advisories(Path zip) {
    String record =
        "{\"id\": \"PYSEC-2099-1\", \"summary\": \"Remote code execution in oldlib\","
            + " \"modified\": \"2026-01-01T00:00:00Z\", \"affected\": [{\"package\": {\"ecosystem\":"
            + " \"PyPI\", \"name\": \"oldlib\"}, \"ranges\": [{\"type\": \"ECOSYSTEM\", \"events\":"
            + " [{\"introduced\": \"0\"}, {\"fixed\": \"2.1\"}]}]}]}";
    return zip(zip, Map.of("PyPI/PYSEC-2099-1.json", TestWheel.utf8(record)));
  }

  private static Path zip(Path target, Map<String, byte[]> entries) {
    try {
      Files.write(target, TestWheel.zip(entries));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
