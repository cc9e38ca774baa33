package io.pkgguard.source.pypi.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the lock files Python projects use — {@code pylock.toml} (PEP 751), {@code uv.lock},
 * {@code poetry.lock} and {@code Pipfile.lock} — into exact versions, hashes and sources. A file
 * of a format version this reader does not know, a truncated or damaged one, or an entry without
 * a name or with a malformed hash is an {@link InputFileException} with file, line and column.
 */
public final class LockFiles {

  private LockFiles() {}

  /** Whether {@code fileName} is a lock file this class reads. */
  public static boolean isLockFile(String fileName) {
    return fileName.equals("uv.lock") || fileName.equals("poetry.lock")
        || fileName.equals("Pipfile.lock") || fileName.equals("pylock.toml")
        || (fileName.startsWith("pylock.") && fileName.endsWith(".toml"));
  }

  /**
   * Reads a lock file; the format follows from its name.
   *
   * @throws InputFileException naming file, line and column of the problem
   */
  public static LockFile read(String fileName, byte[] bytes) throws InputFileException {
    if (fileName.equals("uv.lock")) {
      return uv(LockDocument.parse(fileName, bytes, true));
    }
    if (fileName.equals("poetry.lock")) {
      return poetry(LockDocument.parse(fileName, bytes, true));
    }
    if (fileName.equals("Pipfile.lock")) {
      return pipfile(LockDocument.parse(fileName, bytes, false));
    }
    if (isLockFile(fileName)) {
      return pylock(LockDocument.parse(fileName, bytes, true));
    }
    throw new InputFileException(fileName, "not a lock file pkgguard reads (pylock.toml,"
        + " uv.lock, poetry.lock, Pipfile.lock)");
  }

  /** PEP 751. */
  private static LockFile pylock(LockDocument doc) throws InputFileException {
    String lockVersion = doc.root.path("lock-version").asText("");
    if (!lockVersion.matches("1(\\.\\d+)?")) {
      throw new InputFileException(new SourceLocation(doc.file, 1, 0), "lock-version '"
          + lockVersion + "' is not supported; PEP 751 version 1 is");
    }
    List<LockedPackage> packages = new ArrayList<>();
    List<IndexOption> indexes = new ArrayList<>();
    int i = 0;
    for (JsonNode p : doc.root.path("packages")) {
      SourceLocation at = doc.tableLocation("packages", i++);
      String name = LockDocument.requiredText(p, "name", at);
      List<String> hashes = new ArrayList<>();
      collectHashObjects(p.path("sdist").path("hashes"), hashes, at);
      for (JsonNode wheel : p.path("wheels")) {
        collectHashObjects(wheel.path("hashes"), hashes, at);
      }
      collectHashObjects(p.path("archive").path("hashes"), hashes, at);
      LockedPackage.Kind kind = p.has("vcs") ? LockedPackage.Kind.VCS
          : p.has("directory") ? (p.path("directory").path("editable").asBoolean(false)
              ? LockedPackage.Kind.EDITABLE : LockedPackage.Kind.LOCAL_PATH)
          : p.has("archive") ? LockedPackage.Kind.URL : LockedPackage.Kind.INDEX;
      Optional<String> origin = switch (kind) {
        case VCS -> LockDocument.text(p.path("vcs"), "url");
        case LOCAL_PATH, EDITABLE -> LockDocument.text(p.path("directory"), "path");
        case URL -> LockDocument.text(p.path("archive"), "url")
            .or(() -> LockDocument.text(p.path("archive"), "path"));
        case INDEX -> LockDocument.text(p, "index");
      };
      origin.filter(u -> kind == LockedPackage.Kind.INDEX).ifPresent(u ->
          indexes.add(new IndexOption(IndexOption.Kind.INDEX_URL, u, at)));
      Optional<String> version = LockDocument.text(p, "version");
      if (kind == LockedPackage.Kind.INDEX && version.isEmpty()) {
        throw new InputFileException(at, "package '" + name + "' from an index has no"
            + " version");
      }
      packages.add(new LockedPackage(name, version, kind, origin, hashes, at));
    }
    return new LockFile("pylock.toml", packages, distinct(indexes));
  }

