package io.pkgguard.source.pypi.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code poetry.lock}, lock-version 1.x and 2.x. */
final class PoetryLockFormat implements LockFormat {

  @Override
  public LockFile read(LockDocument doc) throws InputFileException {
    String version = doc.root.path("metadata").path("lock-version").asText("");
    if (!version.matches("[12]\\.\\d+")) {
      throw new InputFileException(
          new SourceLocation(doc.file, 1, 0),
          "poetry.lock" + " lock-version '" + version + "' is not supported; 1.x and 2.x are");
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
      LockedPackage.Kind kind =
          switch (type) {
            case "", "legacy" -> LockedPackage.Kind.INDEX;
            case "git" -> LockedPackage.Kind.VCS;
            case "url" -> LockedPackage.Kind.URL;
            case "directory" ->
                p.path("develop").asBoolean(false)
                    ? LockedPackage.Kind.EDITABLE
                    : LockedPackage.Kind.LOCAL_PATH;
            default -> LockedPackage.Kind.LOCAL_PATH;
          };
      Optional<String> origin = LockDocument.text(source, "url");
      if (type.equals("legacy")) {
        origin.ifPresent(
            u -> indexes.add(new IndexOption(IndexOption.Kind.EXTRA_INDEX_URL, u, at)));
      }
      packages.add(
          new LockedPackage(
              name,
              Optional.of(LockDocument.requiredText(p, "version", at)),
              kind,
              origin,
              hashes,
              LockDocument.marker(p, "markers", at),
              at));
    }
    return new LockFile("poetry.lock", packages, LockDocument.distinct(indexes));
  }
}
