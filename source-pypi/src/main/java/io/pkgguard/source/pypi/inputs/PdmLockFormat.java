package io.pkgguard.source.pypi.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code pdm.lock}, lock_version 4.x: {@code [[package]]} tables with {@code name}, {@code
 * version}, {@code files} ({@code {file, hash}} or {@code {url, hash}}), and for packages not from
 * an index {@code git}, {@code url} or {@code path}. A package pdm lists again with extras is one
 * package. pdm.lock does not record the index: the project's is used.
 */
final class PdmLockFormat implements LockFormat {

  @Override
  public LockFile read(LockDocument doc) throws InputFileException {
    String version = doc.root.path("metadata").path("lock_version").asText("");
    if (!version.matches("4\\.\\d+(\\.\\d+)?")) {
      throw new InputFileException(
          new SourceLocation(doc.file, 1, 0),
          "pdm.lock lock_version '" + version + "' is not supported; 4.x is");
    }
    List<LockedPackage> packages = new ArrayList<>();
    java.util.Set<String> listed = new java.util.HashSet<>();
    int i = 0;
    for (JsonNode p : doc.root.path("package")) {
      SourceLocation at = doc.tableLocation("package", i++);
      String name = LockDocument.requiredText(p, "name", at);
      // pdm writes a package again for each set of extras it is installed with: one package.
      if (!listed.add(name.toLowerCase(java.util.Locale.ROOT) + " " + p.path("version").asText())) {
        continue;
      }
      List<String> hashes = new ArrayList<>();
      for (JsonNode f : p.path("files")) {
        Optional<String> h = LockDocument.text(f, "hash");
        if (h.isPresent()) {
          hashes.add(LockDocument.hash(h.get(), at));
        }
      }
      LockedPackage.Kind kind = LockDocument.kindOf(p, "url");
      Optional<String> pinned = LockDocument.text(p, "version");
      if (kind == LockedPackage.Kind.INDEX && pinned.isEmpty()) {
        throw new InputFileException(at, "package '" + name + "' has no version");
      }
      packages.add(
          new LockedPackage(
              name,
              pinned,
              kind,
              LockDocument.firstText(p, "git", "url", "path"),
              hashes,
              LockDocument.marker(p, "marker", at),
              at));
    }
    return new LockFile("pdm.lock", packages, List.of());
  }
}