  /** uv's own format, version 1. */
  private static LockFile uv(LockDocument doc) throws InputFileException {
    int version = doc.root.path("version").asInt(-1);
    if (version != 1) {
      throw new InputFileException(new SourceLocation(doc.file, 1, 0), "uv.lock version "
          + doc.root.path("version").asText("(none)") + " is not supported; version 1 is");
    }
    List<LockedPackage> packages = new ArrayList<>();
    List<IndexOption> indexes = new ArrayList<>();
    int i = 0;
    for (JsonNode p : doc.root.path("package")) {
      SourceLocation at = doc.tableLocation("package", i++);
      String name = LockDocument.requiredText(p, "name", at);
      JsonNode source = p.path("source");
      if (source.has("virtual")) {
        continue; // the project itself
      }
      List<String> hashes = new ArrayList<>();
      LockDocument.text(p.path("sdist"), "hash").ifPresent(h -> hashes.add(h));
      for (JsonNode wheel : p.path("wheels")) {
        LockDocument.text(wheel, "hash").ifPresent(hashes::add);
      }
      List<String> checked = new ArrayList<>();
      for (String h : hashes) {
        checked.add(LockDocument.hash(h, at));
      }
      LockedPackage.Kind kind = source.has("registry") ? LockedPackage.Kind.INDEX
          : source.has("git") ? LockedPackage.Kind.VCS
          : source.has("url") ? LockedPackage.Kind.URL
          : source.has("editable") ? LockedPackage.Kind.EDITABLE
          : LockedPackage.Kind.LOCAL_PATH;
      Optional<String> origin = firstText(source, "registry", "git", "url", "editable", "path",
          "directory");
      if (kind == LockedPackage.Kind.INDEX) {
        origin.ifPresent(u -> indexes.add(new IndexOption(IndexOption.Kind.INDEX_URL, u, at)));
      }
      packages.add(new LockedPackage(name, LockDocument.text(p, "version"), kind, origin,
          checked, at));
    }
    return new LockFile("uv.lock", packages, distinct(indexes));
  }

  /** Poetry's format, lock-version 1.x or 2.x. */
  private static LockFile poetry(LockDocument doc) throws InputFileException {
    String version = doc.root.path("metadata").path("lock-version").asText("");
    if (!version.matches("[12]\\.\\d+")) {
      throw new InputFileException(new SourceLocation(doc.file, 1, 0), "poetry.lock"
          + " lock-version '" + version + "' is not supported; 1.x and 2.x are");
    }
    List<LockedPackage> packages = new ArrayList<>();
    List<IndexOption> indexes = new ArrayList<>();
    int i = 0;
    for (JsonNode p : doc.root.path("package")) {
      SourceLocation at = doc.tableLocation("package", i++);
      String name = LockDocument.requiredText(p, "name", at);
      List<String> hashes = new ArrayList<>();
      for (JsonNode f : p.path("files")) {
        Optional<String> h = LockDocument.text(f, "hash");
        if (h.isPresent()) {
          hashes.add(LockDocument.hash(h.get(), at));
        }
      }
      JsonNode source = p.path("source");
      String type = source.path("type").asText("");
      LockedPackage.Kind kind = switch (type) {
        case "" , "legacy" -> LockedPackage.Kind.INDEX;
        case "git" -> LockedPackage.Kind.VCS;
        case "url" -> LockedPackage.Kind.URL;
        case "directory" -> p.path("develop").asBoolean(false) ? LockedPackage.Kind.EDITABLE
            : LockedPackage.Kind.LOCAL_PATH;
        default -> LockedPackage.Kind.LOCAL_PATH;
      };
      Optional<String> origin = LockDocument.text(source, "url");
      if (type.equals("legacy")) {
        origin.ifPresent(u -> indexes.add(new IndexOption(
            IndexOption.Kind.EXTRA_INDEX_URL, u, at)));
      }
      packages.add(new LockedPackage(name, Optional.of(LockDocument.requiredText(p, "version",
          at)), kind, origin, hashes, at));
    }
    return new LockFile("poetry.lock", packages, distinct(indexes));
  }

