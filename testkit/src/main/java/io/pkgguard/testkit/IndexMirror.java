package io.pkgguard.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.source.pypi.names.PythonNames;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A PyPI mirror in a directory, as the PyPI source reads {@code file:} indexes: {@code
 * index/<name>/json} (and {@code index/<name>/<version>/json}) beside {@code packages/}, which
 * holds the files at the paths of their URLs on the file host. The documents are the test's own,
 * with one change: each file entry that names a file the test built gets that file's URL, SHA-256
 * and size, which the test cannot know in advance.
 */
final class IndexMirror {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FILE_HOST = "https://files.pythonhosted.org/packages/";

  private IndexMirror() {}

  /**
   * Writes the mirror.
   *
   * @param root an empty directory
   * @param projects the project documents ({@code <name>/json})
   * @param releases the release documents ({@code <name>/<version>/json})
   * @param files the files the documents' entries name
   * @return the index's URL
   * @throws IllegalArgumentException if a document is not a PyPI JSON document, or a file is not
   *     listed in any document
   */
  static URI write(
      Path root, List<String> projects, List<String> releases, List<DistributionArchive> files)
      throws IOException {
    Path index = Files.createDirectories(root.resolve("index"));
    Set<String> listed = new HashSet<>();
    for (String text : projects) {
      ObjectNode document = parse(text, "a project document");
      listed.addAll(patchFiles(document, files));
      write(index.resolve(name(document)).resolve("json"), document);
    }
    for (String text : releases) {
      ObjectNode document = parse(text, "a release document");
      listed.addAll(patchFiles(document, files));
      String version = document.path("info").path("version").asText("");
      if (version.isEmpty() || version.contains("/") || version.contains("..")) {
        throw new IllegalArgumentException("a release document needs info.version: " + text);
      }
      write(index.resolve(name(document)).resolve(version).resolve("json"), document);
    }
    for (DistributionArchive file : files) {
      if (!listed.contains(file.filename())) {
        throw new IllegalArgumentException(
            file.filename()
                + " is listed in no document: add an"
                + " entry with \"filename\": \""
                + file.filename()
                + "\" to the project's \"urls\""
                + " or \"releases\" (the kit fills in its url, digests and size)");
      }
      Path target = root.resolve("packages").resolve(relativePath(file));
      Files.createDirectories(target.getParent());
      Files.write(target, file.bytes());
    }
    return index.toUri();
  }

  private static ObjectNode parse(String text, String what) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node instanceof ObjectNode object && object.path("info").isObject()) {
        return object;
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    throw new IllegalArgumentException(
        what + " must be a JSON object with an \"info\" object," + " as PyPI's JSON API answers");
  }

  private static String name(ObjectNode document) {
    String name = document.path("info").path("name").asText("");
    if (PythonNames.scheme().problem(name).isPresent()) {
      throw new IllegalArgumentException(
          "info.name must be a valid project name, not '" + name + "'");
    }
    return PythonNames.scheme().normalize(name);
  }

  /** Fills in url, digests and size of the entries naming a built file; returns their names. */
  private static Set<String> patchFiles(ObjectNode document, List<DistributionArchive> files) {
    Set<String> patched = new HashSet<>();
    List<JsonNode> entries = new java.util.ArrayList<>();
    document.path("urls").forEach(entries::add);
    document.path("releases").forEach(release -> release.forEach(entries::add));
    for (JsonNode entry : entries) {
      if (!(entry instanceof ObjectNode object)) {
        continue;
      }
      String filename = object.path("filename").asText("");
      for (DistributionArchive file : files) {
        if (file.filename().equals(filename)) {
          object.put("url", FILE_HOST + relativePath(file).replace('\\', '/'));
          object.putObject("digests").put("sha256", file.sha256());
          object.put("size", file.bytes().length);
          patched.add(filename);
        }
      }
    }
    return patched;
  }

  /** Where the file host keeps a file: {@code ab/cd/<sha256>/<name>}. */
  private static String relativePath(DistributionArchive file) {
    String digest = file.sha256();
    return digest.substring(0, 2)
        + "/"
        + digest.substring(2, 4)
        + "/"
        + digest
        + "/"
        + file.filename();
  }

  private static void write(Path target, JsonNode document) throws IOException {
    Files.createDirectories(target.getParent());
    Files.write(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
  }
}
