package io.pkgguard.rules.content;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.NameScheme;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.VersionScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A wheel's own {@code .dist-info/METADATA} against what the index declared: the name, the version
 * and (when the index lists them) the dependencies must agree. The index shows reviewers one thing;
 * pip installs what the wheel says.
 */
final class WheelMetadata {

  private WheelMetadata() {}

  /** The differences, each a short phrase; empty when they agree or METADATA is unreadable. */
  static List<String> differences(
      InspectedDistribution wheel,
      PackageMetadata index,
      NameScheme names,
      Optional<VersionScheme> versions) {
    Optional<ArchiveEntry> metadata =
        wheel.entries().stream()
            .filter(e -> e.path().matches("[^/]+\\.dist-info/METADATA") && e.text().isPresent())
            .findFirst();
    if (metadata.isEmpty()) {
      return List.of("the wheel has no readable .dist-info/METADATA");
    }
    Map<String, List<String>> headers = headers(metadata.get().text().get());
    List<String> differences = new ArrayList<>();
    String name = first(headers, "name");
    if (!names.normalize(name).equals(names.normalize(index.id().name()))) {
      differences.add(
          "its name is '" + Quoted.of(name, 80) + "', the index says '" + index.id().name() + "'");
    }
    String version = first(headers, "version");
    if (!sameVersion(version, index.version(), versions)) {
      differences.add(
          "its version is '"
              + Quoted.of(version, 40)
              + "', the index says '"
              + index.version()
              + "'");
    }
    if (!index.requiresDist().isEmpty()) {
      Set<String> declared = normalized(index.requiresDist());
      Set<String> own = normalized(headers.getOrDefault("requires-dist", List.of()));
      Set<String> added = new LinkedHashSet<>(own);
      added.removeAll(declared);
      Set<String> dropped = new LinkedHashSet<>(declared);
      dropped.removeAll(own);
      if (!added.isEmpty()) {
        differences.add(
            "it requires "
                + Quoted.of(String.join(", ", added), 200)
                + ", which the index does not list");
      }
      if (!dropped.isEmpty()) {
        differences.add(
            "it does not require "
                + Quoted.of(String.join(", ", dropped), 200)
                + ", which the index lists");
      }
    }
    return differences;
  }

  private static boolean sameVersion(String own, String indexed, Optional<VersionScheme> versions) {
    if (own.equals(indexed)) {
      return true;
    }
    try {
      return versions.isPresent() && versions.get().compare(own, indexed) == 0;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Set<String> normalized(List<String> requirements) {
    Set<String> out = new LinkedHashSet<>();
    for (String r : requirements) {
      out.add(
          r.replaceAll("\\s+", "").replace('\'', '"').toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return out;
  }

  private static String first(Map<String, List<String>> headers, String key) {
    List<String> values = headers.getOrDefault(key, List.of());
    return values.isEmpty() ? "" : values.get(0);
  }

  /** Core metadata headers (RFC 822 style) up to the first blank line, keys lower-cased. */
  static Map<String, List<String>> headers(String text) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    String key = null;
    for (String line : text.split("\r?\n", -1)) {
      if (line.isEmpty()) {
        break;
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && key != null) {
        List<String> values = headers.get(key);
        values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      headers.computeIfAbsent(key, k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
    }
    return headers;
  }
}
