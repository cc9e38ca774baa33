package io.pkgguard.source.pypi.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code pylock.toml}, PEP 751 version 1. */
final class PylockFormat implements LockFormat {

  @Override
  public LockFile read(LockDocument doc) throws InputFileException {
    String lockVersion = doc.root.path("lock-version").asText("");
    if (!lockVersion.matches("1(\\.\\d+)?")) {
      throw new InputFileException(
          new SourceLocation(doc.file, 1, 0),
          "lock-version '" + lockVersion + "' is not supported; PEP 751 version 1 is");
    }
    List<LockedPackage> packages = new ArrayList<>();
    List<IndexOption> indexes = new ArrayList<>();
    int i = 0;
    for (JsonNode p : doc.root.path("packages")) {
      SourceLocation at = doc.tableLocation("packages", i++);
      String name = LockDocument.requiredText(p, "name", at);
      List<String> hashes = new ArrayList<>();
      LockDocument.hashObjects(p.path("sdist").path("hashes"), hashes, at);
      for (JsonNode wheel : p.path("wheels")) {
        LockDocument.hashObjects(wheel.path("hashes"), hashes, at);
      }
      LockDocument.hashObjects(p.path("archive").path("hashes"), hashes, at);
      LockedPackage.Kind kind =
          p.has("vcs")
              ? LockedPackage.Kind.VCS
              : p.has("directory")
                  ? (p.path("directory").path("editable").asBoolean(false)
                      ? LockedPackage.Kind.EDITABLE
                      : LockedPackage.Kind.LOCAL_PATH)
                  : p.has("archive") ? LockedPackage.Kind.URL : LockedPackage.Kind.INDEX;
      Optional<String> origin =
          switch (kind) {
            case VCS -> LockDocument.text(p.path("vcs"), "url");
            case LOCAL_PATH, EDITABLE -> LockDocument.text(p.path("directory"), "path");
            case URL ->
                LockDocument.text(p.path("archive"), "url")
                    .or(() -> LockDocument.text(p.path("archive"), "path"));
            case INDEX -> LockDocument.text(p, "index");
          };
      origin
          .filter(u -> kind == LockedPackage.Kind.INDEX)
          .ifPresent(u -> indexes.add(new IndexOption(IndexOption.Kind.INDEX_URL, u, at)));
      Optional<String> version = LockDocument.text(p, "version");
      if (kind == LockedPackage.Kind.INDEX && version.isEmpty()) {
        throw new InputFileException(
            at, "package '" + name + "' from an index has no" + " version");
      }
      packages.add(
          new LockedPackage(
              name, version, kind, origin, hashes, LockDocument.marker(p, "marker", at), at));
    }
    return new LockFile(
        "pylock.toml",
        packages,
        LockDocument.distinct(indexes),
        names(doc.root.path("extras")),
        names(doc.root.path("dependency-groups")));
  }

  private static java.util.Set<String> names(JsonNode list) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    list.forEach(
        n -> {
          if (n.isTextual()) {
            names.add(n.asText());
          }
        });
    return names;
  }
}
