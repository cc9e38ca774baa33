package io.pkgguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes a local mirror in the PyPI JSON API layout ({@code <name>/json}), with documents built
 * field for field as docs.pypi.org/api/json describes them (constructed, not recorded), and the
 * files they list in the packages directory beside it, as a bandersnatch mirror keeps them.
 */
final class DemoMirror {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path root;

  DemoMirror(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** A well-kept project: author, licence, description, URLs, a wheel and an sdist. */
  DemoMirror wellKept(String name, String version, Instant firstUpload) {
    return project(
        name,
        version,
        firstUpload,
        Map.of(
            "author",
            "Ada Lovelace",
            "license_expression",
            "MIT",
            "summary",
            "Does one useful thing well",
            "description",
            "A long description of what it does."),
        name.replace('-', '_') + "-" + version + "-py3-none-any.whl",
        "bdist_wheel",
        name + "-" + version + ".tar.gz",
        "sdist");
  }

  /** A project with the given info fields and files (filename, packagetype pairs). */
  DemoMirror project(
      String name, String version, Instant uploaded, Map<String, String> info, String... files) {
    ObjectNode document = MAPPER.createObjectNode();
    ObjectNode infoNode = document.putObject("info");
    infoNode.put("name", name);
    infoNode.put("version", version);
    info.forEach(infoNode::put);
    if (info.containsKey("author")) {
      infoNode.putObject("project_urls").put("Source", "https://github.com/example/" + name);
    }
    ArrayNode urls = document.putArray("urls");
    for (int i = 0; i < files.length; i += 2) {
      ObjectNode file = urls.addObject();
      file.put("filename", files[i]);
      file.put("packagetype", files[i + 1]);
      file.put(
          "url",
          "https://files.pythonhosted.org/packages/ab/cd/"
              + java.net.URLEncoder.encode(files[i], java.nio.charset.StandardCharsets.UTF_8));
      file.put("upload_time_iso_8601", uploaded.toString());
      file.put("yanked", false);
      store(file, name, version, List.of());
    }
    document.putObject("releases").set(version, urls);
    document.putArray("vulnerabilities");
    try {
      Files.createDirectories(root.resolve(name));
      MAPPER.writeValue(root.resolve(name).resolve("json").toFile(), document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Makes the project's current release declare these dependencies (its Requires-Dist). */
  DemoMirror requiring(String name, String... requirements) {
    Path json = root.resolve(name).resolve("json");
    try {
      ObjectNode document = (ObjectNode) MAPPER.readTree(json.toFile());
      ArrayNode requires = ((ObjectNode) document.get("info")).putArray("requires_dist");
      for (String requirement : requirements) {
        requires.add(requirement);
      }
      // The wheel declares what the index declares, as a real one would.
      String version = document.get("info").get("version").asText();
      for (JsonNode file : document.get("urls")) {
        store((ObjectNode) file, name, version, List.of(requirements));
      }
      MAPPER.writeValue(json.toFile(), document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The SHA-256 the mirror's document declares for one of a project's files. */
  String sha256(String name, String filename) {
    try {
      JsonNode document = MAPPER.readTree(root.resolve(name).resolve("json").toFile());
      for (JsonNode file : document.get("urls")) {
        if (file.get("filename").asText().equals(filename)) {
          return file.get("digests").get("sha256").asText();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException(name + " has no file " + filename);
  }

  /**
   * Writes the file an entry of {@code urls} describes where a bandersnatch mirror keeps it (the
   * packages directory beside the index, under the link's path) and records its digest and size:
   * a wheel with a consistent RECORD and METADATA, or an sdist with a plain setup.py.
   */
  private void store(ObjectNode file, String name, String version, List<String> requires) {
    String filename = file.get("filename").asText();
    byte[] bytes =
        filename.endsWith(".whl")
            ? DemoFiles.wheel(name, version, requires)
            : DemoFiles.sdist(name, version);
    Path target = root.toAbsolutePath().getParent().resolve("packages/ab/cd").resolve(filename);
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    file.putObject("digests").put("sha256", DemoFiles.sha256(bytes));
    file.put("size", bytes.length);
  }

  /**
   * Writes an offline advisory database: a zip of OSV records, each built field for field as the
   * OSV schema describes one (constructed, not recorded).
   */
  static Path advisories(Path zip, String... records) {
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      for (int i = 0; i < records.length; i++) {
        out.putNextEntry(new java.util.zip.ZipEntry("PyPI/record-" + i + ".json"));
        out.write(records[i].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zip;
  }

  /** An OSV record: {@code name} versions from {@code introduced} up to {@code fixed}. */
  static String vulnerability(
      String id, String name, String introduced, String fixed, String cvssVector) {
    return "{\"id\": \""
        + id
        + "\", \"summary\": \"Remote code execution in "
        + name
        + "\", \"modified\": \"2026-01-01T00:00:00Z\", \"severity\": [{\"type\": \"CVSS_V3\","
        + " \"score\": \""
        + cvssVector
        + "\"}], \"affected\": [{\"package\": {\"ecosystem\":"
        + " \"PyPI\", \"name\": \""
        + name
        + "\"}, \"ranges\": [{\"type\": \"ECOSYSTEM\","
        + " \"events\": [{\"introduced\": \""
        + introduced
        + "\"}, {\"fixed\": \""
        + fixed
        + "\"}]}]}]}";
  }
}
