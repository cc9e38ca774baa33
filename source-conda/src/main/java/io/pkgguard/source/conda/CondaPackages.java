package io.pkgguard.source.conda;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.Release;
import io.pkgguard.api.SourceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a conda package says about itself: {@code info/index.json} (name, version, licence — what
 * conda itself reads) and, if present, {@code info/about.json} (summary, description, home and
 * source URLs, and the recipe's maintainers, which conda-build copies into its {@code extra}). Packages without {@code info/index.json} are not conda packages.
 */
public final class CondaPackages {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CondaPackages() {}

  /** The metadata, or empty if the file is not a conda package. */
  public static Optional<PackageMetadata> describe(InspectedDistribution distribution)
      throws SourceException {
    String filename = distribution.file().filename();
    String lower = filename.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".conda") && !lower.endsWith(".tar.bz2")) {
      return Optional.empty();
    }
    Optional<ArchiveEntry> index = entry(distribution, "info/index.json");
    if (index.isEmpty()) {
      if (lower.endsWith(".conda")) {
        throw new SourceException(
            SourceException.Reason.MALFORMED,
            filename
                + " has no"
                + " readable info/index.json: it is not a conda package, or it is damaged");
      }
      return Optional.empty(); // a .tar.bz2 sdist, for another ecosystem
    }
    JsonNode indexJson = json(filename, index.get());
    String name =
        text(indexJson, "name")
            .orElseThrow(
                () ->
                    new SourceException(
                        SourceException.Reason.MALFORMED,
                        filename + ": info/index.json gives no name"));
    String version =
        text(indexJson, "version")
            .orElseThrow(
                () ->
                    new SourceException(
                        SourceException.Reason.MALFORMED,
                        filename + ": info/index.json gives no version"));
    JsonNode about =
        entry(distribution, "info/about.json").isPresent()
            ? json(filename, entry(distribution, "info/about.json").get())
            : JSON.createObjectNode();
    DistributionFile file =
        new DistributionFile(
            filename,
            distribution.file().url(),
            Optional.of(distribution.sha256()),
            OptionalLong.of(distribution.bytes()),
            DistributionFile.Kind.CONDA,
            Optional.empty(),
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    Map<String, String> urls = new LinkedHashMap<>();
    text(about, "home").ifPresent(u -> urls.put("Homepage", u));
    text(about, "dev_url").ifPresent(u -> urls.put("Source", u));
    text(about, "doc_url").ifPresent(u -> urls.put("Documentation", u));
    return Optional.of(
        PackageMetadata.builder(
                new PackageId(CondaEcosystem.ID, name.toLowerCase(Locale.ROOT)),
                version,
                distribution.file().url())
            .summary(text(about, "summary").orElse(""))
            .description(text(about, "description").orElse(""))
            .license(text(indexJson, "license").or(() -> text(about, "license")))
            .maintainer(maintainers(about))
            .homePage(text(about, "home"))
            .projectUrls(urls)
            .releases(List.of(new Release(version, List.of(file))))
            .files(List.of(file))
            .build());
  }

  /** conda-build copies the recipe's {@code extra} into about.json: conda-forge names its maintainers there. */
  private static Optional<String> maintainers(JsonNode about) {
    JsonNode names = about.path("extra").path("recipe-maintainers");
    if (!names.isArray() || names.isEmpty()) {
      return Optional.empty();
    }
    List<String> list = new java.util.ArrayList<>();
    names.forEach(n -> list.add(n.asText()));
    return Optional.of(String.join(", ", list));
  }

  private static Optional<ArchiveEntry> entry(InspectedDistribution distribution, String path) {
    return distribution.entries().stream()
        .filter(e -> e.type() == ArchiveEntry.Type.FILE && e.path().equals(path))
        .filter(e -> e.text().isPresent() && !e.textTruncated())
        .findFirst();
  }

  private static JsonNode json(String filename, ArchiveEntry entry) throws SourceException {
    try {
      JsonNode node = JSON.readTree(entry.text().orElseThrow());
      if (node == null || !node.isObject()) {
        throw new SourceException(
            SourceException.Reason.MALFORMED,
            filename + ": " + entry.path() + " is not a JSON object");
      }
      return node;
    } catch (JacksonException e) {
      throw new SourceException(
          SourceException.Reason.MALFORMED,
          filename + ": " + entry.path() + " is not valid JSON (" + e.getOriginalMessage() + ")",
          e);
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText().strip())
        : Optional.empty();
  }
}
