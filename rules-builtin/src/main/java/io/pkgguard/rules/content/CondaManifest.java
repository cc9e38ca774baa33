package io.pkgguard.rules.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a conda package declares about itself against what it holds and what the channel said:
 * {@code info/index.json} (conda installs by it) must name the package, version, build and
 * dependencies the channel's repodata gave, and every file must be listed in {@code
 * info/paths.json} with its size and SHA-256 (conda's own manifest, the counterpart of a wheel's
 * RECORD); packages from before {@code paths.json} list their files in {@code info/files}.
 */
final class CondaManifest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The outcome: empty lists and no problem when everything agrees. */
  record Check(
      Optional<String> problem,
      List<String> indexDifferences,
      List<String> wrongHash,
      List<String> unlisted,
      List<String> absent) {

    boolean consistent() {
      return problem.isEmpty()
          && indexDifferences.isEmpty()
          && wrongHash.isEmpty()
          && unlisted.isEmpty()
          && absent.isEmpty();
    }
  }

  private CondaManifest() {}

  static Check check(InspectedDistribution conda, PackageMetadata metadata) {
    Map<String, ArchiveEntry> files = new HashMap<>();
    for (ArchiveEntry entry : conda.entries()) {
      if (entry.type() != ArchiveEntry.Type.DIRECTORY) {
        files.put(entry.path(), entry);
      }
    }
    Optional<JsonNode> index = json(files.get("info/index.json"));
    if (index.isEmpty()) {
      return problem("it has no readable info/index.json, which conda installs by");
    }
    List<String> differences = indexDifferences(index.get(), conda, metadata);
    Optional<JsonNode> paths = json(files.get("info/paths.json"));
    Map<String, JsonNode> listed = new HashMap<>();
    if (paths.isPresent()) {
      for (JsonNode path : paths.get().path("paths")) {
        String name = path.path("_path").asText("");
        if (!name.isEmpty()) {
          listed.put(name, path);
        }
      }
    } else {
      ArchiveEntry legacy = files.get("info/files");
      if (legacy == null || legacy.text().isEmpty() || legacy.textTruncated()) {
        return new Check(
            Optional.of("it lists its files in neither info/paths.json nor info/files"),
            differences,
            List.of(),
            List.of(),
            List.of());
      }
      for (String line : legacy.text().get().split("\n")) {
        if (!line.isBlank()) {
          listed.put(line.strip(), JSON.createObjectNode());
        }
      }
    }
    List<String> wrongHash = new ArrayList<>();
    List<String> unlisted = new ArrayList<>();
    for (ArchiveEntry entry : conda.entries()) {
      String path = entry.path();
      if (entry.type() == ArchiveEntry.Type.DIRECTORY
          || path.startsWith("info/")
          || path.equals("metadata.json")) {
        continue;
      }
      JsonNode declared = listed.get(path);
      if (declared == null) {
        unlisted.add(path);
        continue;
      }
      JsonNode size = declared.get("size_in_bytes");
      JsonNode sha = declared.get("sha256");
      boolean sizeWrong =
          entry.type() == ArchiveEntry.Type.FILE
              && size != null
              && size.canConvertToLong()
              && size.asLong() != entry.size();
      boolean hashWrong =
          entry.type() == ArchiveEntry.Type.FILE
              && sha != null
              && sha.isTextual()
              && entry.sha256().isPresent()
              && !sha.asText().equalsIgnoreCase(entry.sha256().get());
      if (sizeWrong || hashWrong) {
        wrongHash.add(path);
      }
    }
    Set<String> present = files.keySet();
    List<String> absent =
        listed.keySet().stream()
            .filter(p -> !present.contains(p))
            .filter(p -> !"directory".equals(listed.get(p).path("path_type").asText("")))
            .sorted()
            .toList();
    return new Check(Optional.empty(), differences, wrongHash, unlisted, absent);
  }

  private static List<String> indexDifferences(
      JsonNode index, InspectedDistribution conda, PackageMetadata metadata) {
    List<String> differences = new ArrayList<>();
    String name = index.path("name").asText("");
    if (!name.toLowerCase(Locale.ROOT).equals(metadata.id().name())) {
      differences.add("name '" + name + "', not '" + metadata.id().name() + "'");
    }
    String version = index.path("version").asText("");
    if (!version.equals(metadata.version())) {
      differences.add("version '" + version + "', not '" + metadata.version() + "'");
    }
    String filename = conda.file().filename();
    String stem = filename.replaceFirst("\\.(conda|tar\\.bz2)$", "");
    String build = index.path("build").asText("");
    if (!stem.equals(name + "-" + version + "-" + build)) {
      differences.add("build '" + build + "', which the file name " + filename + " does not carry");
    }
    Set<String> declared = new TreeSet<>();
    index.path("depends").forEach(d -> declared.add(d.asText()));
    Set<String> channel = new TreeSet<>(metadata.requiresDist());
    if (!declared.equals(channel)) {
      Set<String> added = new LinkedHashSet<>(declared);
      added.removeAll(channel);
      Set<String> dropped = new LinkedHashSet<>(channel);
      dropped.removeAll(declared);
      differences.add(
          "dependencies that differ from the channel's"
              + (added.isEmpty() ? "" : " (only in the package: " + String.join(", ", added) + ")")
              + (dropped.isEmpty()
                  ? ""
                  : " (only in the channel: " + String.join(", ", dropped) + ")"));
    }
    return differences;
  }

  private static Check problem(String text) {
    return new Check(Optional.of(text), List.of(), List.of(), List.of(), List.of());
  }

  private static Optional<JsonNode> json(ArchiveEntry entry) {
    if (entry == null || entry.text().isEmpty() || entry.textTruncated()) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(entry.text().get());
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }
}
