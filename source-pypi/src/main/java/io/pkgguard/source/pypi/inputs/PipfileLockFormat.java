package io.pkgguard.source.pypi.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code Pipfile.lock}, pipenv's JSON, pipfile-spec 6. */
final class PipfileLockFormat implements LockFormat {

  @Override
  public LockFile read(LockDocument doc) throws InputFileException {
    JsonNode meta = doc.root.path("_meta");
    if (meta.path("pipfile-spec").asInt(-1) != 6) {
      throw new InputFileException(
          doc.keyLocation("_meta"),
          "pipfile-spec " + meta.path("pipfile-spec").asText("(none)") + " is not supported; 6 is");
    }
    List<IndexOption> indexes = new ArrayList<>();
    for (JsonNode s : meta.path("sources")) {
      SourceLocation at = doc.keyLocation("sources");
      LockDocument.text(s, "url")
          .ifPresent(
              u ->
                  indexes.add(
                      new IndexOption(
                          indexes.isEmpty()
                              ? IndexOption.Kind.INDEX_URL
                              : IndexOption.Kind.EXTRA_INDEX_URL,
                          u,
                          at)));
      if (!s.path("verify_ssl").asBoolean(true)) {
        LockDocument.text(s, "url")
            .ifPresent(u -> indexes.add(new IndexOption(IndexOption.Kind.TRUSTED_HOST, u, at)));
      }
    }
    List<LockedPackage> packages = new ArrayList<>();
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (String section : List.of("default", "develop")) {
      JsonNode table = doc.root.path(section);
      if (!table.isMissingNode() && !table.isObject()) {
        throw new InputFileException(
            doc.keyLocation(section),
            "'" + section + "' is not a" + " table of packages; regenerate the lock file");
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
        LockedPackage.Kind kind = LockDocument.kindOf(p, "file");
        Optional<String> version =
            LockDocument.text(p, "version").map(v -> v.startsWith("==") ? v.substring(2) : v);
        // pipenv writes a package both sections need into both: it is one package.
        if (!listed.add(
            e.getKey().toLowerCase(java.util.Locale.ROOT)
                + " "
                + version.orElse("")
                + " "
                + p.path("hashes"))) {
          continue;
        }
        if (kind == LockedPackage.Kind.INDEX && version.isEmpty()) {
          throw new InputFileException(at, "package '" + e.getKey() + "' has no version");
        }
        packages.add(
            new LockedPackage(
                e.getKey(),
                version,
                kind,
                LockDocument.firstText(p, "git", "path", "file", "index"),
                hashes,
                LockDocument.marker(p, "markers", at),
                at));
      }
    }
    return new LockFile("Pipfile.lock", packages, LockDocument.distinct(indexes));
  }
}
