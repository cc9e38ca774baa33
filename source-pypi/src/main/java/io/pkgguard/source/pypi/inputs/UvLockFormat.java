package io.pkgguard.source.pypi.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code uv.lock}, uv's own format, version 1. */
final class UvLockFormat implements LockFormat {

  @Override
  public LockFile read(LockDocument doc) throws InputFileException {
    int version = doc.root.path("version").asInt(-1);
    if (version != 1) {
      throw new InputFileException(
          new SourceLocation(doc.file, 1, 0),
          "uv.lock version "
              + doc.root.path("version").asText("(none)")
              + " is not supported; version 1 is");
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
      LockedPackage.Kind kind =
          source.has("registry")
              ? LockedPackage.Kind.INDEX
              : source.has("git")
                  ? LockedPackage.Kind.VCS
                  : source.has("url")
                      ? LockedPackage.Kind.URL
                      : source.has("editable")
                          ? LockedPackage.Kind.EDITABLE
                          : LockedPackage.Kind.LOCAL_PATH;
      Optional<String> origin =
          LockDocument.firstText(source, "registry", "git", "url", "editable", "path", "directory");
      if (kind == LockedPackage.Kind.INDEX) {
        origin.ifPresent(u -> indexes.add(new IndexOption(IndexOption.Kind.INDEX_URL, u, at)));
      }
      packages.add(
          new LockedPackage(
              name,
              LockDocument.text(p, "version"),
              kind,
              origin,
              checked,
              LockDocument.marker(p, "resolution-markers", at),
              at));
    }
    return new LockFile("uv.lock", packages, LockDocument.distinct(indexes));
  }
}