  /** Pipenv's JSON format, pipfile-spec 6. */
  private static LockFile pipfile(LockDocument doc) throws InputFileException {
    JsonNode meta = doc.root.path("_meta");
    if (meta.path("pipfile-spec").asInt(-1) != 6) {
      throw new InputFileException(doc.keyLocation("_meta"), "pipfile-spec "
          + meta.path("pipfile-spec").asText("(none)") + " is not supported; 6 is");
    }
    List<IndexOption> indexes = new ArrayList<>();
    for (JsonNode s : meta.path("sources")) {
      SourceLocation at = doc.keyLocation("sources");
      LockDocument.text(s, "url").ifPresent(u -> indexes.add(new IndexOption(
          indexes.isEmpty() ? IndexOption.Kind.INDEX_URL : IndexOption.Kind.EXTRA_INDEX_URL, u,
          at)));
      if (!s.path("verify_ssl").asBoolean(true)) {
        LockDocument.text(s, "url").ifPresent(u -> indexes.add(new IndexOption(
            IndexOption.Kind.TRUSTED_HOST, u, at)));
      }
    }
    List<LockedPackage> packages = new ArrayList<>();
    for (String section : List.of("default", "develop")) {
      JsonNode table = doc.root.path(section);
      if (!table.isMissingNode() && !table.isObject()) {
        throw new InputFileException(doc.keyLocation(section), "'" + section + "' is not a"
            + " table of packages; regenerate the lock file");
      }
      Iterator<Map.Entry<String, JsonNode>> fields = table.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        SourceLocation at = doc.keyLocation(e.getKey());
        JsonNode p = e.getValue();
        if (!p.isObject()) {
          throw new InputFileException(at, "package '" + e.getKey() + "' is not a table");
        }
        List<String> hashes = new ArrayList<>();
        for (JsonNode h : p.path("hashes")) {
          hashes.add(LockDocument.hash(h.asText(""), at));
        }
        LockedPackage.Kind kind = p.has("git") ? LockedPackage.Kind.VCS
            : p.path("editable").asBoolean(false) ? LockedPackage.Kind.EDITABLE
            : p.has("path") ? LockedPackage.Kind.LOCAL_PATH
            : p.has("file") ? LockedPackage.Kind.URL : LockedPackage.Kind.INDEX;
        Optional<String> version = LockDocument.text(p, "version")
            .map(v -> v.startsWith("==") ? v.substring(2) : v);
        if (kind == LockedPackage.Kind.INDEX && version.isEmpty()) {
          throw new InputFileException(at, "package '" + e.getKey() + "' has no version");
        }
        packages.add(new LockedPackage(e.getKey(), version, kind,
            firstText(p, "git", "path", "file", "index"), hashes, at));
      }
    }
    return new LockFile("Pipfile.lock", packages, distinct(indexes));
  }

  private static void collectHashObjects(JsonNode hashes, List<String> into, SourceLocation at)
      throws InputFileException {
    Iterator<Map.Entry<String, JsonNode>> fields = hashes.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> h = fields.next();
      into.add(LockDocument.hash(h.getKey(), h.getValue().asText(""), at));
    }
  }

  private static Optional<String> firstText(JsonNode node, String... fields) {
    for (String f : fields) {
      Optional<String> value = LockDocument.text(node, f);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static List<IndexOption> distinct(List<IndexOption> indexes) {
    List<IndexOption> out = new ArrayList<>();
    for (IndexOption o : indexes) {
      if (out.stream().noneMatch(x -> x.kind() == o.kind() && x.value().equals(o.value()))) {
        out.add(o);
      }
    }
    return out;
  }
}
